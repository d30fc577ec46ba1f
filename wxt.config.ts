import { defineConfig } from 'wxt';
import { boardOrigins } from './src/extract/embedded-boards';
import { ANY_ONE_SITE } from './src/ui/panel/site-patterns';
import { contentScriptExamples } from './scripts/content-script-examples';
import { popupOpeningChunk } from './scripts/popup-opening-chunk';
import { lookupAsset } from './scripts/lookup-asset';
import { analyzerCompileHint } from './scripts/analyzer-compile-hint';

// The least the features need: activeTab + scripting inject the extractor into the one tab the user
// clicked on, so no host permissions and no content script on every site; storage keeps resumes;
// contextMenus offers "Analyze selection".
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  srcDir: '.',
  // What the popup's entry imports statically, in one chunk (its React part is imported once its reads answer); no
  // modulepreload polyfill, a chunk of its own before every page's entry (Chrome and Firefox 115 preload modules).
  // The injected content scripts leave out the examples that document src/extract's data (scripts/content-script-examples.ts).
  // The compiled lookup is a file of data the pages fetch, not a string in the analyzer's code (scripts/lookup-asset.ts);
  // the analyzer's functions compile with its chunk, not in its first analysis (scripts/analyzer-compile-hint.ts).
  vite: () => ({
    plugins: [popupOpeningChunk(), contentScriptExamples(), lookupAsset(), analyzerCompileHint()],
    // A page's HTML preloads what its entry imports statically; a dynamic import() loads its chunk and that chunk's own
    // imports, with no preload helper in between (it cost a first open ~19 ms of CPU, scripts/bench-extension.ts).
    build: { modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) } },
  }),
  // The real-browser tests cannot click the toolbar button, so their build alone may read the local test server.
  // TPMKL_OUTPUT moves every build elsewhere, so that two builds on one machine do not overwrite each other.
  outDir: `${process.env.TPMKL_OUTPUT ?? '.output'}${process.env.TPMKL_E2E ? '/e2e' : ''}`,
  manifest: ({ browser, manifestVersion }) => ({
    name: 'TPM Keyword Lens',
    description: 'Private, instant keyword coverage of job postings against your resume, for Technical Project and Program Managers.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    ...(process.env.TPMKL_E2E ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    // Job boards that careers pages embed in an iframe: each domain is asked for only when the user clicks to read
    // such a frame (src/extract/embedded-boards.ts); the e2e build adds its localhost stand-in board.
    // Any one site, asked for only when the user clicks "Analyze job pages on this site automatically" in the side
    // panel (src/ui/panel/PanelApp.tsx): the browser grants that one site, never all of them.
    [manifestVersion === 3 ? 'optional_host_permissions' : 'optional_permissions']: [
      ...boardOrigins({ withTestBoard: Boolean(process.env.TPMKL_E2E) }),
      ...ANY_ONE_SITE,
    ],
    // The toolbar button's own icon sizes (public/icon, drawn for the project); WXT lists all sizes under `icons`.
    [manifestVersion === 3 ? 'action' : 'browser_action']: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    commands: {
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Analyze this job posting',
      },
      // Opens the side panel (sidePanel / sidebar_action) on this tab and reads it; like the toolbar button, it grants activeTab.
      'analyze-in-side-panel': { suggested_key: { default: 'Alt+Shift+L' }, description: 'Analyze this job posting in the side panel' },
    },
    // Strict: no eval, no remote code (zod runs jitless, pdf.js with isEvalSupported false).
    content_security_policy: manifestVersion === 3 ? { extension_pages: "script-src 'self'; object-src 'self'" } : "script-src 'self'; object-src 'self'",
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'tpm-keyword-lens@example.org', strict_min_version: '115.0' } } } : {}),
  }),
});

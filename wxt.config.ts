import { defineConfig } from 'wxt';

// The manifest asks for the least: activeTab + scripting inject the extractor on a click, so no host permissions.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  srcDir: '.',
  manifest: {
    name: 'TPM Keyword Lens',
    description: 'Private, instant keyword coverage of job postings against your resume, for Technical Project and Program Managers.',
    permissions: ['activeTab', 'scripting', 'storage'],
  },
});

// The popup's entry: every read of the open (the tab, a pending selection, the cache, the resumes; on a page not
// seen yet, the page itself and the analyzer) and the first analysis start here at its first script byte, before
// React's modules load. Reopened on a page whose results are cached, it paints them at once (src/ui/popup/snapshot.ts).
import { type PopupOpening, startFirstAnalysis } from '../../src/ui/popup/analyze-page';
import { startOpening } from '../../src/ui/popup/opening';
import { paintSnapshot } from '../../src/ui/popup/snapshot';
import { measured } from '../../src/ui/popup/timings';
import '../../src/ui/shared/theme.css';
import panelCss from '../../src/ui/panel/panel.css?inline';
import popupCss from '../../src/ui/popup/popup.css?inline';

// The popup's own styles come with its script and apply before anything is painted, after the theme's (the one
// stylesheet every page links). As a stylesheet of their own (shared with the side panel), they were one more file
// for the browser to serve before the first script byte runs: in one Chromium, that byte came ~20-25 ms later
// with two sheets than with one (scripts/bench-extension-ab.ts, both orders).
const sheet = new CSSStyleSheet();
sheet.replaceSync(`${popupCss}\n${panelCss}`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const root = document.getElementById('root')!;
const opening: PopupOpening = startOpening(location.search);
// Read, analyzed and scored while React loads, instead of once it has rendered its first frame: the App shows it.
const first = startFirstAnalysis(opening);
/** After the browser has painted the frame it owes (at once where the page is hidden: no frame comes). */
const afterNextPaint = () =>
  new Promise<void>((resolve) => {
    if (document.hidden) return resolve();
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100); // should the page be hidden meanwhile
  });
const painted = opening.answer.then((answer) => {
  if (!answer || !paintSnapshot(root, answer.cached.snapshot, answer.library)) return undefined;
  measured('popup:snapshot-at');
  return afterNextPaint();
});
// React loads once the reads have answered (a round trip), so that its first frame shows what they found: the cached
// results, or the first loading step; and after a snapshot's own frame, which it replaces: evaluated earlier, React's
// modules would hold that frame back.
void painted
  .then(() => import('./render'))
  .then(({ render }) => {
    measured('popup:render-at');
    render(root, opening, first);
  });

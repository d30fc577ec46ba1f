// The popup's entry: every read of the open (the tab, a pending selection, the cache, the resumes; on a page not
// seen yet, the page itself and the analyzer) starts here at its first script byte, while React's modules load.
import { startOpening } from '../../src/ui/popup/opening';
import type { PopupOpening } from '../../src/ui/popup/App';
import '../../src/ui/shared/theme.css';
import '../../src/ui/popup/popup.css';
import '../../src/ui/panel/panel.css';

const opening: PopupOpening = startOpening(location.search);
void import('./render').then(({ render }) => render(opening));

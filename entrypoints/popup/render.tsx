import { createRoot } from 'react-dom/client';
import { App } from '../../src/ui/popup/App';
import type { FirstAnalysis, PopupOpening } from '../../src/ui/popup/analyze-page';

/**
 * Loaded by the popup's entry once its reads have started: React and the App paint while they answer. A snapshot
 * painted meanwhile goes with React's first commit (createRoot clears its container).
 */
export const render = (root: HTMLElement, opening: PopupOpening, first: FirstAnalysis) => createRoot(root).render(<App opening={opening} first={first} />);

import { createRoot } from 'react-dom/client';
import { App, type PopupOpening } from '../../src/ui/popup/App';

/**
 * Loaded by the popup's entry once its reads have started: React and the App paint while they answer. A snapshot
 * painted meanwhile goes with React's first commit (createRoot clears its container).
 */
export const render = (root: HTMLElement, opening: PopupOpening) => createRoot(root).render(<App opening={opening} />);

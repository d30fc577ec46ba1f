import { createRoot } from 'react-dom/client';
import { App, type PopupOpening } from '../../src/ui/popup/App';

/** Loaded by the popup's entry once its reads have started: React and the App paint while they answer. */
export const render = (opening: PopupOpening) => createRoot(document.getElementById('root')!).render(<App opening={opening} />);

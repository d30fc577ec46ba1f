// First: the page read and the analyzer start before React's modules evaluate.
import './start-early';
import { createRoot } from 'react-dom/client';
import '../../src/ui/shared/theme.css';
import '../../src/ui/popup/popup.css';
import '../../src/ui/panel/panel.css';
import { App } from '../../src/ui/popup/App';

createRoot(document.getElementById('root')!).render(<App />);

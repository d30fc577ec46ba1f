import { createRoot } from 'react-dom/client';
import '../../src/ui/shared/theme.css';
import '../../src/ui/popup/popup.css';
import '../../src/ui/panel/panel.css';
import { PanelApp } from '../../src/ui/panel/PanelApp';

createRoot(document.getElementById('root')!).render(<PanelApp />);

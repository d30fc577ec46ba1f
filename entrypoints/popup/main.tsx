import { createRoot } from 'react-dom/client';
import { App } from '../../src/ui/popup/App';

createRoot(document.getElementById('root')!).render(<App />);

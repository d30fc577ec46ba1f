import { createRoot } from 'react-dom/client';
import '../../src/ui/shared/theme.css';
import '../../src/ui/options/options.css';
import '../../src/ui/history/history.css';
import { HistoryApp } from '../../src/ui/history/HistoryApp';

createRoot(document.getElementById('root')!).render(<HistoryApp />);

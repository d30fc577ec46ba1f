import { createRoot } from 'react-dom/client';
import '../../src/ui/shared/theme.css';
import '../../src/ui/options/options.css';
import { OptionsApp } from '../../src/ui/options/OptionsApp';

createRoot(document.getElementById('root')!).render(<OptionsApp />);

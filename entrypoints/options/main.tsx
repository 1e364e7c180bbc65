import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/OptionsApp';

createRoot(document.getElementById('root')!).render(<OptionsApp />);

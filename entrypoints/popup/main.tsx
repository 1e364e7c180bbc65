import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/PopupApp';

createRoot(document.getElementById('root')!).render(<PopupApp />);

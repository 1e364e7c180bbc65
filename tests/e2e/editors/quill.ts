import 'quill/dist/quill.core.css';
import Quill from 'quill';
import { connectComposer } from './composer';

export function mount(host: HTMLElement): void {
  const quill = new Quill(host, { modules: { toolbar: false }, placeholder: 'Write a kind reply…' });
  quill.root.setAttribute('aria-label', 'Reply');
  quill.root.setAttribute('role', 'textbox');
  quill.root.setAttribute('aria-multiline', 'true');
  connectComposer({
    // Quill's document always ends with a newline of its own.
    text: () => quill.getText().replace(/\n$/, ''),
    clear: () => quill.setText(''),
  });
}

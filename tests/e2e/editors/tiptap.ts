import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { connectComposer } from './composer';

export function mount(host: HTMLElement): void {
  const editor = new Editor({
    element: host,
    extensions: [StarterKit],
    editorProps: { attributes: { 'aria-label': 'Reply', role: 'textbox', 'aria-multiline': 'true' } },
  });
  connectComposer({
    text: () => editor.getText({ blockSeparator: '\n' }),
    clear: () => editor.commands.clearContent(true),
  });
}

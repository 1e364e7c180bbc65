import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { mergeRegister } from '@lexical/utils';
import { $createParagraphNode, $getRoot, createEditor } from 'lexical';
import { connectComposer } from './composer';

export function mount(host: HTMLElement): void {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.setAttribute('role', 'textbox');
  root.setAttribute('aria-multiline', 'true');
  root.setAttribute('aria-label', 'Reply');
  host.append(root);

  const editor = createEditor({
    namespace: 'harbor-reply',
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(root);
  mergeRegister(registerPlainText(editor), registerHistory(editor, createEmptyHistoryState(), 300));
  connectComposer({
    text: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
    clear: () =>
      editor.update(() => {
        $getRoot().clear().append($createParagraphNode());
      }),
  });
}

import 'prosemirror-view/style/prosemirror.css';
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { connectComposer } from './composer';

export function mount(host: HTMLElement): void {
  const view = new EditorView(host, {
    state: EditorState.create({
      schema,
      plugins: [history(), keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo }), keymap(baseKeymap)],
    }),
    attributes: { 'aria-label': 'Reply', role: 'textbox', 'aria-multiline': 'true' },
  });
  connectComposer({
    text: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
    clear: () => view.dispatch(view.state.tr.delete(0, view.state.doc.content.size)),
  });
}

/** What a test reads from the page: the editor's own idea of its text, through its API. */
export interface FixtureEditor {
  /** The document's plain text, paragraphs joined by newlines, without a trailing newline. */
  text(): string;
  clear(): void;
}

declare global {
  interface Window {
    fixtureEditor?: FixtureEditor;
  }
}

/** Exposes the editor to tests and makes Send post the editor's text, as a real app posts its state, not the DOM. */
export function connectComposer(editor: FixtureEditor): void {
  window.fixtureEditor = editor;
  const sent = document.getElementById('sent')!;
  document.getElementById('send')!.addEventListener('click', () => {
    const text = editor.text().trim();
    if (!text) return;
    const item = document.createElement('li');
    item.textContent = text;
    sent.append(item);
    editor.clear();
  });
}

import { readDraft, type Draft } from './draft';
import { domPositionAt, textOffsetAt } from './editable-text';
import { isTextarea } from './fields';

/**
 * The selection that holds a field's caret. Chromium keeps a shadow tree's selection apart:
 * `document.getSelection()` only shows the shadow host, the shadow root's own `getSelection()` the real place.
 */
export function selectionFor(element: Element, window: Window): Selection | null {
  const root = element.getRootNode() as Node & { getSelection?: () => Selection | null };
  if (root !== element.ownerDocument && typeof root.getSelection === 'function') return root.getSelection();
  return window.getSelection();
}

/** The element that has focus, looking into open shadow roots (`document.activeElement` stops at the host). */
export function deepActiveElement(document: Document): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The caret's offset in the field's draft, or null when the field has no collapsed caret (a selection, or no focus).
 * A caller that has just read the draft passes it, so a rich-text field is not walked twice.
 */
export function caretOffset(element: HTMLElement, window: Window, draft?: Draft): number | null {
  if (deepActiveElement(window.document) !== element && !element.contains(deepActiveElement(window.document))) return null;
  if (isTextarea(element)) return element.selectionStart === element.selectionEnd ? element.selectionEnd : null;
  const selection = selectionFor(element, window);
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
  const { focusNode, focusOffset } = selection;
  if (!focusNode || !element.contains(focusNode)) return null;
  const { text, pieces } = draft ?? readDraft(element, window);
  return textOffsetAt({ text, pieces: pieces ?? [] }, focusNode, focusOffset);
}

/** Focuses the field with the caret at a draft offset; editors pick the new place up from `selectionchange`. */
export function placeCaret(element: HTMLElement, window: Window, offset: number): void {
  element.focus({ preventScroll: true });
  if (isTextarea(element)) {
    element.setSelectionRange(offset, offset);
    return;
  }
  const draft = readDraft(element, window);
  const position = domPositionAt({ text: draft.text, pieces: draft.pieces ?? [] }, offset, 'start');
  if (position) selectionFor(element, window)?.collapse(position.node, position.offset);
}

/** The field's current selection, to put back when a card that took focus closes. */
export function saveSelection(element: HTMLElement, window: Window): () => void {
  if (isTextarea(element)) {
    const { selectionStart, selectionEnd, selectionDirection } = element;
    return () => {
      element.focus({ preventScroll: true });
      element.setSelectionRange(selectionStart, selectionEnd, selectionDirection ?? undefined);
    };
  }
  const selection = selectionFor(element, window);
  const saved = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  return () => {
    element.focus({ preventScroll: true });
    if (!saved || !element.contains(saved.startContainer)) return;
    const current = selectionFor(element, window);
    current?.removeAllRanges();
    current?.addRange(saved);
  };
}

import type { TextEdit } from '../engine/types';
import { selectionFor } from './caret';
import { readDraft } from './draft';
import { domPositionAt, type EditableText } from './editable-text';
import { isTextarea } from './fields';

/**
 * One edit that does what all of `edits` do (they must not overlap): from the first one's start to
 * the last one's end, with the text between them kept. A textarea then takes the fix as a single
 * undo step.
 */
export function mergeEdits(text: string, edits: readonly TextEdit[]): TextEdit {
  const ordered = [...edits].sort((a, b) => a.start - b.start);
  const start = ordered[0]?.start ?? 0;
  const end = ordered.at(-1)?.end ?? start;
  let newText = '';
  let cursor = start;
  for (const edit of ordered) {
    newText += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return { start, end, newText };
}

/**
 * Applies a fix's edits (offsets into the field's draft) through the browser's editing pipeline, so
 * the page's framework sees an ordinary edit, the caret ends after the new text and Ctrl+Z undoes it:
 * the edit's range is selected and replaced with `execCommand('insertText')`. Where that changed
 * nothing (no such command, or an editor that put its DOM back), the replacement is offered as the
 * `beforeinput` a spell checker sends, which editors that apply edits themselves handle. Resolves to
 * whether the text changed; it is never changed behind the page's back.
 */
export async function applyFix(element: HTMLElement, edits: readonly TextEdit[], window: Window & typeof globalThis): Promise<boolean> {
  if (edits.length === 0) return false;
  if (isTextarea(element)) return replaceInTextarea(element, mergeEdits(element.value, edits), window);
  // From the last edit to the first, so each one's offsets still hold when its turn comes.
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    if (!(await replaceInEditor(element, edit, window))) return false;
  }
  return true;
}

function replaceInTextarea(textarea: HTMLTextAreaElement, edit: TextEdit, window: Window & typeof globalThis): boolean {
  const before = textarea.value;
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(edit.start, edit.end);
  runEditCommand(textarea.ownerDocument, edit.newText);
  if (textarea.value !== before) return true;
  if (offerReplacement(textarea, edit.newText, window, null)) {
    // The page let the replacement through but the browser had no command to make it: make it the way typing would.
    textarea.setRangeText(edit.newText, edit.start, edit.end, 'end');
    textarea.dispatchEvent(new window.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: edit.newText }));
  }
  return textarea.value !== before;
}

async function replaceInEditor(element: HTMLElement, edit: TextEdit, window: Window & typeof globalThis): Promise<boolean> {
  const before = readDraft(element, window);
  const range = rangeOf({ text: before.text, pieces: before.pieces ?? [] }, edit, element.ownerDocument);
  if (!range) return false;
  select(element, range, window);
  runEditCommand(element.ownerDocument, edit.newText);
  // Editors such as Lexical and Quill bring their DOM up to date a moment later.
  await nextTask(window);
  if (readDraft(element, window).text !== before.text) return true;
  select(element, range, window);
  offerReplacement(element, edit.newText, window, range);
  await nextTask(window);
  return readDraft(element, window).text !== before.text;
}

function runEditCommand(document: Document, newText: string): void {
  // insertText with '' leaves some editors' selection in place; delete is what a user's Backspace does.
  if (newText === '') document.execCommand('delete');
  else document.execCommand('insertText', false, newText);
}

/** Dispatches the `beforeinput` of a spell checker's replacement; true when nobody cancelled it. */
function offerReplacement(target: HTMLElement, newText: string, window: Window & typeof globalThis, range: Range | null): boolean {
  const dataTransfer = new window.DataTransfer();
  dataTransfer.setData('text/plain', newText);
  const event = new window.InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    composed: true,
    inputType: 'insertReplacementText',
    data: newText,
    dataTransfer,
    targetRanges: range ? [new window.StaticRange(range)] : [],
  });
  return target.dispatchEvent(event);
}

function rangeOf(content: EditableText, edit: TextEdit, document: Document): Range | null {
  const from = domPositionAt(content, edit.start, 'start');
  // An insertion (start === end) is a caret position.
  const to = edit.end === edit.start ? from : domPositionAt(content, edit.end, 'end');
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

function select(element: HTMLElement, range: Range, window: Window & typeof globalThis): void {
  element.focus({ preventScroll: true });
  const selection = selectionFor(element, window);
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function nextTask(window: Window): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}

import { readEditableText, type EditableText } from './editable-text';
import { isTextarea } from './fields';

/** A field's text as the engine sees it. */
export interface Draft {
  text: string;
  /** Rich-text editors only: where each character lives in the DOM. */
  pieces?: EditableText['pieces'];
}

export function readDraft(element: HTMLElement, window: Window): Draft {
  if (isTextarea(element)) return { text: element.value };
  return readEditableText(element, { collapseWhitespace: collapsesWhitespace(element, window) });
}

function collapsesWhitespace(element: Element, window: Window): boolean {
  const style = window.getComputedStyle(element);
  const collapse = style.getPropertyValue('white-space-collapse');
  if (collapse) return collapse === 'collapse';
  return style.whiteSpace === 'normal' || style.whiteSpace === 'nowrap';
}

import type { TextRange } from '../engine/types';
import { lineBoxes, paddingBox, type Box } from './geometry';

/** Every computed property that decides where a textarea's characters fall. */
export const TEXT_LAYOUT_PROPERTIES = [
  'direction',
  'writing-mode',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'font-family',
  'font-size',
  'font-size-adjust',
  'font-stretch',
  'font-style',
  'font-variant',
  'font-weight',
  'font-feature-settings',
  'font-kerning',
  'font-variation-settings',
  'font-variant-ligatures',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'tab-size',
  'text-align',
  'text-indent',
  'text-transform',
  'text-rendering',
  'white-space',
  'word-break',
  'overflow-wrap',
  'hyphens',
] as const;

/**
 * Lays the textarea's text out again in `mirror` (a hidden div in Attune's shadow root) with the
 * textarea's own text layout, at the textarea's place and scroll offset, and returns each range's
 * line boxes in viewport coordinates.
 */
export function measureTextareaRanges(
  textarea: HTMLTextAreaElement,
  ranges: readonly TextRange[],
  mirror: HTMLElement,
  window: Window,
): Box[][] {
  const computed = window.getComputedStyle(textarea);
  for (const property of TEXT_LAYOUT_PROPERTIES) {
    mirror.style.setProperty(property, computed.getPropertyValue(property));
  }
  const origin = paddingBox(textarea);
  const horizontalPadding = parseFloat(computed.paddingLeft) + parseFloat(computed.paddingRight);
  Object.assign(mirror.style, {
    position: 'fixed',
    visibility: 'hidden',
    pointerEvents: 'none',
    boxSizing: 'content-box',
    border: '0',
    margin: '0',
    height: 'auto',
    overflow: 'visible',
    left: `${origin.left - textarea.scrollLeft}px`,
    top: `${origin.top - textarea.scrollTop}px`,
    // clientWidth leaves out the scrollbar, so wrapping matches a textarea that scrolls.
    width: `${Math.max(0, textarea.clientWidth - horizontalPadding)}px`,
  });
  mirror.textContent = textarea.value;
  const textNode = mirror.firstChild;
  if (textNode === null) return ranges.map(() => []);

  const range = window.document.createRange();
  const length = textarea.value.length;
  const boxes = ranges.map(({ start, end }) => {
    range.setStart(textNode, Math.min(start, length));
    range.setEnd(textNode, Math.min(end, length));
    return lineBoxes(range.getClientRects());
  });
  // A long draft left laid out in the mirror would cost the page a relayout on every change.
  mirror.textContent = '';
  return boxes;
}

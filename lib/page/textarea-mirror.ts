import type { TextRange } from '../engine/types';
import { lineBoxes, paddingBox, toBox, type Box } from './geometry';
import type { Band } from './near-view';

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

/** Indents only the textarea's first line; the mirror gives it to its first line's block alone. */
const FIRST_LINE_ONLY = 'text-indent';

/**
 * A textarea's text laid out again in a hidden div of Attune's shadow root, with the textarea's own text layout,
 * to find where its characters are. It stays laid out between measurements, one block per line, and an edit
 * replaces only the lines it changed: a long draft is not laid out again on every keystroke.
 */
export class TextareaMirror {
  private readonly element: HTMLElement;
  private text: string | null = null;
  private lines: string[] = [];
  /** Where each line starts in the text. */
  private lineStarts: number[] = [];
  private blocks: HTMLElement[] = [];
  /** The block that holds the textarea's first line and so takes its `text-indent`. */
  private indented: HTMLElement | null = null;
  private layoutKey = '';
  /** From the mirror's layout to the textarea's place in the viewport, as of the last `update`. */
  private shift = { x: 0, y: 0 };

  /** `container` holds every textarea's mirror, out of sight and out of the page's own layout. */
  constructor(container: HTMLElement) {
    Object.assign(container.style, {
      position: 'fixed',
      left: '0',
      top: '0',
      width: '0',
      height: '0',
      overflow: 'hidden',
      visibility: 'hidden',
      pointerEvents: 'none',
      contain: 'strict',
    });
    this.element = container.ownerDocument.createElement('div');
    Object.assign(this.element.style, {
      position: 'absolute',
      left: '0',
      top: '0',
      boxSizing: 'content-box',
      border: '0',
      margin: '0',
      height: 'auto',
      overflow: 'visible',
      visibility: 'hidden',
      pointerEvents: 'none',
      // Not inherited from the page: only the first line is indented, by its own block.
      textIndent: '0',
    });
    container.append(this.element);
  }

  /** Brings the mirror up to date with the textarea's text, layout, place and scroll offset. */
  update(textarea: HTMLTextAreaElement, window: Window): void {
    this.syncLayout(textarea, window);
    this.syncText(textarea.value);
    const origin = paddingBox(textarea);
    const own = this.element.getBoundingClientRect();
    this.shift = { x: origin.left - textarea.scrollLeft - own.left, y: origin.top - textarea.scrollTop - own.top };
  }

  /** A range's line boxes, in viewport coordinates; with a band, only those inside it. */
  boxes({ start, end }: TextRange, band: Band | null = null): Box[] {
    let first = this.lineAt(start);
    let last = this.lineAt(end);
    if (band && last > first) [first, last] = this.linesInBand(first, last, band);
    const boxes: Box[] = [];
    // Line by line: a range over whole blocks would also report the blocks' own boxes.
    for (let line = first; line <= last; line++) {
      const text = this.blocks[line]?.firstChild;
      if (!text || text.nodeType !== 3) continue;
      const lineStart = this.lineStarts[line]!;
      const lineLength = this.lines[line]!.length;
      const range = this.element.ownerDocument.createRange();
      range.setStart(text, clamp(start - lineStart, 0, lineLength));
      range.setEnd(text, clamp(end - lineStart, 0, lineLength));
      if (!range.collapsed) boxes.push(...this.toViewport(lineBoxes(range.getClientRects())));
    }
    return band ? boxes.filter((box) => box.top + box.height >= band.top && box.top <= band.bottom) : boxes;
  }

  /** The top of the character at `offset`, in viewport coordinates; null where there is none to measure. */
  topAt(offset: number): number | null {
    const line = this.lineAt(offset);
    const text = this.blocks[line]?.firstChild;
    const lineLength = this.lines[line]?.length ?? 0;
    if (!text || text.nodeType !== 3 || lineLength === 0) return null;
    const at = clamp(offset - this.lineStarts[line]!, 0, lineLength - 1);
    const range = this.element.ownerDocument.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 1);
    const [box] = lineBoxes(range.getClientRects());
    return box ? box.top + this.shift.y : null;
  }

  remove(): void {
    this.element.remove();
  }

  private syncLayout(textarea: HTMLTextAreaElement, window: Window): void {
    const computed = window.getComputedStyle(textarea);
    const values = TEXT_LAYOUT_PROPERTIES.map((property) => computed.getPropertyValue(property));
    const horizontalPadding = parseFloat(computed.paddingLeft) + parseFloat(computed.paddingRight);
    // clientWidth leaves out the scrollbar, so wrapping matches a textarea that scrolls.
    const width = `${Math.max(0, textarea.clientWidth - horizontalPadding)}px`;
    const key = [...values, width].join('\n');
    // Writing the same styles again would still make the browser lay the whole text out again.
    if (key === this.layoutKey) return;
    this.layoutKey = key;
    TEXT_LAYOUT_PROPERTIES.forEach((property, index) => {
      if (property !== FIRST_LINE_ONLY) this.element.style.setProperty(property, values[index]!);
    });
    this.element.style.width = width;
    this.indentFirstLine();
  }

  private syncText(value: string): void {
    if (value === this.text) return;
    this.text = value;
    const lines = value.split('\n');
    const old = this.lines;
    const shorter = Math.min(lines.length, old.length);
    let same = 0;
    while (same < shorter && lines[same] === old[same]) same++;
    let sameAtEnd = 0;
    while (sameAtEnd < shorter - same && lines[lines.length - 1 - sameAtEnd] === old[old.length - 1 - sameAtEnd]) sameAtEnd++;

    const changed = lines.slice(same, lines.length - sameAtEnd);
    const replaced = this.blocks.slice(same, old.length - sameAtEnd);
    const reused = replaced.slice(0, changed.length);
    reused.forEach((block, index) => fillBlock(block, changed[index]!));
    for (const block of replaced.slice(changed.length)) block.remove();
    const { ownerDocument } = this.element;
    const added = changed.slice(reused.length).map((line) => fillBlock(ownerDocument.createElement('div'), line));
    const next = this.blocks[old.length - sameAtEnd] ?? null;
    if (added.length > 0) this.element.insertBefore(fragmentOf(ownerDocument, added), next);
    this.blocks = [...this.blocks.slice(0, same), ...reused, ...added, ...this.blocks.slice(old.length - sameAtEnd)];
    this.lines = lines;
    this.lineStarts = [];
    let start = 0;
    for (const line of lines) {
      this.lineStarts.push(start);
      start += line.length + 1;
    }
    this.indentFirstLine();
  }

  private indentFirstLine(): void {
    const first = this.blocks[0] ?? null;
    if (this.indented && this.indented !== first) this.indented.style.textIndent = '';
    this.indented = first;
    const indent = this.layoutKey.split('\n')[TEXT_LAYOUT_PROPERTIES.indexOf(FIRST_LINE_ONLY)] ?? '';
    if (first && first.style.textIndent !== indent) first.style.textIndent = indent;
  }

  /** Of the lines first to last, the stretch that reaches into `band`, found by binary search on where their blocks are. */
  private linesInBand(first: number, last: number, band: Band): [number, number] {
    const blockBox = (line: number) => this.toViewport([toBox(this.blocks[line]!.getBoundingClientRect())])[0]!;
    let low = first;
    let high = last;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const box = blockBox(middle);
      if (box.top + box.height >= band.top) high = middle;
      else low = middle + 1;
    }
    const from = low;
    high = last;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (blockBox(middle).top <= band.bottom) low = middle;
      else high = middle - 1;
    }
    return [from, low];
  }

  /** The line holding `offset`: the last one starting at or before it. */
  private lineAt(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  private toViewport(boxes: Box[]): Box[] {
    return boxes.map((box) => ({ ...box, left: box.left + this.shift.x, top: box.top + this.shift.y }));
  }
}

/** An empty line still takes a line's height, as it does in the textarea. */
function fillBlock(block: HTMLElement, line: string): HTMLElement {
  const text = block.firstChild;
  if (line === '') block.replaceChildren(block.ownerDocument.createElement('br'));
  else if (text && text.nodeType === 3 && block.childNodes.length === 1) (text as Text).data = line;
  else block.replaceChildren(line);
  return block;
}

function fragmentOf(document: Document, blocks: HTMLElement[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(...blocks);
  return fragment;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

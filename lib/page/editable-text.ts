/** A stretch of the draft text that comes from one text node. */
export interface TextPiece {
  node: Text;
  nodeStart: number;
  nodeEnd: number;
  textStart: number;
  textEnd: number;
}

/** The draft as the engine sees it, plus where each of its characters lives in the editor's DOM. */
export interface EditableText {
  text: string;
  /** In text order; line breaks made for `<br>` and block boundaries belong to no piece. */
  pieces: TextPiece[];
}

export interface ReadOptions {
  /** True when the editor's `white-space` collapses spaces (`normal`, `nowrap`), as plain contenteditables do. */
  collapseWhitespace: boolean;
}

export interface DomPosition {
  node: Text;
  offset: number;
}

/** Elements that start and end a line of text, as `innerText` reads them. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const UNRENDERED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const COLLAPSIBLE_RUN = /[ \t\n\r\f]+/g;
// Editors type U+00A0 to keep spaces visible; the engine should see a plain space (same length, so offsets hold).
const NO_BREAK_SPACE = /\u00a0/g;

/**
 * Reads a rich-text editor's text like `innerText` does (a line break for `<br>` and between blocks),
 * keeping an exact map from each character back to its text node.
 */
export function readEditableText(root: Element, { collapseWhitespace }: ReadOptions): EditableText {
  let text = '';
  // Kept apart: asking the text being built for its end would copy all of it each time, on every piece of a long draft.
  let lastCharacter = '';
  const append = (more: string) => {
    text += more;
    lastCharacter = more.at(-1) ?? lastCharacter;
  };
  const pieces: TextPiece[] = [];
  let breakPending = false;

  const startLineIfPending = () => {
    if (breakPending && text.length > 0 && lastCharacter !== '\n') append('\n');
    breakPending = false;
  };
  const appendPiece = (node: Text, nodeStart: number, nodeEnd: number, pieceText: string) => {
    pieces.push({ node, nodeStart, nodeEnd, textStart: text.length, textEnd: text.length + pieceText.length });
    append(pieceText);
  };
  const appendTextNode = (node: Text) => {
    const data = node.data;
    if (!collapseWhitespace) {
      if (data.length === 0) return;
      startLineIfPending();
      appendPiece(node, 0, data.length, data.replace(NO_BREAK_SPACE, ' '));
      return;
    }
    const appendWords = (from: number, to: number) => {
      startLineIfPending();
      appendPiece(node, from, to, data.slice(from, to).replace(NO_BREAK_SPACE, ' '));
    };
    // Words and the single spaces between them read as they are: one piece for all of them, not one per word.
    let wordsFrom = 0;
    let previousRunEnd = 0;
    for (const run of data.matchAll(COLLAPSIBLE_RUN)) {
      const runEnd = run.index + run[0].length;
      // One space right after a word is what CSS shows too (a no-break space before it still collapses it, as before).
      const keptAsItIs = run[0] === ' ' && run.index > previousRunEnd && data[run.index - 1] !== '\u00a0';
      previousRunEnd = runEnd;
      if (keptAsItIs) continue;
      if (run.index > wordsFrom) appendWords(wordsFrom, run.index);
      // Like CSS, a run becomes one space, and none at all at the start of a line or after a space.
      const atLineStart = text.length === 0 || lastCharacter === '\n' || breakPending;
      if (!atLineStart && lastCharacter !== ' ') appendPiece(node, run.index, runEnd, ' ');
      wordsFrom = runEnd;
    }
    if (wordsFrom < data.length) appendWords(wordsFrom, data.length);
  };
  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      appendTextNode(node as Text);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    if (UNRENDERED_TAGS.has(element.tagName) || element.hasAttribute('hidden')) return;
    if (element.tagName === 'BR') {
      startLineIfPending();
      append('\n');
      return;
    }
    const isBlock = BLOCK_TAGS.has(element.tagName);
    if (isBlock) breakPending = true;
    for (let child = element.firstChild; child !== null; child = child.nextSibling) visit(child);
    if (isBlock) breakPending = true;
  };

  for (let child = root.firstChild; child !== null; child = child.nextSibling) visit(child);
  return { text, pieces };
}

/**
 * The DOM position of a draft offset. An offset on a made-up line break has no node of its own:
 * a range start moves forward to the next text, a range end back to the previous one.
 */
export function domPositionAt(content: EditableText, offset: number, bias: 'start' | 'end'): DomPosition | null {
  const { pieces } = content;
  if (bias === 'start') {
    const piece = pieces[firstIndexWhere(pieces, (candidate) => candidate.textEnd > offset)];
    if (!piece) return null;
    return { node: piece.node, offset: offset <= piece.textStart ? piece.nodeStart : nodeOffsetWithin(piece, offset) };
  }
  // An end at or before the first character belongs to the first piece's start.
  const piece = pieces[Math.max(0, firstIndexWhere(pieces, (candidate) => candidate.textStart >= offset) - 1)];
  if (!piece) return null;
  if (offset <= piece.textStart) return { node: piece.node, offset: piece.nodeStart };
  return { node: piece.node, offset: offset >= piece.textEnd ? piece.nodeEnd : nodeOffsetWithin(piece, offset) };
}

/** A DOM Range over draft offsets [start, end), or null when they cover no text. */
export function rangeForOffsets(content: EditableText, document: Document, start: number, end: number): Range | null {
  const from = domPositionAt(content, start, 'start');
  const to = domPositionAt(content, end, 'end');
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range.collapsed ? null : range;
}

function nodeOffsetWithin(piece: TextPiece, offset: number): number {
  const isOneToOne = piece.textEnd - piece.textStart === piece.nodeEnd - piece.nodeStart;
  if (isOneToOne) return piece.nodeStart + (offset - piece.textStart);
  // A collapsed whitespace run: its one space stands for the whole run.
  return offset <= piece.textStart ? piece.nodeStart : piece.nodeEnd;
}

/** Binary search over pieces sorted by text offset; returns pieces.length when none matches. */
function firstIndexWhere(pieces: TextPiece[], predicate: (piece: TextPiece) => boolean): number {
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (predicate(pieces[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The draft offset of a DOM position (a caret or a selection end) inside the editor. A position
 * between text nodes counts as the start of the next text, unless a `<br>` or a block edge lies
 * between them (the end of a paragraph is not the start of the next one).
 */
export function textOffsetAt(content: EditableText, node: Node, offset: number): number {
  const { pieces } = content;
  if (node.nodeType === TEXT_NODE) {
    const piece = pieces.find((candidate) => candidate.node === node && candidate.nodeStart <= offset && offset <= candidate.nodeEnd);
    if (piece) return piece.textStart + Math.min(offset - piece.nodeStart, piece.textEnd - piece.textStart);
  }
  const toNext = node.ownerDocument!.createRange();
  toNext.setStart(node, offset);
  // comparePoint is 1 for a piece that starts after the position.
  const next = pieces[firstIndexWhere(pieces, (piece) => toNext.comparePoint(piece.node, piece.nodeStart) > 0)];
  const previous = next ? pieces[pieces.indexOf(next) - 1] : pieces.at(-1);
  if (!next) return previous ? previous.textEnd : 0;
  toNext.setEnd(next.node, next.nodeStart);
  return previous && crossesLineBreak(toNext) ? previous.textEnd : next.textStart;
}

/** True when a `<br>` or the edge of a block lies inside the range. */
function crossesLineBreak(range: Range): boolean {
  const { startContainer, endContainer } = range;
  const walker = range.commonAncestorContainer.ownerDocument!.createTreeWalker(range.commonAncestorContainer, 1 /* SHOW_ELEMENT */);
  for (let element = walker.nextNode() as Element | null; element; element = walker.nextNode() as Element | null) {
    if (!range.intersectsNode(element)) continue;
    if (element.tagName === 'BR') return true;
    const holdsBothEnds = element.contains(startContainer) && element.contains(endContainer);
    if (BLOCK_TAGS.has(element.tagName) && !holdsBothEnds) return true;
  }
  return false;
}

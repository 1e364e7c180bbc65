import type { TextRange } from '../engine/types';
import type { TextPiece } from './editable-text';
import { readMessageText } from './reply-target';

/** A rich-text draft with the passages it quotes (`<blockquote>`) set aside: they are the other person's words. */
export interface DraftWithoutQuotes {
  /** The draft with quoted characters blanked to spaces and line breaks kept, so offsets still point into the draft. */
  text: string;
  /** Where the quotes are; nothing may be flagged or edited there. */
  quotedRanges: TextRange[];
}

/** The text a rich-text field quotes in `<blockquote>`s, a line per paragraph; undefined when it quotes nothing. */
export function readQuotedText(field: Element): string | undefined {
  const quotes = [...field.querySelectorAll('blockquote')].filter((quote) => !quote.parentElement?.closest('blockquote'));
  return quotes.map((quote) => readMessageText(quote)).filter(Boolean).join('\n') || undefined;
}

/** Blanks out every character of the draft that lives inside a `<blockquote>` of `field`. */
export function setQuotesAside(draft: string, pieces: readonly TextPiece[], field: Element): DraftWithoutQuotes {
  const quotedRanges: TextRange[] = [];
  for (const piece of pieces) {
    const quote = piece.node.parentElement?.closest('blockquote');
    if (!quote || !field.contains(quote)) continue;
    const previous = quotedRanges.at(-1);
    // Pieces of one quote are separated only by the line breaks between its paragraphs.
    if (previous && /^\s*$/.test(draft.slice(previous.end, piece.textStart))) previous.end = piece.textEnd;
    else quotedRanges.push({ start: piece.textStart, end: piece.textEnd });
  }
  if (quotedRanges.length === 0) return { text: draft, quotedRanges };
  let text = '';
  let cursor = 0;
  for (const { start, end } of quotedRanges) {
    text += draft.slice(cursor, start) + draft.slice(start, end).replace(/[^\r\n]/g, ' ');
    cursor = end;
  }
  return { text: text + draft.slice(cursor), quotedRanges };
}

/** Whether a range touches any quoted range. */
export function touchesQuote(range: TextRange, quotedRanges: readonly TextRange[]): boolean {
  return quotedRanges.some((quote) => range.start < quote.end && quote.start < range.end);
}

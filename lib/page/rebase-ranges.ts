import type { Finding, TextRange } from '../engine/types';
import { deriveFinding } from '../engine/lazy-fixes';

/** The single replacement that turns `before` into `after`: `before[start, removedEnd)` became `after[start, insertedEnd)`. */
export interface TextChange {
  start: number;
  removedEnd: number;
  insertedEnd: number;
}

export function findChange(before: string, after: string): TextChange {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { start: prefix, removedEnd: before.length - suffix, insertedEnd: after.length - suffix };
}

/**
 * Where a range of the old text sits in the new text, so an underline follows the typing until the
 * next analysis; null when the change touched the range itself.
 */
export function rebaseRange(range: TextRange, change: TextChange): TextRange | null {
  if (range.end <= change.start) return range;
  if (range.start >= change.removedEnd) {
    const shift = change.insertedEnd - change.removedEnd;
    return { start: range.start + shift, end: range.end + shift };
  }
  return null;
}

/**
 * A finding moved along with an edit elsewhere in the text, its fixes' edits too, so a fix applied
 * before the next analysis still lands on the right words; null when the edit touched the finding.
 * A fix whose edits the change touched is dropped.
 */
export function rebaseFinding(finding: Finding, change: TextChange): Finding | null {
  const range = rebaseRange(finding.range, change);
  if (!range) return null;
  return deriveFinding(finding, { range }, (fixes) =>
    fixes.flatMap((fix) => {
      const edits = fix.edits.map((edit) => {
        const moved = rebaseRange(edit, change);
        return moved && { ...edit, ...moved };
      });
      return edits.every((edit) => edit !== null) ? [{ ...fix, edits }] : [];
    }),
  );
}

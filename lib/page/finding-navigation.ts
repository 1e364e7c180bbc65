import type { TextRange } from '../engine/types';
import type { Box } from './geometry';

/**
 * The finding the caret is on, as VS Code decides where quick fixes apply: a caret touching either
 * end counts. With `strictlyInside`, only a caret between its first and last character counts,
 * so a card does not pop up under the caret of someone who has just typed the phrase.
 */
export function findingAtCaret(ranges: readonly TextRange[], caret: number, { strictlyInside = false } = {}): number {
  return ranges.findIndex(({ start, end }) => (strictlyInside ? start < caret && caret < end : start <= caret && caret <= end));
}

/**
 * The finding Alt+F8 (forward) or Shift+Alt+F8 (backward) moves to from the caret: the first that
 * starts after it, or the last that starts before it, wrapping around; -1 when there are none.
 * `ranges` are in text order.
 */
export function adjacentFinding(ranges: readonly TextRange[], caret: number, direction: 'next' | 'previous'): number {
  if (ranges.length === 0) return -1;
  if (direction === 'next') {
    const index = ranges.findIndex(({ start }) => start > caret);
    return index === -1 ? 0 : index;
  }
  const index = ranges.findLastIndex(({ start }) => start < caret);
  return index === -1 ? ranges.length - 1 : index;
}

export function boxContains(box: Box, x: number, y: number): boolean {
  return x >= box.left && x < box.left + box.width && y >= box.top && y < box.top + box.height;
}

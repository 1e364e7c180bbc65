import { describe, expect, it } from 'vitest';
import { adjacentFinding, boxContains, findingAtCaret } from '@/lib/page/finding-navigation';

// "Same here. Thank you. I know how you feel." — two findings.
const findings = [
  { start: 0, end: 9 },
  { start: 22, end: 41 },
];

describe('findingAtCaret', () => {
  it.each([
    ['before the first character', 0, 0],
    ['inside', 4, 0],
    ['right after the last character', 9, 0],
    ['between findings', 15, -1],
    ['at the second one’s start', 22, 1],
    ['past the end', 50, -1],
  ])('a caret %s (%i) → %i', (_, caret, expected) => {
    expect(findingAtCaret(findings, caret)).toBe(expected);
  });

  it.each([
    ['at the start', 0, -1],
    ['inside', 4, 0],
    ['at the end, as after typing the phrase', 9, -1],
  ])('strictly inside: a caret %s (%i) → %i', (_, caret, expected) => {
    expect(findingAtCaret(findings, caret, { strictlyInside: true })).toBe(expected);
  });
});

describe('adjacentFinding', () => {
  it.each([
    ['next from the start of the text', 0, 'next', 1],
    ['next from inside the first', 4, 'next', 1],
    ['next from after the last, wrapping around', 45, 'next', 0],
    ['next from the last one’s start, wrapping around', 22, 'next', 0],
    ['previous from the end of the text', 45, 'previous', 1],
    ['previous from the second one’s start', 22, 'previous', 0],
    ['previous from inside the second, back to its start', 30, 'previous', 1],
    ['previous from the very start, wrapping around', 0, 'previous', 1],
  ] as const)('%s', (_, caret, direction, expected) => {
    expect(adjacentFinding(findings, caret, direction)).toBe(expected);
  });

  it('is -1 when there is nothing to move to', () => {
    expect(adjacentFinding([], 3, 'next')).toBe(-1);
    expect(adjacentFinding([], 3, 'previous')).toBe(-1);
  });
});

describe('boxContains', () => {
  const box = { left: 10, top: 20, width: 100, height: 18 };
  it.each([
    [10, 20, true],
    [109, 37, true],
    [110, 30, false],
    [50, 38, false],
    [9, 25, false],
  ])('(%i, %i) → %s', (x, y, expected) => {
    expect(boxContains(box, x, y)).toBe(expected);
  });
});

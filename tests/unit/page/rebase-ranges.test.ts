import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/engine/types';
import { findChange, rebaseFinding, rebaseRange } from '@/lib/page/rebase-ranges';

describe('findChange', () => {
  it.each([
    ['typing at the end', 'Me too', 'Me too!', { start: 6, removedEnd: 6, insertedEnd: 7 }],
    ['typing at the start', 'Me too', 'Oh. Me too', { start: 0, removedEnd: 0, insertedEnd: 4 }],
    ['deleting in the middle', 'Me, too', 'Me too', { start: 2, removedEnd: 3, insertedEnd: 2 }],
    ['replacing a word', 'I feel sad', 'I feel low', { start: 7, removedEnd: 10, insertedEnd: 10 }],
    ['no change', 'same', 'same', { start: 4, removedEnd: 4, insertedEnd: 4 }],
    ['clearing the field', 'Me too!', '', { start: 0, removedEnd: 7, insertedEnd: 0 }],
    ['a repeated letter', 'aa', 'aaa', { start: 2, removedEnd: 2, insertedEnd: 3 }],
  ])('%s', (_, before, after, expected) => {
    expect(findChange(before, after)).toEqual(expected);
  });
});

describe('rebaseRange', () => {
  const phrase = { start: 10, end: 16 };

  it.each([
    ['an edit after the range leaves it', { start: 20, removedEnd: 20, insertedEnd: 25 }, phrase],
    ['typing right after the range leaves it', { start: 16, removedEnd: 16, insertedEnd: 17 }, phrase],
    ['typing before the range shifts it', { start: 0, removedEnd: 0, insertedEnd: 4 }, { start: 14, end: 20 }],
    ['typing right before the range shifts it', { start: 10, removedEnd: 10, insertedEnd: 11 }, { start: 11, end: 17 }],
    ['deleting before the range shifts it back', { start: 2, removedEnd: 5, insertedEnd: 2 }, { start: 7, end: 13 }],
    ['an edit inside the range drops it', { start: 12, removedEnd: 13, insertedEnd: 12 }, null],
    ['an edit across its start drops it', { start: 8, removedEnd: 11, insertedEnd: 8 }, null],
    ['clearing the field drops it', { start: 0, removedEnd: 30, insertedEnd: 0 }, null],
  ])('%s', (_, change, expected) => {
    expect(rebaseRange(phrase, change)).toEqual(expected);
  });
});

describe('rebaseFinding', () => {
  // "Oh. Me too! Really." — the finding is "Me too", its fixes edit around it.
  const finding: Finding = {
    ruleId: 'me-too',
    severity: 'warning',
    source: 'attune',
    range: { start: 4, end: 10 },
    message: 'Claims the same experience',
    why: '',
    fixes: [
      { title: 'Reflect', kind: 'reflect', edits: [{ start: 4, end: 11, newText: 'That sounds hard.' }] },
      { title: 'Remove', kind: 'remove', edits: [{ start: 3, end: 12, newText: ' ' }] },
    ],
  };
  const starts = (rebased: Finding | null) => rebased && [rebased.range.start, ...rebased.fixes.map((fix) => fix.edits[0]!.start)];

  it('moves the finding and every fix along with typing before it', () => {
    const rebased = rebaseFinding(finding, findChange('Oh. Me too! Really.', 'Oh no. Me too! Really.'));
    expect(starts(rebased)).toEqual([7, 7, 6]);
    expect(rebased?.fixes.map((fix) => fix.edits[0]!.newText)).toEqual(['That sounds hard.', ' ']);
  });

  it('leaves it alone for typing after it', () => {
    expect(rebaseFinding(finding, findChange('Oh. Me too! Really.', 'Oh. Me too! Really!!'))).toEqual(finding);
  });

  it('drops the fixes whose edits the typing touched', () => {
    // The "!" right after "Me too" changed: both fixes replace it, so neither fits any more; the finding still does.
    const rebased = rebaseFinding(finding, findChange('Oh. Me too! Really.', 'Oh. Me too? Really.'));
    expect(rebased?.range).toEqual(finding.range);
    expect(rebased?.fixes).toEqual([]);
  });

  it('drops the finding when the typing touched it', () => {
    expect(rebaseFinding(finding, findChange('Oh. Me too! Really.', 'Oh. Me two! Really.'))).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import type { Fix } from '../../../lib/engine/types';

function apply(draft: string, fix: Fix): string {
  let result = draft;
  for (const edit of [...fix.edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  }
  return result;
}

// Sentences people write around a "me too": receptive ones, claims, stories, and noise.
const sentences = fc.constantFrom(
  'Me too!',
  'Same here.',
  "I've been there",
  'I know exactly how you feel.',
  'I know how you feel, this is so hard.',
  'That sucks, I have been there.',
  'Honestly, I know how you feel, and it is unfair.',
  'When my mom died, I could not eat for weeks.',
  'My dad also passed away last year.',
  "I'm tired too.",
  'That sounds exhausting.',
  'How are you sleeping?',
  'You deserve rest.',
  'I hear you.',
  '💛',
  'ok',
);
const separators = fc.constantFrom(' ', '  ', '\n', '\r\n', '\n\n', ' \n');
const drafts = fc
  .array(fc.tuple(sentences, separators), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.map(([sentence, separator]) => sentence + separator).join('').trimEnd());
const incoming = fc.constantFrom(undefined, '', 'I feel so alone since the divorce.', 'Work is crushing me and I am exhausted.');

describe('applying any fix to any draft', () => {
  it('changes nothing outside the edited ranges, leaves no doubled spaces or punctuation, starts sentences capitalised', () => {
    fc.assert(
      fc.property(drafts, incoming, (draft, replyTo) => {
        for (const finding of analyze(draft, { replyTo })) {
          for (const fix of finding.fixes) {
            const edits = [...fix.edits].sort((a, b) => a.start - b.start);
            edits.forEach((edit, index) => {
              expect(edit.start).toBeGreaterThanOrEqual(0);
              expect(edit.end).toBeLessThanOrEqual(draft.length);
              expect(edit.start).toBeLessThanOrEqual(edit.end);
              if (index > 0) expect(edit.start).toBeGreaterThanOrEqual(edits[index - 1]!.end);
            });
            const result = apply(draft, fix);
            const first = edits[0]!;
            const last = edits.at(-1)!;
            expect(result.startsWith(draft.slice(0, first.start))).toBe(true);
            expect(result.endsWith(draft.slice(last.end))).toBe(true);
            // Compare the neighbourhood of the edit before and after, so problems the writer typed elsewhere do not count.
            const shift = result.length - draft.length;
            const after = result.slice(Math.max(0, first.start - 3), last.end + shift + 3);
            const before = draft.slice(Math.max(0, first.start - 3), last.end + 3);
            const introduced = (pattern: RegExp) => (after.match(pattern)?.length ?? 0) > (before.match(pattern)?.length ?? 0);
            expect(introduced(/[^\S\r\n]{2,}/g), `doubled space in ${JSON.stringify(result)}`).toBe(false);
            expect(introduced(/[,.;:!?]\s*[,.;:]/g), `doubled punctuation in ${JSON.stringify(result)}`).toBe(false);
            expect(introduced(/(^|[.!?]\s+|\n\s*)\p{Ll}/gu), `lowercase sentence start in ${JSON.stringify(result)}`).toBe(false);
            expect(introduced(/\s[,.!?]/g), `dangling punctuation in ${JSON.stringify(result)}`).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the engine never breaks on hostile input', () => {
  const hostile = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 400 }),
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u200b', '\u2028', '.', '!', '?', '"', "'", '“', '”', '>'), maxLength: 300 }),
    fc.tuple(sentences, fc.integer({ min: 1, max: 200 })).map(([sentence, times]) => `${sentence} `.repeat(times)),
    fc.integer({ min: 1, max: 12 }).map((depth) => `${'"“‘'.repeat(depth)}me too${'’”"'.repeat(depth)}`),
  );

  it('throws nothing, keeps ranges inside the text and never overlaps a fix with itself', () => {
    fc.assert(
      fc.property(hostile, (draft) => {
        for (const finding of analyze(draft)) {
          expect(finding.range.start).toBeGreaterThanOrEqual(0);
          expect(finding.range.end).toBeLessThanOrEqual(draft.length);
          expect(finding.range.start).toBeLessThan(finding.range.end);
          for (const fix of finding.fixes) {
            const edits = [...fix.edits].sort((a, b) => a.start - b.start);
            for (let index = 1; index < edits.length; index++) {
              expect(edits[index]!.start).toBeGreaterThanOrEqual(edits[index - 1]!.end);
            }
            for (const edit of edits) {
              expect(edit.start).toBeGreaterThanOrEqual(0);
              expect(edit.end).toBeLessThanOrEqual(draft.length);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

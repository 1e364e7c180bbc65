import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFeelings, shiftPerspective, suggestReflections } from '../../../lib/reflect';
import { expectWellFormed } from './helpers';

/** Words that reach every branch: feelings, negation, intensifiers, prepositions, pronouns, punctuation and odd characters. */
const WORDS = [
  'I', "I'm", 'im', 'my', 'me', 'myself', 'you', 'your', 'he', 'she', 'my husband', 'nobody', 'we', 'our',
  'feel', 'so', 'really', 'a bit', 'kind of', 'not', "don't", 'never', 'no longer', 'should', 'want to',
  'trapped', 'alone', 'scared', 'proud', 'relieved', "can't breathe", 'falling apart', 'at the end of my rope', 'anxiety', 'died',
  'since', 'ever since', 'at', 'about', 'of', 'with', 'in', 'for', 'by', 'after', 'work', 'the', 'surgery', 'mom', "mom's", 'losing', 'job', 'what', 'night', 'weeks',
  ',', '.', '!!', '?', '...', '—', ' - ', '-', '\n', '"', "'", '’', '😢', 'é', '\u200d', '\u0301', '  ',
];

const wordSoup = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((words) => words.join(' '));
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ maxLength: 200 }),
  wordSoup,
);

describe('properties', () => {
  it('suggestReflections never throws and always returns 2–3 unique, well-formed texts', () => {
    fc.assert(
      fc.property(fc.option(anyText, { nil: undefined }), fc.option(anyText, { nil: undefined }), fc.option(fc.boolean(), { nil: undefined }), (incoming, draftContext, checkIn) => {
        const preferences = checkIn === undefined ? undefined : { checkIn };
        expectWellFormed(suggestReflections({ incoming, draftContext }, preferences), { checkIn: checkIn ?? true });
      }),
      { numRuns: 600 },
    );
  });

  it('readFeelings returns mentions in text order whose offsets point at their surface', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let previousEnd = 0;
        for (const mention of readFeelings(text)) {
          expect(text.slice(mention.start, mention.end)).toBe(mention.surface);
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(['mild', 'moderate', 'strong']).toContain(mention.intensity);
          expect(mention.feeling).not.toBe('');
          if (mention.situation !== undefined) expect(mention.situation).toMatch(/^\S+(?: \S+)+$/);
          previousEnd = mention.end;
        }
      }),
      { numRuns: 600 },
    );
  });

  it('shiftPerspective leaves text without first person untouched and never adds first person', () => {
    // Words end at anything but a letter, mark or digit, as shiftPerspective reads them ("_I_" is markdown's italic "I").
    const noFirstPerson = anyText.filter(
      (text) =>
        !/(?<![\p{L}\p{M}\p{N}])(?:i|i'm|i’m|im|i've|i’ve|ive|i'd|i’d|i'll|i’ll|me|my|mine|myself|we|we're|we’re|we've|we’ve|we'd|we’d|we'll|we’ll|us|our|ours|ourselves|am|was|wasn't|wasn’t|wasnt)(?![\p{L}\p{M}\p{N}])/iu.test(text),
    );
    fc.assert(
      fc.property(noFirstPerson, (text) => {
        expect(shiftPerspective(text)).toBe(text);
      }),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        expect(shiftPerspective(text)).not.toMatch(/\b(?:my|mine|myself)\b/i);
      }),
    );
  });
});

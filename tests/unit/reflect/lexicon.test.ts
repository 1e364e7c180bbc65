import { describe, expect, it } from 'vitest';
import { readFeelings, type FlavorId } from '../../../lib/reflect';
import { FEELING_LEXICON, POSITIVE_FLAVORS } from '../../../lib/reflect/lexicon';
import { tokenize } from '../../../lib/reflect/tokenize';

const allPhrases = FEELING_LEXICON.flatMap((entry) => [...entry.forms, ...(entry.nouns ?? [])]);

/** The flavors the brief asks for; the lexicon may have more. */
const REQUIRED_FLAVORS: FlavorId[] = [
  'trapped', 'hopeless', 'alone', 'overwhelmed', 'afraid', 'ashamed', 'exhausted', 'grieving', 'angry', 'hurt', 'confused', 'relieved', 'proud',
];

describe('feeling lexicon', () => {
  it('has at least 300 surface forms', () => {
    expect(allPhrases.length).toBeGreaterThanOrEqual(300);
  });

  it('covers every required flavor, positive ones included', () => {
    const flavors = new Set(FEELING_LEXICON.map((entry) => entry.flavor));
    for (const flavor of REQUIRED_FLAVORS) expect(flavors).toContain(flavor);
    expect(FEELING_LEXICON.some((entry) => POSITIVE_FLAVORS.has(entry.flavor))).toBe(true);
  });

  it('writes forms in lower case, trimmed, single-spaced', () => {
    for (const phrase of allPhrases) expect(phrase).toMatch(/^[a-z0-9'’]+(?: [a-z0-9'’]+)*$/);
  });

  it('lists each form once across the whole lexicon, after normalising spelling', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const entry of FEELING_LEXICON) {
      for (const phrase of [...entry.forms, ...(entry.nouns ?? [])]) {
        const key = tokenize(phrase)
          .map((token) => token.keys[0])
          .join(' ');
        const owner = `${entry.flavor}/${entry.reflected}`;
        if (seen.has(key)) duplicates.push(`"${phrase}" in ${owner} and ${seen.get(key)}`);
        seen.set(key, owner);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('reflects in the second person only, as a phrase that reads after "you\'re feeling"', () => {
    for (const entry of FEELING_LEXICON) {
      expect(entry.reflected).toMatch(/^[a-z][a-z' ]*[a-z]$/);
      expect(entry.reflected).not.toMatch(/\b(?:i|me|my|mine|myself|we|our|us)\b/);
    }
  });

  it.each([
    ["I can't breathe in this house.", "can't breathe", 'trapped'],
    ['There is no way out of this.', 'no way out', 'trapped'],
    ['Honestly nobody cares.', 'nobody cares', 'alone'],
    ["What's the point of trying?", "what's the point", 'hopeless'],
    ['My life is falling apart.', 'falling apart', 'overwhelmed'],
    ["I'm at the end of my rope.", 'at the end of my rope', 'exhausted'],
    ["I can't take it anymore.", "can't take it anymore", 'overwhelmed'],
    ["I'm walking on eggshells at home.", 'walking on eggshells', 'afraid'],
    ['I feel so ashamed.', 'ashamed', 'ashamed'],
    ["I'm grieving my dad.", 'grieving', 'grieving'],
    ['I feel rejected.', 'rejected', 'hurt'],
    ["I'm so confused.", 'confused', 'confused'],
    ["I'm relieved.", 'relieved', 'relieved'],
  ] as const)('finds the multi-word expression in %j', (text, surface, flavor) => {
    const mention = readFeelings(text).find((found) => found.surface.toLowerCase() === surface);
    expect(mention?.flavor).toBe(flavor);
  });

  it.each([
    ['cant breathe', 'cant breathe'],
    ['CAN’T BREATHE', 'CAN’T BREATHE'],
    ['i cannot breathe', 'cannot breathe'],
    ['i can not breathe', 'can not breathe'],
    ['whats the point', 'whats the point'],
    ['no one cares', 'no one cares'],
    ['noone cares', 'noone cares'],
    ['im sooo tired', 'sooo tired'],
    ['Im so overwhelmd', undefined],
    ['i dont know what to do', 'dont know what to do'],
    ["I don't even know what to do", "don't even know what to do"],
    ['nobody really cares', 'nobody really cares'],
    ['so burned-out', 'burned-out'],
  ])('matches %j despite case, apostrophes, merged words and inner adverbs', (text, surface) => {
    expect(readFeelings(text)[0]?.surface).toBe(surface);
  });
});

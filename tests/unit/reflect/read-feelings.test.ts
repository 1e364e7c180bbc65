import { describe, expect, it } from 'vitest';
import { readFeelings, type FeelingMention } from '../../../lib/reflect';

function mentionOf(text: string, surface: string): FeelingMention | undefined {
  return readFeelings(text).find((mention) => mention.surface.toLowerCase() === surface.toLowerCase());
}

describe('readFeelings', () => {
  it('gives each mention its surface, reflected feeling and UTF-16 offsets, in text order', () => {
    const text = 'Honestly, I can’t breathe at work 😞 and nobody cares.';
    const mentions = readFeelings(text);
    expect(mentions.map((mention) => [mention.surface, mention.feeling, mention.flavor])).toEqual([
      ['can’t breathe', 'suffocated', 'trapped'],
      ['nobody cares', 'uncared for', 'alone'],
    ]);
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.surface);
    expect(mentions[1]?.start).toBeGreaterThan(mentions[0]?.end ?? Infinity);
  });

  it('returns nothing for text without feeling words, or no text', () => {
    expect(readFeelings('')).toEqual([]);
    expect(readFeelings('We went to the shops and bought bread.')).toEqual([]);
  });

  it('returns copies, so a caller cannot change what the next call sees', () => {
    const text = 'I feel so alone.';
    const [first] = readFeelings(text);
    if (first) first.feeling = 'changed';
    expect(readFeelings(text)[0]?.feeling).toBe('alone');
  });

  describe('negation', () => {
    it.each([
      ["I'm not angry, just tired.", 'angry', true],
      ["I'm not angry, just tired.", 'tired', false],
      ["I don't feel hopeless anymore.", 'hopeless', true],
      ["I'm no longer scared.", 'scared', true],
      ["I'm not sad or lonely.", 'lonely', true],
      ["It's not that I'm angry.", 'angry', true],
      ['I should be happy.', 'happy', true],
      ['I just want to feel calm.', 'calmer', undefined],
      ["I've never felt so alone.", 'alone', false],
      ["I don't know why I feel so alone.", 'alone', false],
      ["I'm not sure what to do.", 'not sure', false],
      ['I want to die.', 'want to die', false],
      ["I can't breathe.", "can't breathe", false],
    ] as const)('%j: %j negated is %j', (text, surface, negated) => {
      expect(mentionOf(text, surface)?.negated).toBe(negated);
    });
  });

  describe('intensity', () => {
    it.each([
      ["I'm nervous.", 'nervous', 'moderate'],
      ["I'm so tired.", 'so tired', 'strong'],
      ["I'm really, really angry.", 'angry', 'strong'],
      ["I'm a bit anxious.", 'anxious', 'mild'],
      ["I'm kind of scared.", 'scared', 'mild'],
      ["I'm a little terrified.", 'terrified', 'mild'],
      ["I'm terrified.", 'terrified', 'strong'],
      ['I am TERRIFIED.', 'TERRIFIED', 'strong'],
      ["I'm scared as hell.", 'scared', 'strong'],
      ['I miss her so much.', 'miss her', 'strong'],
      ["I've never felt so alone.", 'alone', 'strong'],
      ['Feeling sooo lonely tonight.', 'sooo lonely', 'strong'],
      ["I'm stressed!!", 'stressed', 'strong'],
    ] as const)('%j: %j is %s', (text, surface, intensity) => {
      expect(mentionOf(text, surface)?.intensity).toBe(intensity);
    });
  });

  describe('situation, shifted to the reader', () => {
    it.each([
      ["I've felt so alone since my surgery.", 'alone', 'since your surgery'],
      ['Since my surgery, I have felt so alone.', 'alone', 'since your surgery'],
      ['I feel trapped at work.', 'trapped', 'at work'],
      ['At work I feel invisible.', 'invisible', 'at work'],
      ["I'm so worried about my mom.", 'worried', 'about your mom'],
      ["I'm overwhelmed with my kids.", 'overwhelmed', 'with your kids'],
      ["I've been depressed since I lost my job.", 'depressed', 'since you lost your job'],
      ['I was scared since I was a kid.', 'scared', 'since you were a kid'],
      ["I'm scared of losing my job.", 'scared', 'of losing your job'],
      ["I'm proud of myself.", 'proud', 'of yourself'],
      ["I'm angry at my brother.", 'angry', 'at your brother'],
      ['I feel stuck in my marriage.', 'stuck', 'in your marriage'],
      ["I'm anxious of the results.", 'anxious', 'about the results'],
      ["I'm hurt by what she said.", "I'm hurt", 'by what she said'],
      ["I'm exhausted after my mom's surgery.", 'exhausted', "after your mom's surgery"],
      ['I feel so alone at night.', 'alone', 'at night'],
      ["I'm tired of fighting with my ex.", 'tired', 'of fighting with your ex'],
      ['My anxiety has been through the roof since the break-in.', 'anxiety', 'since the break-in'],
      ['Ever since the divorce I feel lost.', 'feel lost', 'ever since the divorce'],
    ] as const)('%j: %j → %j', (text, surface, situation) => {
      expect(mentionOf(text, surface)?.situation).toBe(situation);
    });

    it.each([
      ["I'm so anxious about what you said.", 'anxious'],
      ["I'm upset with you.", 'upset'],
      ['I feel alone in this.', 'alone'],
      ["I've been tired for weeks.", 'tired'],
      ["I'm not scared at all.", 'scared'],
      ["I'm trapped at the moment.", 'trapped'],
      ['She cheated on me with my friend.', 'cheated on me'],
      ['Nobody cares about my feelings.', 'nobody cares'],
      ["I'm guilty for wanting a break.", 'guilty'],
      ['I feel lonely in pain.', 'lonely'],
    ] as const)('%j: %j has no situation (the writer, vague, a duration, or not the feeling\'s)', (text, surface) => {
      const mention = mentionOf(text, surface);
      expect(mention).toBeDefined();
      expect(mention?.situation).toBeUndefined();
    });
  });

  describe('whose feeling', () => {
    it.each([
      'My husband is so angry all the time.',
      'You must be exhausted.',
      'Everyone is so happy for me.',
      'My daughter is anxious about school.',
      'He was furious with me.',
      'There is a family history of depression.',
      'Are you feeling hopeless?',
    ])('leaves out feelings that are not the writer\'s: %j', (text) => {
      expect(readFeelings(text)).toEqual([]);
    });

    it.each([
      ['It makes me so angry.', 'angry'],
      ['My kids never call.', 'never call'],
      ['My dad died in May.', 'died'],
      ['Work is so stressful.', 'stressful'],
      ['So tired lately.', 'so tired'],
      ['My anxiety is bad today.', 'anxiety'],
      ['Being a new mom is so isolating.', 'isolating'],
      ['I told him I was scared.', 'scared'],
      ['My husband left and I feel so alone.', 'alone'],
    ] as const)('keeps the writer\'s own: %j', (text, surface) => {
      expect(mentionOf(text, surface)).toBeDefined();
    });
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { suggestReflections } from '../../../lib/reflect';
import { expectWellFormed } from './helpers';

const GENERIC = [
  'It sounds like this has been really hard. Is that right?',
  'It sounds like this has been really hard. What has it been like for you?',
  "I wonder if you've been carrying a lot on your own — does that fit?",
];

function texts(source: { incoming?: string; draftContext?: string }, preferences?: { checkIn?: boolean }): string[] {
  return suggestReflections(source, preferences).map((reflection) => reflection.text);
}

describe('suggestReflections', () => {
  it('offers a reflection, a reflection with an open question and a tentative form', () => {
    const reflections = suggestReflections({ incoming: 'I feel trapped at work.' });
    expect(reflections).toEqual([
      { style: 'reflect', text: "It sounds like you're feeling trapped at work right now. Is that right?", flavor: 'trapped' },
      { style: 'reflect-question', text: "It sounds like you're feeling trapped at work. What has that been like for you?", flavor: 'trapped' },
      { style: 'tentative', text: "I wonder if you're feeling trapped at work — does that fit?", flavor: 'trapped' },
    ]);
  });

  it('reflects good news as good news, without "right now"', () => {
    expect(texts({ incoming: "I'm so proud of myself!" })).toEqual([
      "It sounds like you're feeling really proud of yourself. Is that right?",
      "It sounds like you're feeling really proud of yourself. What does that mean for you?",
      "I wonder if you're feeling really proud of yourself — does that fit?",
    ]);
  });

  it('says "you\'ve been feeling" for a feeling that has lasted since something', () => {
    expect(texts({ incoming: "Since my surgery I've been so lonely." })[0]).toBe(
      "It sounds like you've been feeling really lonely since your surgery. Is that right?",
    );
  });

  it('combines two flavors of the same valence', () => {
    expect(texts({ incoming: "I'm overwhelmed and I feel so alone." })[0]).toBe(
      "It sounds like you're feeling overwhelmed and really alone right now. Is that right?",
    );
    expect(texts({ incoming: "I'm so scared and so exhausted." })[0]).toContain('really scared and exhausted');
  });

  it('keeps a feeling with its own situation last when combining ("scared of …")', () => {
    expect(texts({ incoming: "I'm so scared of losing my job, and I'm exhausted." })[0]).toContain('exhausted and really scared of losing your job');
  });

  it('does not mix good news and distress in one phrase', () => {
    const [first] = texts({ incoming: "We finally signed the papers. I'm sad but also relieved it's over." });
    expect(first).not.toMatch(/sad and relieved|relieved and sad/);
  });

  it('uses only feelings that are not denied', () => {
    expect(texts({ incoming: "I'm not angry, just tired." })[0]).toBe("It sounds like you're feeling tired right now. Is that right?");
  });

  it('ends the plain reflection with a period when check-ins are off', () => {
    const reflections = suggestReflections({ incoming: 'I feel trapped at work.' }, { checkIn: false });
    expectWellFormed(reflections, { checkIn: false });
    expect(reflections[0]?.text).toBe("It sounds like you're feeling trapped at work right now.");
    expect(suggestReflections({}, { checkIn: false })[0]?.text).toBe('It sounds like this has been really hard.');
  });

  describe('without feelings in the incoming message', () => {
    it.each([
      [{}],
      [{ incoming: '' }],
      [{ incoming: 'We went to the shops.' }],
      [{ incoming: 'My husband is furious with me.' }],
      [{ incoming: "I'm not upset." }],
      [{ draftContext: 'I know exactly how you feel, my mom died too.' }],
      [{ draftContext: 'I was so lonely when my dad died.' }],
      [{ draftContext: "I'm scared of that too." }],
    ])('falls back to a generic reflection: %j', (source) => {
      expect(texts(source)).toEqual(GENERIC);
    });

    it.each([
      ['I know exactly how you feel. You must feel so alone.', 'alone'],
      ['Me too! That sounds so scary.', 'scared'],
      ['Same here, you must be exhausted after the night shifts.', 'exhausted after the night shifts'],
      ['I went through it too. Are you feeling trapped at home?', 'trapped at home'],
    ])('uses the draft\'s words about them: %j', (draftContext, expected) => {
      const reflections = suggestReflections({ draftContext });
      expectWellFormed(reflections);
      expect(reflections[0]?.text).toContain(expected);
    });

    it('reads "for you" in the draft as who feels it, not what it is about', () => {
      expect(texts({ draftContext: 'That must have been so frightening for you. My dad had a heart attack too.' })[0]).toBe(
        "It sounds like you're feeling really scared right now. Is that right?",
      );
    });

    it('keeps the draft\'s situation only when it is about them', () => {
      expect(texts({ draftContext: 'You must feel so alone with my stories.' })[0]).toBe("It sounds like you're feeling really alone right now. Is that right?");
    });

    it('prefers the incoming message over the draft', () => {
      expect(texts({ incoming: "I'm so anxious.", draftContext: 'You must feel so alone.' })[0]).toContain('anxious');
    });
  });

  it.each([
    ["Some mornings I can't breathe. I feel trapped, like there's no way out.", 'trapped'],
    ['Everything is falling apart and honestly I feel overwhelmed.', 'overwhelmed'],
  ])('reflects their own feeling word rather than an image of it: %j', (incoming, word) => {
    expect(texts({ incoming })[0]).toBe(`It sounds like you're feeling ${word} right now. Is that right?`);
  });

  it('drops a situation that speaks of the writer ("you" in their message)', () => {
    expect(texts({ incoming: "I'm so anxious about what you said." })[0]).toBe("It sounds like you're feeling really anxious right now. Is that right?");
  });

  describe('privacy', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('never writes the text to the console', () => {
      const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method).mockImplementation(() => undefined));
      suggestReflections({ incoming: 'My biopsy results scare me so much.', draftContext: 'I had cancer too.' });
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    });
  });
});

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';

const flagged = (draft: string, options = {}) =>
  analyze(draft, options).map((finding) => [finding.ruleId, draft.slice(finding.range.start, finding.range.end)]);

describe('ranges are exact UTF-16 offsets', () => {
  it.each([
    ['emoji before the phrase', '😭😭 I know exactly how you feel.', 'I know exactly how you feel'],
    ['emoji inside the sentence', 'Hugs 🫂 me too!', 'me too'],
    ['CRLF line breaks', 'Oh no.\r\nI know how you feel.\r\nTake care.', 'I know how you feel'],
    ['curly apostrophes', 'Honestly I’ve been there.', 'I’ve been there'],
    ['combining marks', 'Cafe\u0301 talk aside, I know how you feel.', 'I know how you feel'],
    ['a flag and skin tones', '🇨🇦👍🏽 Same here.', 'Same here'],
  ])('%s', (_, draft, phrase) => {
    const [finding] = analyze(draft);
    expect(finding).toBeDefined();
    expect(finding!.range).toEqual({ start: draft.indexOf(phrase), end: draft.indexOf(phrase) + phrase.length });
  });
});

describe('messages of several paragraphs', () => {
  const draft = [
    "Thank you for trusting us with this. It sounds like the last month has been really heavy.",
    '',
    "I know exactly how you feel. My dad also passed away last year and I couldn't work for weeks.",
    '',
    'Is there someone who can be with you this weekend?',
  ].join('\n');

  it('flags each phrase in its paragraph and nothing in the receptive ones', () => {
    expect(flagged(draft)).toEqual([
      ['presumed-understanding', 'I know exactly how you feel'],
      ['me-too', 'My dad also passed away last year'],
    ]);
  });
});

describe('quoted replies', () => {
  it('never flags lines quoted with ">" and reads them as the message being replied to', () => {
    const draft = "> Me too, I've been there and I feel so alone.\nThat sounds really lonely.";
    expect(flagged(draft)).toEqual([]);
  });
  it('leaves text in quotation marks alone', () => {
    expect(flagged('People keep saying “I know how you feel” and it never helps.')).toEqual([]);
  });
});

describe('options', () => {
  const draft = 'Me too! I know how you feel.';
  it('skips a disabled rule', () => {
    expect(flagged(draft, { rules: { 'me-too': { enabled: false } } })).toEqual([
      ['presumed-understanding', 'I know how you feel'],
    ]);
  });
  it('applies a severity override', () => {
    const [finding] = analyze(draft, { rules: { 'me-too': { severity: 'error' } } });
    expect(finding!.severity).toBe('error');
  });
  it('drops ignored phrases regardless of case and punctuation', () => {
    expect(flagged(draft, { ignoredPhrases: ['ME TOO'] })).toEqual([['presumed-understanding', 'I know how you feel']]);
  });
  it('fills message placeholders from the rule', () => {
    const long =
      'I moved out and I lost my house. My friends took sides and I barely slept. I started running and I joined a group. ' +
      'Eventually I felt like myself again and I got a new job. My advice is to keep busy, I did and it helped me a lot.';
    const finding = analyze(long).find((f) => f.ruleId === 'self-focus');
    expect(finding?.message).toMatch(/^Mostly about you: \d+ words about you, \d+ about them$/);
  });
});

describe('every finding', () => {
  const drafts = [
    'Me too!',
    'That sucks, I have been there.',
    'Honestly, I know just how you feel, my mom died too.',
    'When my mom died, I could not eat for weeks. It gets better.',
    'same here lol',
  ];
  it.each(drafts)('carries a message, a why and a remove fix: %s', (draft) => {
    for (const finding of analyze(draft)) {
      expect(finding.message.length).toBeGreaterThan(5);
      expect(finding.why.length).toBeGreaterThan(20);
      expect(finding.source).toBe('attune');
      expect(finding.fixes.some((fix) => fix.kind === 'remove')).toBe(true);
      expect(finding.range.start).toBeGreaterThanOrEqual(0);
      expect(finding.range.end).toBeLessThanOrEqual(draft.length);
    }
  });
});

describe('empty and odd input', () => {
  it.each(['', '   ', '\n\n\n', '?!', '>', '> only a quote', '\u200b', 'a'.repeat(5000)])('gives no findings for %j', (draft) => {
    expect(analyze(draft)).toEqual([]);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { clearPreparedSentences, prepareDraft } from '../../../lib/engine/prepare';
import { clearParseCache, nlp } from '../../../lib/nlp/compromise';

const DRAFT = [
  'Thank you for telling me about the move.',
  'I know exactly how you feel, my dad also passed away last year.',
  'Me too, honestly.',
  '> I feel so alone in this.',
  'How are you holding up tonight?',
  'When my sister was in the hospital, I barely slept for weeks.',
].join('\n');
/** The sentences the rules see: the quoted line is the other person's. */
const WRITER_SENTENCES = 5;

/** A reply of `count` different sentences, every one of them about the writer (so the rules parse it), some flagged. */
function longDraft(count: number): string {
  const sentences = Array.from({ length: count }, (_, index) =>
    index % 7 === 0 ? `Me too, I felt that way in week ${index}.` : `I thought of you on day ${index} and hoped it was lighter.`,
  );
  return sentences.join(' ');
}

/** Everything a reader of findings sees, fixes included. */
const everything = (draft: string) => JSON.parse(JSON.stringify(analyze(draft))) as unknown;

/** Prepares the whole draft however many calls it takes; returns how many calls that was. */
function prepareFully(draft: string, timeUp: () => boolean = () => true): number {
  let calls = 1;
  while (!prepareDraft(draft, timeUp)) calls++;
  return calls;
}

beforeEach(() => {
  clearParseCache();
  clearPreparedSentences();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('prepareDraft', () => {
  it('prepares at least one sentence per call, asking after each whether time is up', () => {
    const timeUp = vi.fn(() => true);
    expect(prepareFully(DRAFT, timeUp)).toBe(WRITER_SENTENCES);
    // Never asked after the last sentence: there is nothing left to stop.
    expect(timeUp).toHaveBeenCalledTimes(WRITER_SENTENCES - 1);
  });

  it('stops when time is up and goes on where it stopped', () => {
    let asked = 0;
    expect(prepareDraft(DRAFT, () => ++asked === 2)).toBe(false);
    // Two sentences done before the stop: the rest take one call each.
    expect(prepareFully(DRAFT)).toBe(WRITER_SENTENCES - 2);
  });

  it('does nothing more once a draft is prepared, and only the changed sentence after an edit', () => {
    prepareFully(DRAFT);
    const timeUp = vi.fn(() => true);
    expect(prepareDraft(DRAFT, timeUp)).toBe(true);
    expect(timeUp).not.toHaveBeenCalled();

    const tokenize = vi.spyOn(nlp, 'tokenize');
    expect(prepareDraft(DRAFT.replace('Me too, honestly.', 'Me too, really.'), timeUp)).toBe(true);
    expect(tokenize.mock.calls.map(([text]) => text)).toEqual(['Me too, really.']);
  });

  it('leaves analyze nothing to parse', () => {
    prepareFully(DRAFT);
    const tokenize = vi.spyOn(nlp, 'tokenize');
    expect(analyze(DRAFT).length).toBeGreaterThan(0);
    expect(tokenize).not.toHaveBeenCalled();
  });

  it('changes nothing analyze finds or suggests', () => {
    const draft = `${DRAFT}\n${longDraft(40)}`;
    const unprepared = everything(draft);
    clearParseCache();
    clearPreparedSentences();
    prepareFully(draft);
    expect(everything(draft)).toEqual(unprepared);
  });

  it('keeps a draft longer than the usual cache parsed, so a pasted document is not parsed again', () => {
    const draft = longDraft(3_000);
    prepareFully(draft, () => false);
    const tokenize = vi.spyOn(nlp, 'tokenize');
    analyze(draft);
    expect(tokenize).not.toHaveBeenCalled();
  });

  it('is ready at once for a draft with nothing to parse', () => {
    const timeUp = vi.fn(() => true);
    expect(prepareDraft('', timeUp)).toBe(true);
    expect(prepareDraft('> only a quoted line', timeUp)).toBe(true);
    expect(timeUp).not.toHaveBeenCalled();
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_LENGTH, splitSentences } from '../../../lib/text/sentences';

const texts = (draft: string) => splitSentences(draft).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it.each([
    ['I hear you. That sounds so hard!', ['I hear you.', 'That sounds so hard!']],
    ['Is it worse at night?? I wondered.', ['Is it worse at night??', 'I wondered.']],
    ['She said "me too." Then she left.', ['She said "me too."', 'Then she left.']],
    ['I saw Dr. Patel today. It went ok.', ['I saw Dr. Patel today.', 'It went ok.']],
    ['First line\nsecond line', ['First line', 'second line']],
    ['Version 2.0 is out', ['Version 2.0 is out']],
    ['  \n\n  ', []],
  ])('%j → %j', (draft, expected) => {
    expect(texts(draft)).toEqual(expected);
  });

  it('gives exact offsets, also after emoji and CRLF', () => {
    const draft = 'Hi 👋🏽.\r\nSame here. Really?';
    for (const sentence of splitSentences(draft)) {
      expect(draft.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    expect(texts(draft)).toEqual(['Hi 👋🏽.', 'Same here.', 'Really?']);
  });

  it('marks lines quoted with ">"', () => {
    expect(splitSentences('> I feel stuck.\nI hear you.').map((sentence) => sentence.isQuotedLine)).toEqual([true, false]);
  });

  describe('run-on text', () => {
    const clause = 'we talked for hours about everything and nothing at all';

    it('is cut after a comma, into pieces no longer than the limit, losing no word', () => {
      const draft = Array.from({ length: 40 }, () => clause).join(', ');
      const pieces = splitSentences(draft);
      expect(pieces.length).toBeGreaterThan(3);
      for (const piece of pieces) {
        expect(piece.text.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
        expect(piece.text).toMatch(/(?:all|all,)$/);
        expect(draft.slice(piece.start, piece.end)).toBe(piece.text);
      }
      expect(pieces.map((piece) => piece.text).join(' ')).toBe(draft);
    });

    it('is cut at a space when there is no comma', () => {
      const draft = Array.from({ length: 40 }, () => clause).join(' ');
      const pieces = splitSentences(draft);
      expect(pieces.length).toBeGreaterThan(3);
      expect(pieces.every((piece) => piece.text.length <= MAX_SENTENCE_LENGTH && !/\s$|^\s/.test(piece.text))).toBe(true);
      expect(pieces.map((piece) => piece.text).join(' ')).toBe(draft);
    });

    it('never splits a surrogate pair when there is no space at all', () => {
      const draft = '😢'.repeat(MAX_SENTENCE_LENGTH);
      const pieces = splitSentences(draft);
      expect(pieces.length).toBeGreaterThan(1);
      for (const piece of pieces) expect(piece.text).toMatch(/^(?:😢)+$/u);
      expect(pieces.map((piece) => piece.text).join('')).toBe(draft);
    });

    it('leaves an ordinary long sentence whole', () => {
      const draft = `${clause}, ${clause}, ${clause}.`;
      expect(texts(draft)).toEqual([draft]);
    });
  });
});

/** Words with offsets, sentence numbers and clause breaks: the common ground for lexicon matching and parsing. */

export interface Token {
  /** The word as written (for merged pairs, both words and the space between). */
  text: string;
  /** Lower case with every apostrophe as `'`; merged pairs get their contracted spelling ("i am" → "i'm"). */
  lower: string;
  /** Lexicon keys: apostrophes dropped and stretched letters collapsed ("sooo" → "so"); two when the collapse is ambiguous. */
  keys: readonly string[];
  start: number;
  end: number;
  sentence: number;
  /** Punctuation such as "," ";" "—" stands between this word and the previous one. */
  clauseBreakBefore: boolean;
}

// Letters, marks and digits, with inner apostrophes ("can't", "mom’s"); hyphens split ("worn-out" → worn, out).
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’‘`][\p{L}\p{M}\p{N}]+)*/gu;
const APOSTROPHES = /['’‘`ʼ]/g;

/** Two-word spellings read as one word, so "can not" matches a form written "can't". */
const MERGED_PAIRS: ReadonlyMap<string, string> = new Map([
  ['can not', "can't"],
  ['do not', "don't"],
  ['does not', "doesn't"],
  ['did not', "didn't"],
  ['will not', "won't"],
  ['i am', "i'm"],
  ['no one', 'nobody'],
  ['any more', 'anymore'],
]);

/** One-word spellings read as another word. */
const RESPELLED: ReadonlyMap<string, string> = new Map([
  ['cannot', "can't"],
  ['noone', 'nobody'],
  ['u', 'you'],
]);

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'etc', 'appt', 'approx']);

const SENTENCE_END = /[!?\n\r]|(?:^|[^.])\.(?:[^.]|$)/;
// A hyphen breaks a clause only with a space beside it ("tired - so tired"), not inside a word ("break-in").
const CLAUSE_BREAK = /[,;:()[\]{}"“”«»—–…]|\.\.|\s-|-\s/;

function lexiconKeys(lower: string): string[] {
  const bare = lower.replace(APOSTROPHES, '');
  if (!/(\p{L})\1\1/u.test(bare)) return [bare];
  const single = bare.replace(/(\p{L})\1{2,}/gu, '$1');
  const double = bare.replace(/(\p{L})\1{2,}/gu, '$1$1');
  return [single, double];
}

function makeToken(text: string, lower: string, start: number, end: number): Token {
  return { text, lower, keys: lexiconKeys(lower), start, end, sentence: 0, clauseBreakBefore: false };
}

export function tokenize(text: string): Token[] {
  const words: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const lower = match[0].toLowerCase().replace(APOSTROPHES, "'");
    words.push(makeToken(match[0], RESPELLED.get(lower) ?? lower, start, start + match[0].length));
  }

  const tokens: Token[] = [];
  let sentence = 0;
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as Token;
    const previous = tokens[tokens.length - 1];
    const gap = text.slice(previous?.end ?? 0, word.start);
    if (previous) {
      const endsSentence = SENTENCE_END.test(gap) && !(gap.startsWith('.') && ABBREVIATIONS.has(previous.lower));
      if (endsSentence) sentence++;
      word.clauseBreakBefore = !endsSentence && CLAUSE_BREAK.test(gap);
    }
    word.sentence = sentence;

    const next = words[index + 1];
    const merged = next && /^\s+$/.test(text.slice(word.end, next.start)) ? MERGED_PAIRS.get(`${word.lower} ${next.lower}`) : undefined;
    if (merged !== undefined && next) {
      const token = makeToken(text.slice(word.start, next.end), merged, word.start, next.end);
      token.sentence = sentence;
      token.clauseBreakBefore = word.clauseBreakBefore;
      tokens.push(token);
      index++;
    } else {
      tokens.push(word);
    }
  }
  return tokens;
}

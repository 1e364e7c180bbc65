/** Who a word points at, and the first → second person shift a reflection needs. */

export type Person = 'speaker' | 'addressee' | 'other';
type PronounRole = 'subject' | 'object' | 'possessive';

interface PronounInfo {
  person: Person;
  role: PronounRole;
}

function pronouns(person: Person, role: PronounRole, words: string[]): [string, PronounInfo][] {
  return words.map((word) => [word, { person, role }]);
}

// Keys are lower case with `'` apostrophes; apostrophe-less spellings ("im", "youre") are common in messages.
const PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map([
  ...pronouns('speaker', 'subject', ['i', "i'm", 'im', "i've", 'ive', "i'd", "i'll", 'we', "we're", "we've", "we'd", "we'll"]),
  ...pronouns('speaker', 'object', ['me', 'myself', 'us', 'ourselves']),
  ...pronouns('speaker', 'possessive', ['my', 'mine', 'our', 'ours']),
  ...pronouns('addressee', 'subject', ['you', "you're", 'youre', "you've", 'youve', "you'd", "you'll", 'ya']),
  ...pronouns('addressee', 'object', ['yourself', 'yourselves']),
  ...pronouns('addressee', 'possessive', ['your', 'yours', 'ur']),
  ...pronouns('other', 'subject', [
    'he', "he's", 'hes', 'she', "she's", 'shes', 'they', "they're", 'theyre', "they've", 'everyone', 'everybody',
  ]),
  ...pronouns('other', 'object', ['him', 'them', 'himself', 'herself', 'themselves']),
  ...pronouns('other', 'possessive', ['his', 'her', 'hers', 'their', 'theirs']),
]);

/** People named by a plain noun, which compromise does not always tag as a person ("the kids", "my ex"). */
const PEOPLE_NOUNS = new Set([
  'people', 'kids', 'children', 'family', 'parents', 'friends', 'doctors', 'nurses', 'coworkers', 'colleagues', 'ex', 'baby',
  'boss', 'husband', 'wife', 'partner', 'mom', 'mum', 'dad', 'son', 'daughter', 'sister', 'brother',
]);

export function isPeopleNoun(key: string): boolean {
  return PEOPLE_NOUNS.has(key);
}

export function pronounInfo(lower: string): PronounInfo | undefined {
  return PRONOUNS.get(lower);
}

export function personOf(lower: string): Person | undefined {
  return PRONOUNS.get(lower)?.person;
}

/** Second person that the shift below can produce from first person; anything else in "you" is the writer. */
const SHIFTED: ReadonlyMap<string, string> = new Map([
  ['i', 'you'],
  ["i'm", "you're"],
  ['im', "you're"],
  ["i've", "you've"],
  ['ive', "you've"],
  ["i'd", "you'd"],
  ["i'll", "you'll"],
  ['me', 'you'],
  ['my', 'your'],
  ['mine', 'yours'],
  ['myself', 'yourself'],
  ['we', 'you'],
  ["we're", "you're"],
  ["we've", "you've"],
  ["we'd", "you'd"],
  ["we'll", "you'll"],
  ['us', 'you'],
  ['our', 'your'],
  ['ours', 'yours'],
  ['ourselves', 'yourselves'],
]);

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’‘`ʼ][\p{L}\p{M}\p{N}]+)*/gu;
/** Adverbs that may sit between "I" and "was" ("I really was scared"). */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'really', 'just', 'also', 'still', 'never', 'always', 'so', 'honestly', 'actually', 'even', 'already',
]);

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const FORMS_OF_I = new Set(['i', "i'm", 'im', "i've", 'ive', "i'd", "i'll"]);

function withCaseOf(word: Word, replacement: string, sentenceStart: boolean): string {
  const letters = word.text.replace(/[^\p{L}]/gu, '');
  const shouted = letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  if (shouted) return replacement.toUpperCase();
  // "I" is capitalised anywhere, so its "you" is capitalised only where a sentence starts.
  const capitalised = /^\p{Lu}/u.test(word.text) && (sentenceStart || !FORMS_OF_I.has(word.lower));
  return capitalised ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

function hasFirstPersonSubjectBefore(words: readonly Word[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const lower = (words[i] as Word).lower;
    if (lower === 'i' || lower === 'we') return true;
    if (!BETWEEN_SUBJECT_AND_VERB.has(lower)) return false;
  }
  return false;
}

function shiftWord(words: readonly Word[], index: number, sentenceStart: boolean): string {
  const word = words[index] as Word;
  const apostrophe = /[’‘`ʼ]/.exec(word.text)?.[0] ?? "'";
  const previous = words[index - 1];
  const next = words[index + 1];
  let replacement = SHIFTED.get(word.lower);
  // "US" in capitals is the country; "9 am" is the time.
  if (word.lower === 'us' && word.text === 'US') replacement = undefined;
  if (word.lower === 'am' && !(previous && /^\d/.test(previous.text)) && word.text !== 'AM') replacement = 'are';
  if (word.lower === 'was' || word.lower === "wasn't" || word.lower === 'wasnt') {
    const inverted = next?.lower === 'i' || next?.lower === 'we';
    if (hasFirstPersonSubjectBefore(words, index) || inverted) replacement = word.lower === 'was' ? 'were' : "weren't";
  }
  if (replacement === undefined) return word.text;
  return withCaseOf(word, replacement.replace(/'/g, apostrophe), sentenceStart);
}

/**
 * Shifts a clause from the writer's first person to "you": I → you, me → you, my → your, mine → yours,
 * myself → yourself, I'm → you're, I've → you've, I was → you were, am → are ("we" and "our" likewise).
 * Everything else, punctuation and spacing included, is kept; words already in the second person are left alone.
 */
export function shiftPerspective(clause: string): string {
  const words: Word[] = [];
  for (const match of clause.matchAll(WORD)) {
    const lower = match[0].toLowerCase().replace(/[’‘`ʼ]/g, "'");
    words.push({ text: match[0], lower, start: match.index, end: match.index + match[0].length });
  }
  let shifted = '';
  let cursor = 0;
  words.forEach((word, index) => {
    const gap = clause.slice(cursor, word.start);
    const sentenceStart = index === 0 || /[.!?][\s"'“”‘’(]*$/.test(gap);
    shifted += gap + shiftWord(words, index, sentenceStart);
    cursor = word.end;
  });
  return shifted + clause.slice(cursor);
}

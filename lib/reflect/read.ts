import { BoundedCache } from './cache';
import { CONJUNCTIONS, continuesClause, keyAt, tagsAt, type ReadingContext, type Voice } from './context';
import type { FeelingEntry } from './lexicon';
import { findFormMatches, type FormMatch } from './match';
import { isPeopleNoun, personOf, pronounInfo, type Person } from './perspective';
import { findSituation, type Situation } from './situation';
import { lazyTokenTags, type TokenTags } from './tags';
import { tokenize, type Token } from './tokenize';
import type { FeelingMention, Intensity } from './types';

/** Whose feeling it is: the text's writer, the person they write to, someone else, or not said ("so tired"). */
export type Experiencer = Person | 'unspecified';

export interface FeelingReading {
  mention: FeelingMention;
  entry: FeelingEntry;
  experiencer: Experiencer;
  /** The sentence has the writer's own "I", "me" or "my" somewhere. */
  sentenceHasSpeaker: boolean;
  /** Degree the writer put in words ("so" → really, "kind of" → a bit); absent when it comes from the feeling word alone. */
  degree?: 'really' | 'a bit';
  situation?: Situation;
}

// Spelled out rather than taken from compromise's `Negative` tag, so that negation needs no parse.
const NEGATORS = new Set([
  'not', 'never', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'cant', 'couldnt', 'wont', 'wouldnt',
  'shouldnt', 'mustnt', 'neednt', 'aint', 'havent', 'hasnt', 'hadnt', 'without', 'nor', 'neither', 'hardly', 'barely',
]);
/** Words that make a feeling wished for, owed or supposed rather than felt ("I should be happy", "I want to feel calm"). */
const UNREAL_MARKERS = new Set([
  'should', 'supposed', 'want', 'wanna', 'wish', 'hope', 'trying', 'try', 'need', 'would', 'could', 'if', 'deserve', 'pretend',
  'pretending', 'id', 'itd', 'thatd', 'wouldve', 'couldve',
]);
/** Words that may stand between a negator and the feeling it denies ("not really that scared", "don't feel angry"). */
const NEGATION_BRIDGE = new Set([
  'i', 'im', 'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'feel', 'feeling', 'felt', 'feels', 'get', 'getting',
  'got', 'really', 'so', 'too', 'very', 'that', 'all', 'at', 'even', 'particularly', 'as', 'much', 'think', 'its', 'it',
  'this', 'overly', 'entirely', 'completely', 'totally', 'anymore', 'just', 'any', 'more', 'quite', 'a', 'bit', 'little',
  'kind', 'of', 'sort', 'remotely', 'actually', 'the', 'least', 'become', 'becoming', 'going', 'to', 'gonna', 'make',
  'makes', 'made', 'me', 'seem', 'seems', 'like', 'or', 'longer', 'ever', 'have', 'has', 'had', 'ive', 'still',
]);
/** "never felt so alone", "never been this scared": emphasis, not denial. */
const EMPHASIS_AFTER_NEVER = new Set(['so', 'this', 'that', 'more', 'as']);

const STRONG_MODIFIERS = new Set([
  'so', 'really', 'very', 'extremely', 'incredibly', 'completely', 'totally', 'utterly', 'absolutely', 'super', 'terribly',
  'deeply', 'truly', 'seriously', 'insanely', 'unbelievably', 'awfully', 'horribly', 'beyond', 'too', 'such',
  'ridiculously', 'painfully', 'desperately', 'overwhelmingly', 'massively', 'hugely', 'immensely', 'fucking', 'freaking',
  'bloody', 'hella', 'way', 'genuinely', 'thoroughly', 'increasingly', 'constantly', 'always',
]);
const MILD_MODIFIERS = new Set([
  'slightly', 'somewhat', 'mildly', 'kinda', 'sorta', 'little', 'bit', 'tad', 'abit', 'less', 'partly', 'fairly',
]);
const INTENSIFIERS_WITHIN = new Set(['so', 'really', 'too', 'totally', 'truly', 'seriously', 'deeply', 'completely', 'fucking', 'freaking']);
/** Hedge pairs written as two words. */
const MILD_PAIRS = new Set(['kind of', 'sort of']);
const MODIFIER_CHAIN = new Set([
  ...STRONG_MODIFIERS, ...MILD_MODIFIERS, 'a', 'of', 'kind', 'sort', 'just', 'still', 'even', 'pretty', 'quite', 'also', 'now',
]);
/** Words after a feeling that make it strong: "scared as hell", "miss her so much". */
const STRONG_AFTER: readonly (readonly string[])[] = [
  ['so', 'much'], ['as', 'hell'], ['af'], ['to', 'death'], ['like', 'crazy'], ['beyond', 'belief'],
];

const NOBODY = new Set(['nobody', 'anybody', 'somebody', 'someone', 'anyone', 'none']);
// "this" and "that" are left out: "not that scared" uses them as degree words.
const IMPERSONAL = new Set(['it', 'its', 'everything', 'nothing', 'something', 'things', 'life', 'there', 'theres']);

interface Negation {
  negated: boolean;
  /** "never felt so …" */
  emphatic: boolean;
}

function readNegation(context: ReadingContext, match: FormMatch): Negation {
  for (let index = match.first - 1, steps = 0; index >= 0 && steps < 6; index--, steps++) {
    if (!continuesClause(context, index + 1)) break;
    const key = keyAt(context, index);
    if (key === 'longer' && keyAt(context, index - 1) === 'no') return { negated: true, emphatic: false };
    if (NEGATORS.has(key)) {
      const between = context.tokens.slice(index + 1, match.first).map((token) => token.keys[0]);
      const emphatic = key === 'never' && between.some((word) => EMPHASIS_AFTER_NEVER.has(word ?? ''));
      return { negated: !emphatic, emphatic };
    }
    if (UNREAL_MARKERS.has(key) && !match.entry.wishes) return { negated: true, emphatic: false };
    // Another feeling joined by "or" shares the negation: "not angry or sad".
    if (!NEGATION_BRIDGE.has(key) && !context.covered.has(index)) break;
  }
  return { negated: false, emphatic: false };
}

function readIntensity(context: ReadingContext, match: FormMatch, emphatic: boolean): Intensity | undefined {
  const words: string[] = [];
  for (let index = match.first - 1; index >= 0 && words.length < 4; index--) {
    if (!continuesClause(context, index + 1) || !MODIFIER_CHAIN.has(keyAt(context, index))) break;
    words.unshift(keyAt(context, index));
  }
  const pairs = words.slice(1).map((word, index) => `${words[index]} ${word}`);
  if (words.some((word) => MILD_MODIFIERS.has(word)) || pairs.some((pair) => MILD_PAIRS.has(pair))) return 'mild';

  const first = context.tokens[match.first] as Token;
  const last = context.tokens[match.last] as Token;
  const surface = context.text.slice(first.start, last.end);
  const letters = surface.replace(/[^\p{L}]/gu, '');
  const shouted = letters.length > 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const exclaimed = /^\s*!!/.test(context.text.slice(last.end, last.end + 4));
  const after = context.tokens.slice(match.last + 1, match.last + 3).map((token) => token.keys[0]);
  const strongAfter =
    continuesClause(context, match.last + 1) && STRONG_AFTER.some((phrase) => phrase.every((word, index) => after[index] === word));
  // "so tired", "nobody really cares", "it's too much"; not "way" in "overwhelmed in the best way".
  const within = context.tokens.slice(match.first, match.last + 1).map((token) => token.keys[0] ?? '');
  const strongWithin = STRONG_MODIFIERS.has(within[0] ?? '') || within.some((word) => INTENSIFIERS_WITHIN.has(word));
  if (emphatic || shouted || exclaimed || strongAfter || strongWithin || words.some((word) => STRONG_MODIFIERS.has(word))) return 'strong';
  return undefined;
}

function isPersonNoun(tags: TokenTags, key: string): boolean {
  return tags.has('Person') || (tags.has('Actor') && !NOBODY.has(key)) || isPeopleNoun(key);
}

/** A thing as subject ("work is so stressful"); -ing words are actions even when tagged as nouns ("my daughter driving alone"). */
function isThingNoun(tags: TokenTags, key: string): boolean {
  return tags.has('Noun') && !tags.has('Pronoun') && !tags.has('Possessive') && !tags.has('Verb') && !key.endsWith('ing');
}

/** "Being a new mom is so isolating", "as a dad": a person noun naming the writer's own role. */
function isNamedAsRole(context: ReadingContext, index: number): boolean {
  return [1, 2, 3].some((distance) => ['being', 'as'].includes(keyAt(context, index - distance)));
}

/**
 * Whose feeling a form names: the nearest person before it in the sentence ("my husband is so angry" → other,
 * "it makes me so angry" → speaker). A thing as subject ("work is so stressful") leaves it unspecified.
 * For events the possessive decides: "my dad died" is the writer's loss.
 */
function findExperiencer(context: ReadingContext, match: FormMatch): Experiencer {
  for (let index = match.first; index <= match.last; index++) {
    if (personOf(context.tokens[index]?.lower ?? '') === 'speaker') return 'speaker';
  }
  const sentence = context.tokens[match.first]?.sentence;
  for (let index = match.first - 1; index >= 0 && context.tokens[index]?.sentence === sentence; index--) {
    const token = context.tokens[index] as Token;
    const key = token.keys[0] ?? '';
    const info = pronounInfo(token.lower);
    if (match.entry.owner === 'possessor') {
      if (info && (info.role === 'possessive' || info.person !== 'other')) return info.person;
      continue;
    }
    if (info) {
      // "her" is possessive before a noun ("her anxiety"), an object otherwise ("I miss her and feel lost").
      const nextIsNoun = index + 1 === match.first || isThingNoun(tagsAt(context, index + 1), keyAt(context, index + 1));
      const role = token.lower === 'her' && !nextIsNoun ? 'object' : info.role;
      // Objects decide only up close: "makes me so angry", but not "I saw him and felt angry".
      if (role !== 'object' || match.first - index <= 3) return info.person;
      continue;
    }
    if (IMPERSONAL.has(key)) return 'unspecified';
    // Verbs, adverbs and the like never name whose feeling it is; skipping them spares a parse.
    const nameless = NOBODY.has(key) || NEGATION_BRIDGE.has(key) || MODIFIER_CHAIN.has(key) || NEGATORS.has(key) || CONJUNCTIONS.has(key);
    if (nameless) continue;
    const tags = tagsAt(context, index);
    if (isPersonNoun(tags, key) && !isNamedAsRole(context, index)) return 'other';
    if (isThingNoun(tags, key)) return 'unspecified';
  }
  return 'unspecified';
}

function readMatch(context: ReadingContext, match: FormMatch, speakerSentences: ReadonlySet<number>): FeelingReading {
  const first = context.tokens[match.first] as Token;
  const last = context.tokens[match.last] as Token;
  const { negated, emphatic } = readNegation(context, match);
  const written = readIntensity(context, match, emphatic);
  const situation = findSituation(context, match);
  const mention: FeelingMention = {
    flavor: match.entry.flavor,
    surface: context.text.slice(first.start, last.end),
    feeling: match.entry.reflected,
    start: first.start,
    end: last.end,
    intensity: written ?? match.entry.intensity ?? 'moderate',
    negated,
  };
  if (situation) mention.situation = situation.text;
  const sentenceHasSpeaker = speakerSentences.has(first.sentence);
  let experiencer = findExperiencer(context, match);
  // "depression" in "a family history of depression" is nobody's in particular; "my depression" is the writer's.
  if (match.isNoun && experiencer === 'unspecified') experiencer = sentenceHasSpeaker ? 'speaker' : 'other';
  const reading: FeelingReading = { mention, entry: match.entry, experiencer, sentenceHasSpeaker };
  if (written) reading.degree = written === 'mild' ? 'a bit' : 'really';
  if (situation) reading.situation = situation;
  return reading;
}

function readText(text: string, voice: Voice): FeelingReading[] {
  const tokens = tokenize(text);
  const matches = findFormMatches(tokens);
  if (matches.length === 0) return [];

  const covered = new Map<number, FormMatch>();
  for (const match of matches) for (let index = match.first; index <= match.last; index++) covered.set(index, match);
  const context: ReadingContext = { text, voice, tokens, tagsOf: lazyTokenTags(text, tokens), covered };
  const speakerSentences = new Set(tokens.filter((token) => personOf(token.lower) === 'speaker').map((token) => token.sentence));
  return matches.map((match) => readMatch(context, match, speakerSentences));
}

// The incoming message is read again on every keystroke of the reply, and so is every unchanged sentence of the draft.
const readingCache = new BoundedCache<readonly FeelingReading[]>(2_048);

export function clearReadingCache(): void {
  readingCache.clear();
}

/** Every feeling form in the text with whose it is, its negation, intensity and situation; cached by text. */
export function readFeelingReadings(text: string, voice: Voice): readonly FeelingReading[] {
  const key = `${voice}\u0000${text}`;
  const cached = readingCache.get(key);
  if (cached) return cached;
  const readings = readText(text, voice);
  readingCache.set(key, readings);
  return readings;
}

/** The writer's own feelings: first person ("I feel so alone") or unattributed ("so tired lately"). */
export function isOwnFeeling(reading: FeelingReading): boolean {
  return reading.experiencer === 'speaker' || reading.experiencer === 'unspecified';
}

/**
 * The readings of sentences read one at a time, with offsets as if they were joined by single spaces.
 * Whose feeling it is, negation and situation never cross a sentence, so this reads what the joined text would.
 */
export function readSentenceFeelings(sentences: readonly string[], voice: Voice): FeelingReading[] {
  const readings: FeelingReading[] = [];
  let offset = 0;
  for (const sentence of sentences) {
    for (const reading of readFeelingReadings(sentence, voice)) {
      const mention = { ...reading.mention, start: reading.mention.start + offset, end: reading.mention.end + offset };
      readings.push({ ...reading, mention });
    }
    offset += sentence.length + 1;
  }
  return readings;
}

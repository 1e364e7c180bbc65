import { CONJUNCTIONS, continuesClause, keyAt, tagsAt, type ReadingContext } from './context';
import type { FeelingEntry, TopicalPreposition } from './lexicon';
import type { FormMatch } from './match';
import { isPeopleNoun, personOf, pronounInfo, shiftPerspective } from './perspective';
import type { Token } from './tokenize';

/** What a feeling attaches to, ready to follow it: "since your surgery", "at work", "about your mom". */
export interface Situation {
  text: string;
  /** "since": the feeling has lasted, so a reflection says "you've been feeling". */
  ongoing: boolean;
  /** The situation already says when, so a reflection adds no "right now". */
  temporal: boolean;
}

type PrepositionKind = 'clause' | 'place' | 'topic';

/** Clause prepositions take a whole clause ("since I lost my job"); topical ones only go with some feelings. */
const PREPOSITIONS: ReadonlyMap<string, PrepositionKind> = new Map([
  ['since', 'clause'],
  ['after', 'clause'],
  ['before', 'clause'],
  ['during', 'place'],
  ['at', 'place'],
  ['in', 'place'],
  ['with', 'place'],
  ['around', 'place'],
  ['from', 'place'],
  ['without', 'place'],
  ['about', 'topic'],
  ['of', 'topic'],
  ['over', 'topic'],
  ['for', 'topic'],
  ['by', 'topic'],
]);

/** Prepositions that may open a sentence and set the scene for a feeling later in it ("At work, I feel invisible"). */
const SCENE_SETTERS = new Set(['since', 'after', 'at', 'in', 'with', 'around', 'during']);

/** Words allowed between a feeling and its situation ("trapped all the time at work"), besides -ly adverbs. */
const BRIDGING_WORDS = new Set([
  'so', 'much', 'anymore', 'again', 'still', 'too', 'sometimes', 'today', 'tonight', 'now', 'right', 'all', 'the', 'time',
  'every', 'day', 'these', 'days', 'inside', 'even', 'more', 'ever', 'often', 'always', 'just', 'also', 'though',
]);

/** Objects that say nothing about the situation ("at all", "about it", "in the end", "for now"). */
const VAGUE_WORDS = new Set([
  'it', 'this', 'that', 'these', 'those', 'everything', 'anything', 'something', 'nothing', 'things', 'stuff', 'all',
  'then', 'now', 'least', 'times', 'first', 'last', 'once', 'course', 'fact', 'general', 'moment', 'point', 'time',
  'while', 'way', 'end', 'sudden', 'same', 'whole', 'lot', 'bit', 'most', 'one', 'kind', 'sort', 'there', 'here',
  'what', 'which', 'best', 'worst', 'again', 'anyway', 'ages', 'long', 'sure', 'real',
  // Light verbs say nothing on their own: "tired of being", "scared of feeling".
  'being', 'having', 'doing', 'getting', 'going', 'feeling', 'making',
]);

const TIME_UNITS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year',
  'years', 'decade', 'decades', 'ages', 'while', 'forever', 'life',
]);

/** Times of day and seasons: the situation already places the feeling in time. */
const TIMES_OF_DAY = new Set([
  'night', 'nights', 'morning', 'mornings', 'evening', 'evenings', 'weekend', 'weekends', 'holidays', 'christmas',
  'bedtime', 'midnight', 'dawn',
]);

/** Nouns that can follow "in" without a determiner ("in school"); other bare nouns after "in" are states ("in pain"). */
const BARE_PLACES = new Set([
  'school', 'college', 'hospital', 'rehab', 'treatment', 'therapy', 'recovery', 'public', 'church', 'class', 'bed',
]);

/** Places compromise may tag as verbs ("at work"). */
const PLACES = new Set(['work', 'home', 'school', 'college', 'church', 'night', 'dinner', 'lunch', 'breakfast', 'bedtime']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'every', 'each', 'another', 'any']);
const WH_WORDS = new Set(['what', 'how', 'why', 'where', 'who', 'whether']);
const PARTICLES = new Set(['back', 'out', 'up', 'down', 'away', 'off', 'home', 'through']);
const OBJECT_LIMIT = 7;

interface Phrase {
  first: number;
  /** Exclusive. */
  end: number;
}

function isDeterminer(context: ReadingContext, index: number): boolean {
  return DETERMINERS.has(keyAt(context, index)) || tagsAt(context, index).has('Determiner');
}

function isPossessive(context: ReadingContext, index: number): boolean {
  const lower = context.tokens[index]?.lower ?? '';
  return pronounInfo(lower)?.role === 'possessive' || /\p{L}'s$/u.test(lower);
}

/** "mom's" in "my mom's house". */
function isNounPossessive(context: ReadingContext, index: number): boolean {
  return /\p{L}'s$/u.test(context.tokens[index]?.lower ?? '') && !pronounInfo(context.tokens[index]?.lower ?? '');
}

function isNoun(context: ReadingContext, index: number): boolean {
  const tags = tagsAt(context, index);
  const key = keyAt(context, index);
  if (tags.has('Negative')) return false;
  const taggedNoun = tags.has('Noun') && !tags.has('Pronoun') && !tags.has('Possessive');
  return taggedNoun || tags.has('Value') || /^\p{N}/u.test(key) || PLACES.has(key) || isPeopleNoun(key);
}

function isObjectPronoun(context: ReadingContext, index: number): boolean {
  const info = pronounInfo(context.tokens[index]?.lower ?? '');
  return !!info && (info.role === 'object' || ['her', 'you', 'it', 'them'].includes(keyAt(context, index)));
}

function isSubjectPronoun(context: ReadingContext, index: number): boolean {
  return pronounInfo(context.tokens[index]?.lower ?? '')?.role === 'subject';
}

/** "losing" in "of losing my job"; compromise sometimes tags such words as nouns ("tired of fighting"). */
function isGerund(context: ReadingContext, index: number, preposition: string): boolean {
  const tags = tagsAt(context, index);
  const key = keyAt(context, index);
  const looksLikeGerund = key.length > 5 && key.endsWith('ing') && !/thing$/.test(key) && (tags.has('Verb') || tags.has('Noun'));
  return tags.has('Gerund') || (preposition !== 'in' && looksLikeGerund);
}

/** A feeling word, not an event: "since my wife passed away" keeps "passed away", "since so lonely" stops. */
function isOtherFeeling(context: ReadingContext, index: number): boolean {
  const match = context.covered.get(index);
  return !!match && match.entry.owner !== 'possessor';
}

function canExtend(context: ReadingContext, index: number, limit: number): boolean {
  return index < limit && continuesClause(context, index) && !CONJUNCTIONS.has(keyAt(context, index));
}

/** A noun phrase: determiners, possessives, adjectives and nouns ending in a noun, with one "of" tail. */
function nounPhraseEnd(context: ReadingContext, first: number, limit: number, allowOfTail = true): number {
  if (isObjectPronoun(context, first)) return first + 1;
  let index = first;
  let lastHead = -1;
  let described = false;
  while (index === first || canExtend(context, index, limit)) {
    if (index >= limit || context.covered.has(index)) break;
    // After "my", "the" or "mom's", an -ing word is a thing: "my cousin's wedding", "the meeting".
    const afterDeterminer = index > first && (isDeterminer(context, index - 1) || isPossessive(context, index - 1));
    const ingNoun = afterDeterminer && /ing$/.test(keyAt(context, index));
    if (isNoun(context, index) || isNounPossessive(context, index) || ingNoun) {
      lastHead = index;
      described = true;
    } else if (tagsAt(context, index).has('Adjective')) {
      described = true;
    } else if (described || (!isDeterminer(context, index) && !isPossessive(context, index))) {
      // A determiner after the words it would introduce starts another phrase: "the accident | my knee".
      break;
    }
    index++;
  }
  if (lastHead < 0) return first;
  const end = lastHead + 1;
  if (allowOfTail && keyAt(context, end) === 'of' && canExtend(context, end, limit) && canExtend(context, end + 1, limit)) {
    const tailEnd = nounPhraseEnd(context, end + 1, limit, false);
    if (tailEnd > end + 1) return tailEnd;
  }
  return end;
}

/** "losing my job", "going back to work", "fighting with my ex". */
function gerundPhraseEnd(context: ReadingContext, first: number, limit: number): number {
  let end = first + 1;
  while (canExtend(context, end, limit) && PARTICLES.has(keyAt(context, end))) end++;
  if (canExtend(context, end, limit)) {
    const objectEnd = nounPhraseEnd(context, end, limit);
    if (objectEnd > end) end = objectEnd;
  }
  const preposition = keyAt(context, end);
  const takesObject = ['to', 'with', 'at', 'in', 'for', 'about', 'on'].includes(preposition);
  if (takesObject && canExtend(context, end, limit) && canExtend(context, end + 1, limit)) {
    const objectEnd = nounPhraseEnd(context, end + 1, limit);
    if (objectEnd > end + 1) end = objectEnd;
  }
  return end;
}

/**
 * "I lost my job", "my husband left", "what she said": words up to a conjunction, a break or a new subject.
 * A subject is allowed up to `subjectsUntil` (the clause's own, or the one after "what"/"how").
 */
function clauseEnd(context: ReadingContext, first: number, limit: number, subjectsUntil: number): number {
  let end = first + 1;
  while (
    end - first < OBJECT_LIMIT &&
    canExtend(context, end, limit) &&
    !isOtherFeeling(context, end) &&
    (end <= subjectsUntil || !isSubjectPronoun(context, end))
  ) {
    end++;
  }
  // Trailing determiners, possessives and prepositions belong to words that were cut off.
  while (end > first) {
    const tags = tagsAt(context, end - 1);
    const dangling =
      isDeterminer(context, end - 1) || isPossessive(context, end - 1) || tags.has('Preposition') || tags.has('Conjunction');
    if (!dangling) break;
    end--;
  }
  return end;
}

function objectEnd(context: ReadingContext, preposition: string, kind: PrepositionKind, first: number, limit: number): number {
  const opens = first < limit && continuesClause(context, first) && !CONJUNCTIONS.has(keyAt(context, first));
  if (!opens || isOtherFeeling(context, first)) return first;
  if (kind === 'clause') {
    // "since the divorce", "since my husband left": a noun phrase, carried on as a clause only when a verb follows.
    const nounEnd = isSubjectPronoun(context, first) ? first : nounPhraseEnd(context, first, limit);
    const verbFollows = nounEnd < limit && continuesClause(context, nounEnd) && tagsAt(context, nounEnd).has('Verb');
    if (nounEnd > first && !verbFollows) return nounEnd;
    if (nounEnd === first && isGerund(context, first, preposition)) return gerundPhraseEnd(context, first, limit);
    return clauseEnd(context, first, limit, first);
  }
  // "what she said", "how far I've come": the wh-word's own subject comes within a few words.
  if (WH_WORDS.has(keyAt(context, first)) && kind === 'topic') return clauseEnd(context, first, limit, first + 2);
  if (isGerund(context, first, preposition)) return gerundPhraseEnd(context, first, limit);
  return nounPhraseEnd(context, first, limit);
}

function isVague(context: ReadingContext, phrase: Phrase): boolean {
  for (let index = phrase.first; index < phrase.end; index++) {
    if (isDeterminer(context, index) || pronounInfo(context.tokens[index]?.lower ?? '')?.role === 'possessive') continue;
    if (!VAGUE_WORDS.has(keyAt(context, index))) return false;
  }
  return true;
}

function mentionsTime(context: ReadingContext, phrase: Phrase, units: ReadonlySet<string>): boolean {
  for (let index = phrase.first; index < phrase.end; index++) {
    const tags = tagsAt(context, index);
    if (tags.has('Duration') || tags.has('Date') || units.has(keyAt(context, index))) return true;
  }
  return false;
}

function isAboutAPerson(context: ReadingContext, phrase: Phrase): boolean {
  const index = phrase.end - 1;
  const tags = tagsAt(context, index);
  return isObjectPronoun(context, index) || tags.has('Person') || tags.has('Actor') || isPeopleNoun(keyAt(context, index));
}

/** Whether this voice may use the words: the incoming message's "you" is the writer, the draft's "I" is the writer. */
function isForeignPerson(context: ReadingContext, phrase: Phrase): boolean {
  const foreign = context.voice === 'incoming' ? 'addressee' : 'speaker';
  for (let index = phrase.first; index < phrase.end; index++) {
    if (personOf(context.tokens[index]?.lower ?? '') === foreign) return true;
  }
  return false;
}

/** The phrase's words, one space apart, keeping joiners written without spaces ("break-in", "mom's"). */
function wordsOf(context: ReadingContext, phrase: Phrase): string {
  let words = context.tokens[phrase.first]?.text ?? '';
  for (let index = phrase.first + 1; index < phrase.end; index++) {
    const previous = context.tokens[index - 1] as Token;
    const token = context.tokens[index] as Token;
    const gap = context.text.slice(previous.end, token.start);
    words += (/^[-/&'’]$/.test(gap) ? gap : ' ') + token.text;
  }
  return words;
}

/** The preposition the reflected feeling can take here, or undefined when the situation would read wrong. */
function prepositionFor(entry: FeelingEntry, preposition: string, kind: PrepositionKind, aboutAPerson: boolean): string | undefined {
  const topical = kind === 'topic' || (preposition === 'at' && aboutAPerson);
  if (!topical) return preposition;
  const takes: readonly string[] = entry.takes ?? [];
  if (takes.includes(preposition)) return preposition;
  const aboutLike: readonly TopicalPreposition[] = ['of', 'over'];
  if (aboutLike.includes(preposition as TopicalPreposition) && takes.includes('about')) return 'about';
  return undefined;
}

interface FoundSituation {
  situation: Situation;
  /** Exclusive token index where the situation's words end. */
  end: number;
}

function situationFrom(
  context: ReadingContext,
  entry: FeelingEntry,
  prepositionStart: number,
  prepositionWords: number,
  limit: number,
): FoundSituation | undefined {
  const preposition = keyAt(context, prepositionStart + prepositionWords - 1);
  const kind = PREPOSITIONS.get(preposition);
  if (!kind) return undefined;
  const first = prepositionStart + prepositionWords;
  const phrase: Phrase = { first, end: Math.min(objectEnd(context, preposition, kind, first, limit), first + OBJECT_LIMIT) };
  if (phrase.end <= phrase.first || isVague(context, phrase) || isForeignPerson(context, phrase)) return undefined;
  if ((preposition === 'for' || preposition === 'in') && mentionsTime(context, phrase, TIME_UNITS)) return undefined;
  // "so scary for me" (or, in the draft, "for you") names who feels it, not what it is about.
  const ownPerson = context.voice === 'incoming' ? 'speaker' : 'addressee';
  const forThemselves = phrase.end - phrase.first === 1 && personOf(context.tokens[first]?.lower ?? '') === ownPerson;
  if (preposition === 'for' && forThemselves) return undefined;
  const determined = isDeterminer(context, first) || isPossessive(context, first);
  if (preposition === 'in' && !determined && !BARE_PLACES.has(keyAt(context, first))) return undefined;

  const temporal = kind === 'clause' || preposition === 'during' || mentionsTime(context, phrase, TIMES_OF_DAY);
  // "over the holidays" places the feeling in time, whatever the feeling; "over the breakup" is a topic.
  const reflectedPreposition =
    temporal && preposition === 'over' ? 'over' : prepositionFor(entry, preposition, kind, isAboutAPerson(context, phrase));
  if (!reflectedPreposition) return undefined;

  const leading = prepositionWords === 2 ? `${keyAt(context, prepositionStart)} ` : '';
  const words = `${leading}${reflectedPreposition} ${wordsOf(context, phrase)}`;
  return {
    situation: { text: context.voice === 'incoming' ? shiftPerspective(words) : words, ongoing: preposition === 'since', temporal },
    end: phrase.end,
  };
}

/**
 * The situation right after the feeling, allowing a few bridging words ("trapped at work", "alone all the time at home").
 * "since" reaches further, to the end of the clause: "my anxiety has been through the roof since the break-in".
 */
function situationAfter(context: ReadingContext, match: FormMatch): Situation | undefined {
  let bridging = true;
  for (let index = match.last + 1; continuesClause(context, index) && !CONJUNCTIONS.has(keyAt(context, index)); index++) {
    const key = keyAt(context, index);
    const words = key === 'ever' && keyAt(context, index + 1) === 'since' ? 2 : 1;
    const preposition = keyAt(context, index + words - 1);
    if ((bridging && PREPOSITIONS.has(preposition)) || preposition === 'since') {
      return situationFrom(context, match.entry, index, words, context.tokens.length)?.situation;
    }
    const bridges = BRIDGING_WORDS.has(key) || (key.length > 4 && key.endsWith('ly'));
    if (index - match.last > 4 || context.covered.has(index) || !bridges) bridging = false;
  }
  return undefined;
}

/** A scene set at the start of the sentence: "Since my surgery, I've felt so alone." */
function sceneBefore(context: ReadingContext, match: FormMatch): Situation | undefined {
  const sentence = context.tokens[match.first]?.sentence;
  let start = match.first;
  while (start > 0 && context.tokens[start - 1]?.sentence === sentence) start--;
  const key = keyAt(context, start);
  const words = key === 'ever' && keyAt(context, start + 1) === 'since' ? 2 : 1;
  if (start >= match.first || !SCENE_SETTERS.has(keyAt(context, start + words - 1))) return undefined;
  const found = situationFrom(context, match.entry, start, words, context.tokens.length);
  // The scene must be over before the feeling starts, or it is the feeling's own clause ("since my dad died").
  return found && found.end <= match.first ? found.situation : undefined;
}

/** Subjects that open a form: what follows such a form completes its verb ("nobody cares about me"), not the feeling. */
const FORM_SUBJECTS = new Set(['nobody', 'i', 'everything', 'nothing', 'my']);

/**
 * Whether words after the form can be its situation. Forms that are whole clauses ("nobody cares") or end in their
 * object ("cheated on me", "hate it") are complete: "cheated on me with a coworker" says who, not where.
 */
function takesSituationAfter(context: ReadingContext, match: FormMatch): boolean {
  const last = context.tokens[match.last];
  const endsInObject = !!last && (personOf(last.lower) !== undefined || ['it', 'this', 'that'].includes(keyAt(context, match.last)));
  return !FORM_SUBJECTS.has(keyAt(context, match.first)) && !endsInObject;
}

export function findSituation(context: ReadingContext, match: FormMatch): Situation | undefined {
  const after = takesSituationAfter(context, match) ? situationAfter(context, match) : undefined;
  return after ?? sceneBefore(context, match);
}

import nlp from 'compromise';
import { familyMembers } from './words';

// compromise has no first-person or family tags; unknown tags silently match nothing, so define them here.
nlp.plugin({
  tags: {
    FirstPerson: { isA: 'Pronoun' },
    SecondPerson: { isA: 'Pronoun' },
    Family: { isA: 'Noun' },
  },
  words: {
    ...Object.fromEntries(['i', 'me', 'myself', 'mine'].map((word) => [word, 'FirstPerson'])),
    ...Object.fromEntries(['you', 'yourself', 'yours', 'ya', 'u'].map((word) => [word, 'SecondPerson'])),
    ...Object.fromEntries(familyMembers.map((word) => [word, 'Family'])),
  },
});

export type Doc = ReturnType<typeof nlp>;

export interface ParsedTerm {
  text: string;
  normal: string;
  /** The expanded word of a contraction ("have" in "I've"), when there is one. */
  implicit?: string;
  tags: string[];
  start: number;
  end: number;
}

export interface ParsedSentence {
  doc: Doc;
  terms: ParsedTerm[];
  /** Match results by pattern, relative to the sentence, so an unchanged sentence is never matched twice. */
  matches: Map<string, { start: number; end: number }[]>;
  /** Every word of the sentence (contractions expanded), to skip patterns that cannot match. */
  words: Set<string>;
}

/** Sentences by text, least recently used first. */
const cache = new Map<string, ParsedSentence>();
/** Enough for any reply typed by hand; `reserveParseCache` makes room for longer drafts. */
const DEFAULT_CACHE_LIMIT = 2000;
/** A parsed sentence takes about 8 KB: past this (some 500,000 characters of prose) the oldest are parsed again. */
const MAX_CACHE_LIMIT = 8000;
/** Room beyond the draft itself for the sentences an edit makes on its way. */
const EDIT_HEADROOM = 500;
let cacheLimit = DEFAULT_CACHE_LIMIT;

/**
 * Grows the cache to hold a draft of `sentenceCount` sentences (up to a cap), so a pasted document is not parsed
 * again on every edit. Never shrinks: the longest draft seen sets it. Returns the limit now in force.
 */
export function reserveParseCache(sentenceCount: number): number {
  cacheLimit = Math.min(MAX_CACHE_LIMIT, Math.max(cacheLimit, sentenceCount + EDIT_HEADROOM));
  return cacheLimit;
}

/**
 * Tokenizes and pre-tags one sentence. The lexicon and suffix tagger are a fifth of the cost of
 * compromise's full tagger and are all the rule patterns need; results are cached by sentence text.
 */
export function parseSentence(sentence: string): ParsedSentence {
  const cached = cache.get(sentence);
  if (cached) {
    // Used again, so last to go: the sentences of the draft being edited outlive the half-typed ones.
    cache.delete(sentence);
    cache.set(sentence, cached);
    return cached;
  }
  const doc = nlp.tokenize(sentence);
  doc.compute(['lexicon', 'preTagger']);
  const terms = readTerms(doc, sentence);
  const words = new Set(terms.flatMap((term) => [term.normal, term.implicit ?? '']));
  const parsed = { doc, terms, matches: new Map(), words };
  while (cache.size >= cacheLimit) cache.delete(cache.keys().next().value as string);
  cache.set(sentence, parsed);
  return parsed;
}

export function clearParseCache(): void {
  cache.clear();
  cacheLimit = DEFAULT_CACHE_LIMIT;
}

interface TermJson {
  text: string;
  normal: string;
  implicit?: string;
  tags: string[];
  offset: { start: number; length: number };
}

const combiningMark = /\p{M}/u;

function readTerms(doc: Doc, sentence: string): ParsedTerm[] {
  const terms: ParsedTerm[] = [];
  for (const part of doc.json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[]) {
    for (const term of part.terms) {
      let end = term.offset.start + term.offset.length;
      // compromise drops combining marks from a term's text; keep them inside the range.
      while (end < sentence.length && combiningMark.test(sentence[end]!)) end++;
      terms.push({
        text: term.text,
        normal: term.normal,
        implicit: term.implicit ?? undefined,
        tags: term.tags,
        start: term.offset.start,
        end,
      });
    }
  }
  return terms;
}

export { nlp };

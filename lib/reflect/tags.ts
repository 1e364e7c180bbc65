import nlp from 'compromise';
import { BoundedCache } from './cache';
import type { Token } from './tokenize';

/** The part of compromise's `json({ terms: { offset: true } })` output this module reads. */
interface ParsedTerm {
  tags: string[];
  offset: { start: number; length: number };
}
interface ParsedSentence {
  terms: ParsedTerm[];
}

export type TokenTags = ReadonlySet<string>;

const NO_TAGS: TokenTags = new Set();

// Keyed by sentence text: a draft that changes re-parses only the sentence being typed.
const parseCache = new BoundedCache<readonly ParsedTerm[]>(256);

export function clearTagCache(): void {
  parseCache.clear();
}

function parseSentence(sentence: string): readonly ParsedTerm[] {
  const cached = parseCache.get(sentence);
  if (cached) return cached;
  const parsed = nlp(sentence).json({ offset: true, terms: { offset: true } }) as ParsedSentence[];
  const terms = parsed.flatMap((part) => part.terms);
  parseCache.set(sentence, terms);
  return terms;
}

/** Run-on "sentences" (chat without full stops) are parsed in pieces of this many words, so cost stays linear. */
const WORDS_PER_PARSE = 48;

/**
 * A lookup of compromise's tags by token index that parses a sentence only when one of its tokens is asked for:
 * most questions are settled by the words themselves ("I", "so", "at"), and parsing is the slow part.
 */
export function lazyTokenTags(text: string, tokens: readonly Token[]): (index: number) => TokenTags {
  const parsed = new Map<string, { first: number; tags: TokenTags[] }>();
  const sentenceStarts: number[] = [];
  tokens.forEach((token, index) => {
    sentenceStarts.push(index > 0 && tokens[index - 1]?.sentence === token.sentence ? (sentenceStarts[index - 1] ?? 0) : index);
  });
  return (index) => {
    const token = tokens[index];
    if (!token) return NO_TAGS;
    const sentenceStart = sentenceStarts[index] ?? index;
    const piece = Math.floor((index - sentenceStart) / WORDS_PER_PARSE);
    const key = `${token.sentence}:${piece}`;
    let unit = parsed.get(key);
    if (!unit) {
      const first = sentenceStart + piece * WORDS_PER_PARSE;
      let end = first;
      while (end - first < WORDS_PER_PARSE && tokens[end]?.sentence === token.sentence) end++;
      unit = { first, tags: tagSentenceTokens(text, tokens.slice(first, end)) };
      parsed.set(key, unit);
    }
    return unit.tags[index - unit.first] ?? NO_TAGS;
  };
}

/**
 * compromise's tags for each token of one sentence (`tokens` all share a sentence number).
 * A token gets the tags of every term it overlaps, plus implicit terms right after it,
 * so "can't" carries `Negative` and "I'm" carries `Copula`.
 */
function tagSentenceTokens(text: string, tokens: readonly Token[]): TokenTags[] {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return [];
  const terms = parseSentence(text.slice(first.start, last.end));
  return tokens.map((token) => {
    const start = token.start - first.start;
    const end = token.end - first.start;
    const tags = new Set<string>();
    for (const term of terms) {
      const termStart = term.offset.start;
      const termEnd = termStart + term.offset.length;
      const overlaps = termStart < end && termEnd > start;
      const implicitHere = term.offset.length === 0 && termStart > start && termStart <= end;
      if (overlaps || implicitHere) for (const tag of term.tags) tags.add(tag);
    }
    return tags;
  });
}

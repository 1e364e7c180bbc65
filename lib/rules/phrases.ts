import type { TextRange } from '../engine/types';
import { nlp, type ParsedTerm } from '../nlp/compromise';
import type { RuleContext, RuleHit, SentenceView } from './types';

export interface PhrasePattern {
  /** compromise match syntax; contractions match their expansion ("i have" matches "I've", "Ive"). */
  match: string;
  /** Fire in questions too (most claims asked back, "Me too?", are about the other person). */
  inQuestions?: boolean;
  /** Cover from the match to the end of its sentence: a story, not a phrase. */
  extendToClauseEnd?: boolean;
  /** Fire only when the writer's own experience follows ("I feel you. My birthday is tomorrow too"). */
  needsSelfReferenceAfter?: boolean;
}

export interface PhraseSet {
  patterns: PhrasePattern[];
  /** A cheap test for words every pattern needs; sentences without them are never parsed. */
  trigger: RegExp;
  /** Words before the phrase in its clause that turn it into its opposite ("I don't know how you feel"). */
  blockers?: RegExp;
}

const defaultBlockers = /^(not|never|no|nobody|wish|pretend|if|whether|unless|cannot|hardly)$/;
const clauseBreak = /[,;:—–]|\b(but|though|although|and|so)\b/;

export function findPhrases(context: RuleContext, phraseSet: PhraseSet): RuleHit[] {
  const candidates: RuleHit[] = [];
  for (const sentence of context.sentences) {
    if (!phraseSet.trigger.test(sentence.text)) continue;
    for (const pattern of phraseSet.patterns) {
      if (sentence.isQuestion && !pattern.inQuestions) continue;
      for (const range of matchRanges(sentence, pattern.match)) {
        if (isInside(range, context.quoted)) continue;
        if (isBlocked(sentence, range, phraseSet.blockers ?? defaultBlockers)) continue;
        if (pattern.needsSelfReferenceAfter && !selfReferenceAfter(context, sentence, range)) continue;
        candidates.push(pattern.extendToClauseEnd ? { start: range.start, end: clauseEnd(sentence, range.end) } : range);
      }
    }
  }
  return keepEarliestLongest(candidates);
}

/** Of overlapping hits, the one that starts first (and then the longest) tells the whole phrase. */
export function keepEarliestLongest(hits: RuleHit[]): RuleHit[] {
  const kept: RuleHit[] = [];
  for (const hit of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    // Kept hits never overlap and come in text order: only the last can overlap this one (linear in a long draft).
    const last = kept.at(-1);
    if (!last || !overlaps(last, hit)) kept.push(hit);
  }
  return kept;
}

/** Absolute ranges of every match of a compromise pattern in the sentence, built from term offsets. */
export function matchRanges(sentence: SentenceView, match: string): TextRange[] {
  const { matches } = sentence.parsed;
  let relative = matches.get(match);
  if (!relative) {
    relative = matchRelative(sentence, match);
    matches.set(match, relative);
  }
  return relative.map((range) => ({ start: sentence.start + range.start, end: sentence.start + range.end }));
}

interface CompiledPattern {
  parsed: ReturnType<typeof nlp.parseMatch>;
  /** For each required token, the words it can be; a sentence missing all of one cannot match. */
  needs: Set<string>[];
}

const compiled = new Map<string, CompiledPattern>();

function compile(match: string): CompiledPattern {
  let pattern = compiled.get(match);
  if (!pattern) {
    const parsed = nlp.parseMatch(match);
    pattern = { parsed, needs: parsed.flatMap(requiredWords) };
    compiled.set(match, pattern);
  }
  return pattern;
}

interface MatchToken {
  optional?: boolean;
  word?: string;
  fastOr?: Set<string>;
  choices?: MatchToken[][];
}

function requiredWords(token: MatchToken): Set<string>[] {
  if (token.optional) return [];
  if (token.word) return [new Set([token.word])];
  if (token.fastOr) return [token.fastOr];
  const firstWords = token.choices?.map((choice) => choice[0]?.word);
  if (firstWords && firstWords.every((word): word is string => Boolean(word))) return [new Set(firstWords)];
  return [];
}

function matchRelative(sentence: SentenceView, match: string): TextRange[] {
  const { doc, terms, words } = sentence.parsed;
  const pattern = compile(match);
  if (!pattern.needs.every((alternatives) => [...alternatives].some((word) => words.has(word)))) return [];
  const found = doc.match(pattern.parsed);
  if (!found.found) return [];
  const ranges: TextRange[] = [];
  for (const part of found.json({ offset: true, terms: { offset: true } }) as { terms: { offset: { start: number } }[] }[]) {
    const first = part.terms[0];
    const last = part.terms[part.terms.length - 1];
    if (!first || !last) continue;
    const firstTerm = termAt(terms, first.offset.start);
    const lastTerm = termAt(terms, last.offset.start, true);
    if (!firstTerm || !lastTerm) continue;
    ranges.push({ start: firstTerm.start, end: lastTerm.end });
  }
  return ranges;
}

function termAt(terms: ParsedTerm[], start: number, preferLast = false): ParsedTerm | undefined {
  const candidates = terms.filter((term) => term.start === start || (term.start < start && term.end >= start));
  // An implicit term ("have" of "I've") has no text of its own: its range is the contraction's.
  const visible = candidates.filter((term) => term.end > term.start);
  return (preferLast ? visible.at(-1) : visible[0]) ?? candidates[0];
}

function isBlocked(sentence: SentenceView, range: TextRange, blockers: RegExp): boolean {
  const before = sentence.parsed.terms.filter((term) => sentence.start + term.end <= range.start);
  for (let index = before.length - 1; index >= 0; index--) {
    const term = before[index]!;
    const between = sentence.text.slice(term.end, (before[index + 1]?.start ?? range.start - sentence.start));
    if (clauseBreak.test(between)) return false;
    if (term.tags.includes('Negative') || blockers.test(term.implicit ?? term.normal)) return true;
    if (clauseBreak.test(term.normal)) return false;
  }
  return false;
}

const writerWords = /\b(i|me|my|mine|myself|i'm|im|i've|ive)\b/i;

function selfReferenceAfter(context: RuleContext, sentence: SentenceView, range: TextRange): boolean {
  const next = context.sentences[sentence.index + 1];
  const rest = context.draft.slice(range.end, next ? next.end : sentence.end);
  return writerWords.test(rest);
}

function clauseEnd(sentence: SentenceView, from: number): number {
  const rest = sentence.text.slice(from - sentence.start);
  const stop = /[;:]|\s[—–]\s/.exec(rest);
  const end = stop ? from + stop.index : sentence.end;
  return trimTrailingPunctuation(sentence.text, sentence.start, end);
}

function trimTrailingPunctuation(text: string, offset: number, end: number): number {
  while (end > offset && /[\s.!?…,;:]/.test(text[end - offset - 1]!)) end--;
  return end;
}

export function isInside(range: TextRange, containers: TextRange[]): boolean {
  return containers.some((container) => range.start >= container.start && range.end <= container.end);
}

export function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end;
}

import { suggestReflections } from '../reflect';
import type { SentenceView } from '../rules/types';
import type { Fix, TextEdit, TextRange } from './types';

export interface FixInput {
  draft: string;
  range: TextRange;
  /** What a reflection replaces: the finding, or every self-reference in its sentence. */
  reflectRange: TextRange;
  ruleId: string;
  sentences: SentenceView[];
  replyTo?: string;
  reflection?: { checkIn?: boolean };
}

const letter = /\p{L}|\p{N}/u;
const leadingJoiners = /^[\s,;:.!?…—–-]*(?:(?:and|but|because|so|cause|cuz|though)\b[\s,]*)?/i;
const trailingJoiners = /(?:[\s,;:—–-]*\b(?:and|but|because|so|cause|cuz|though))?[\s,;:—–-]*$/i;

/** Quick fixes for one finding: reflections of their feeling first, then a clean removal. */
export function buildFixes(input: FixInput): Fix[] {
  if (input.ruleId === 'self-focus') return selfFocusFixes(input);
  const sentence = input.sentences.find((s) => input.range.start >= s.start && input.range.start < s.end);
  if (!sentence) return [];
  // The finding's own sentence goes last: feelings near the end weigh more, and this one is about the flagged moment.
  const draftContext = [...input.sentences.filter((s) => s !== sentence), sentence].map((s) => s.text);
  const reflections = suggestReflections({ incoming: input.replyTo, draftContext }, input.reflection);
  const reflectRange = wholeClauses(input.draft, sentence, input.reflectRange);
  const fixes: Fix[] = reflections.map((reflection, index) => ({
    title: `Reflect: “${reflection.text}”`,
    kind: 'reflect',
    isPreferred: index === 0,
    edits: [replaceWithin(input.draft, sentence, reflectRange, reflection.text)],
  }));
  const removeRange = wholeClauses(input.draft, sentence, input.range);
  fixes.push({ title: 'Remove this phrase', kind: 'remove', edits: [replaceWithin(input.draft, sentence, removeRange, '')] });
  return fixes;
}

const clauseBreak = /[,;:—–]|\b(?:and|but|so|because|cause|cuz|though|although)\b/gi;
const sentenceEnd = /[.!?…]+["'”’)]*\s*$/;

/**
 * Widens a range to the clauses it stands in, so no piece of them is left stranded:
 * "the same thing happened to me last year" goes whole, not "the … last year".
 */
function wholeClauses(draft: string, sentence: TextRange, range: TextRange): TextRange {
  const before = draft.slice(sentence.start, range.start);
  const lastBreak = [...before.matchAll(clauseBreak)].at(-1);
  let start = lastBreak ? sentence.start + lastBreak.index + lastBreak[0].length : sentence.start;
  while (start < range.start && /\s/.test(draft[start]!)) start++;
  const after = draft.slice(range.end, sentence.end);
  const nextBreak = [...after.matchAll(clauseBreak)][0] ?? sentenceEnd.exec(after);
  const end = nextBreak ? range.end + nextBreak.index : sentence.end;
  return { start: Math.min(start, range.start), end: Math.max(trimEnd(draft, range.end, end), range.end) };
}

function trimEnd(draft: string, floor: number, end: number): number {
  while (end > floor && /\s/.test(draft[end - 1]!)) end--;
  return end;
}

/**
 * Replaces a range inside its sentence with whole sentences (or nothing), repairing what is left:
 * joining commas and conjunctions go, the next part starts with a capital, the end keeps its punctuation.
 */
export function replaceWithin(draft: string, sentence: TextRange, range: TextRange, replacement: string): TextEdit {
  const before = draft.slice(sentence.start, range.start);
  const after = draft.slice(range.end, sentence.end);
  const keptBefore = letter.test(before) ? before.replace(trailingJoiners, '') : '';
  const keptAfter = letter.test(after.replace(leadingJoiners, '')) ? after.replace(leadingJoiners, '') : '';
  const parts: string[] = [];
  if (keptBefore && keptAfter && !replacement) {
    // A phrase removed from the middle: the sentence goes on ("Honestly, it is so unfair.").
    parts.push(before.trimEnd(), keptAfter);
  } else {
    if (keptBefore) parts.push(keptAfter || replacement ? endSentence(keptBefore) : endSentence(keptBefore, terminalOf(after)));
    if (replacement) parts.push(replacement);
    if (keptAfter) parts.push(capitalize(keptAfter));
  }
  const newSentence = parts.join(' ');
  if (newSentence) return minimalEdit(draft, { start: sentence.start, end: sentence.end }, newSentence);
  return minimalEdit(draft, removableSpan(draft, sentence), '');
}

/**
 * A sentence removed whole takes the spaces after it along (or before it, at the end of a line);
 * a sentence alone on its line takes its line break too.
 */
function removableSpan(draft: string, sentence: TextRange): TextRange {
  let end = sentence.end;
  while (end < draft.length && /[ \t]/.test(draft[end]!)) end++;
  if (end < draft.length && draft[end] !== '\n' && draft[end] !== '\r') return { start: sentence.start, end };
  let start = sentence.start;
  while (start > 0 && /[ \t]/.test(draft[start - 1]!)) start--;
  const startsLine = start === 0 || draft[start - 1] === '\n';
  const lineBreak = /^\r?\n/.exec(draft.slice(end))?.[0];
  if (startsLine && lineBreak) return { start, end: end + lineBreak.length };
  return { start, end };
}

function terminalOf(text: string): string {
  return /[.!?…]+["'”’)]*\s*$/.exec(text)?.[0].trim() ?? '';
}

function endSentence(text: string, terminal = '.'): string {
  const trimmed = text.trimEnd();
  if (/[.!?…]["'”’)]*$/.test(trimmed)) return trimmed;
  return trimmed + (terminal || '.');
}

function capitalize(text: string): string {
  return text.replace(/^(\P{L}*)(\p{Ll})/u, (_, lead: string, first: string) => lead + first.toUpperCase());
}

/** Trims the common prefix and suffix so the edit touches only what changes (and undo restores exactly that). */
function minimalEdit(draft: string, range: TextRange, newText: string): TextEdit {
  const oldText = draft.slice(range.start, range.end);
  let prefix = 0;
  while (prefix < oldText.length && prefix < newText.length && oldText[prefix] === newText[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < oldText.length - prefix &&
    suffix < newText.length - prefix &&
    oldText[oldText.length - 1 - suffix] === newText[newText.length - 1 - suffix]
  ) {
    suffix++;
  }
  return {
    start: range.start + prefix,
    end: range.end - suffix,
    newText: newText.slice(prefix, newText.length - suffix),
  };
}

const aboutTheWriter = /\b(i|me|my|mine|myself|i'm|im|i've|ive|i'd)\b/i;
const aboutThem = /\b(you|your|yours|yourself|you're|youre|you've)\b/i;

/** A reply mostly about the writer: open with a reflection, or drop the sentences that are only about the writer. */
function selfFocusFixes(input: FixInput): Fix[] {
  const first = input.sentences[0]!;
  const [reflection] = suggestReflections({ incoming: input.replyTo, draftContext: input.sentences.map((s) => s.text) }, input.reflection);
  const fixes: Fix[] = [];
  if (reflection) {
    fixes.push({
      title: `Open with a reflection: “${reflection.text}”`,
      kind: 'reflect',
      isPreferred: true,
      edits: [{ start: first.start, end: first.start, newText: `${reflection.text} ` }],
    });
  }
  const selfOnly = input.sentences.filter((s) => aboutTheWriter.test(s.text) && !aboutThem.test(s.text) && !s.isQuestion);
  if (selfOnly.length > 0 && selfOnly.length < input.sentences.length) {
    fixes.push({
      title: `Remove the ${selfOnly.length} sentences only about you`,
      kind: 'remove',
      edits: mergeTouching(selfOnly.map((s) => removableSpan(input.draft, s))).map((span) => minimalEdit(input.draft, span, '')),
    });
  }
  return fixes;
}

/** Removed neighbours share the spaces between them; one edit per run keeps edits from overlapping. */
function mergeTouching(spans: TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const previous = merged.at(-1);
    if (previous && span.start <= previous.end) previous.end = Math.max(previous.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

import type { TextRange } from '../engine/types';

export interface SentenceSpan extends TextRange {
  text: string;
  /** Lines starting with ">" quote the message being replied to; they are never flagged. */
  isQuotedLine: boolean;
}

const terminalPunctuation = /[.!?…]/;
const closingPunctuation = /["'”’)\]]/;
const abbreviations = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'appt']);
/**
 * Run-on text (chat without full stops, a pasted log) is cut into pieces of about this many characters,
 * at a comma or a space where there is one, so parsing cost stays linear in the draft's length.
 */
export const MAX_SENTENCE_LENGTH = 400;

/** Splits a draft into sentences with exact UTF-16 offsets; every line break also ends a sentence. */
export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const isQuotedLine = /^\s*>/.test(line);
    for (const [start, end] of splitLine(line)) {
      sentences.push({ start: lineStart + start, end: lineStart + end, text: line.slice(start, end), isQuotedLine });
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function splitLine(line: string): [number, number][] {
  const parts: [number, number][] = [];
  let start = 0;
  const terminals = /[.!?…]/g;
  for (let found = terminals.exec(line); found; found = terminals.exec(line)) {
    const index = found.index;
    let end = index + 1;
    while (end < line.length && (terminalPunctuation.test(line[end]!) || closingPunctuation.test(line[end]!))) end++;
    const atBoundary = end === line.length || /\s/.test(line[end]!);
    terminals.lastIndex = end;
    if (!atBoundary || isAbbreviation(line, start, index)) continue;
    pushTrimmed(parts, line, start, end);
    start = end;
  }
  pushTrimmed(parts, line, start, line.length);
  return parts;
}

/** Abbreviations are short: only the few letters before the dot are looked at, however long the sentence. */
function isAbbreviation(line: string, sentenceStart: number, dotIndex: number): boolean {
  if (line[dotIndex] !== '.') return false;
  const word = /([\p{L}.]+)$/u.exec(line.slice(Math.max(sentenceStart, dotIndex - 8), dotIndex))?.[1]?.toLowerCase();
  return word !== undefined && abbreviations.has(word);
}

function pushTrimmed(parts: [number, number][], line: string, start: number, end: number): void {
  while (start < end && /\s/.test(line[start]!)) start++;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE_LENGTH) {
    const cut = runOnBreak(line, start);
    parts.push([start, cut]);
    start = cut;
    while (start < end && /\s/.test(line[start]!)) start++;
  }
  if (end > start) parts.push([start, end]);
}

/** Where to end a run-on piece: after its last comma or semicolon, else at its last space, else anywhere but inside a surrogate pair. */
function runOnBreak(line: string, start: number): number {
  const piece = line.slice(start, start + MAX_SENTENCE_LENGTH);
  const clause = Math.max(piece.lastIndexOf(', '), piece.lastIndexOf('; '));
  if (clause > MAX_SENTENCE_LENGTH / 2) return start + clause + 1;
  const space = piece.search(/\s\S*$/);
  if (space > MAX_SENTENCE_LENGTH / 2) return start + space;
  const cut = start + MAX_SENTENCE_LENGTH;
  return /[\uDC00-\uDFFF]/.test(line[cut] ?? '') ? cut - 1 : cut;
}

const quotePairs: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'", '«': '»' };

/**
 * Ranges inside quotation marks ("she said 'me too'"): someone else's words, not the writer's.
 * A single quote opens only before a letter after a non-letter, so apostrophes never count.
 */
export function findQuotedRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  const openers = /["“‘'«]/g;
  for (let found = openers.exec(text); found; found = openers.exec(text)) {
    const index = found.index;
    const opener = text[index]!;
    const closer = quotePairs[opener]!;
    const isSingle = opener === "'" || opener === '‘';
    if (isSingle && (/\p{L}/u.test(text[index - 1] ?? '') || !/\p{L}/u.test(text[index + 1] ?? ''))) continue;
    const close = findCloser(text, index + 1, closer, isSingle);
    if (close === -1) continue;
    ranges.push({ start: index, end: close + 1 });
    openers.lastIndex = close + 1;
  }
  return ranges;
}

function findCloser(text: string, from: number, closer: string, isSingle: boolean): number {
  for (let index = from; index < text.length; index++) {
    if (text[index] === '\n') return -1;
    if (text[index] !== closer) continue;
    if (isSingle && /\p{L}/u.test(text[index + 1] ?? '')) continue;
    return index;
  }
  return -1;
}

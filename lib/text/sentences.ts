import type { TextRange } from '../engine/types';

export interface SentenceSpan extends TextRange {
  text: string;
  /** Lines starting with ">" quote the message being replied to; they are never flagged. */
  isQuotedLine: boolean;
}

const terminalPunctuation = /[.!?…]/;
const closingPunctuation = /["'”’)\]]/;
const abbreviations = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'appt']);

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
  for (let index = 0; index < line.length; index++) {
    if (!terminalPunctuation.test(line[index]!)) continue;
    let end = index + 1;
    while (end < line.length && (terminalPunctuation.test(line[end]!) || closingPunctuation.test(line[end]!))) end++;
    const atBoundary = end === line.length || /\s/.test(line[end]!);
    if (!atBoundary || isAbbreviation(line, start, index)) continue;
    pushTrimmed(parts, line, start, end);
    start = end;
    index = end - 1;
  }
  pushTrimmed(parts, line, start, line.length);
  return parts;
}

function isAbbreviation(line: string, sentenceStart: number, dotIndex: number): boolean {
  if (line[dotIndex] !== '.') return false;
  const word = /([\p{L}.]+)$/u.exec(line.slice(sentenceStart, dotIndex))?.[1]?.toLowerCase();
  return word !== undefined && abbreviations.has(word);
}

function pushTrimmed(parts: [number, number][], line: string, start: number, end: number): void {
  while (start < end && /\s/.test(line[start]!)) start++;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  if (end > start) parts.push([start, end]);
}

const quotePairs: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'", '«': '»' };

/**
 * Ranges inside quotation marks ("she said 'me too'"): someone else's words, not the writer's.
 * A single quote opens only before a letter after a non-letter, so apostrophes never count.
 */
export function findQuotedRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (let index = 0; index < text.length; index++) {
    const opener = text[index]!;
    const closer = quotePairs[opener];
    if (!closer) continue;
    const isSingle = opener === "'" || opener === '‘';
    if (isSingle && (/\p{L}/u.test(text[index - 1] ?? '') || !/\p{L}/u.test(text[index + 1] ?? ''))) continue;
    const close = findCloser(text, index + 1, closer, isSingle);
    if (close === -1) continue;
    ranges.push({ start: index, end: close + 1 });
    index = close;
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

import { reserveParseCache } from '../nlp/compromise';
import { splitSentences } from '../text/sentences';
import { analyze } from './analyze';

/** Sentences whose parse and pattern matches are cached, least recently used first. */
const preparedSentences = new Set<string>();

/** The draft being prepared over several calls, split once. */
let current: { draft: string; sentences: string[] } | undefined;

/**
 * Does the slow part of analysing `draft` — parsing and matching the sentences never seen before — a sentence at
 * a time, asking `timeUp` after each one whether to stop; so a caller can spread a pasted document over many short
 * tasks. Returns true once every sentence is ready: `analyze(draft)` then only reads caches.
 */
export function prepareDraft(draft: string, timeUp: () => boolean): boolean {
  if (current?.draft !== draft) {
    const texts = splitSentences(draft).filter((span) => !span.isQuotedLine).map((span) => span.text);
    current = { draft, sentences: [...new Set(texts)] };
  }
  const { sentences } = current;
  const limit = reserveParseCache(sentences.length);
  const pending: string[] = [];
  for (const sentence of sentences) {
    if (!preparedSentences.has(sentence)) pending.push(sentence);
    else remember(sentence, limit);
  }
  for (const [index, sentence] of pending.entries()) {
    // Alone, a sentence is parsed and matched by the same rules as in the draft, and the caches are keyed by its text.
    analyze(sentence);
    remember(sentence, limit);
    if (index < pending.length - 1 && timeUp()) return false;
  }
  return true;
}

/** Forgets which sentences were prepared, as `clearParseCache` forgets their parses. */
export function clearPreparedSentences(): void {
  preparedSentences.clear();
  current = undefined;
}

function remember(sentence: string, limit: number): void {
  preparedSentences.delete(sentence);
  preparedSentences.add(sentence);
  while (preparedSentences.size > limit) preparedSentences.delete(preparedSentences.values().next().value as string);
}

import type { FormMatch } from './match';
import type { TokenTags } from './tags';
import type { Token } from './tokenize';

/** Which side of the conversation a text is: the message replied to, or the writer's own draft. */
export type Voice = 'incoming' | 'draft';

/** One text as the readers see it: its tokens, compromise's tags for them, and which tokens are feeling forms. */
export interface ReadingContext {
  text: string;
  voice: Voice;
  tokens: readonly Token[];
  /** compromise's tags for a token; its sentence is parsed on first use, so most sentences never are. */
  tagsOf: (index: number) => TokenTags;
  /** Tokens inside a lexicon match, with the match. */
  covered: ReadonlyMap<number, FormMatch>;
}

export function tagsAt(context: ReadingContext, index: number): TokenTags {
  return context.tagsOf(index);
}

export function keyAt(context: ReadingContext, index: number): string {
  return context.tokens[index]?.keys[0] ?? '';
}

/** Token `index` continues the clause of token `index - 1` (same sentence, no punctuation break). */
export function continuesClause(context: ReadingContext, index: number): boolean {
  const token = context.tokens[index];
  const previous = context.tokens[index - 1];
  return !!token && !!previous && token.sentence === previous.sentence && !token.clauseBreakBefore;
}

/** Words that join clauses; readers stop at them as they stop at a comma. */
export const CONJUNCTIONS: ReadonlySet<string> = new Set([
  'and', 'but', 'because', 'cause', 'cuz', 'coz', 'so', 'or', 'though', 'although', 'however', 'yet', 'while',
  'whereas', 'then', 'when', 'if', 'unless', 'until', 'except', 'plus',
]);

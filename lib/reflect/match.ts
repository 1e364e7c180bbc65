import { FEELING_LEXICON, type FeelingEntry } from './lexicon';
import { tokenize, type Token } from './tokenize';

/** A lexicon form found in the text: tokens `first`..`last` inclusive. */
export interface FormMatch {
  entry: FeelingEntry;
  first: number;
  last: number;
  /** One of the entry's `nouns` ("anxiety"), which count only where the writer is named. */
  isNoun: boolean;
}

interface CompiledForm {
  entry: FeelingEntry;
  isNoun: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  form?: CompiledForm;
}

let lexiconTrie: TrieNode | undefined;

/** Compiles the lexicon into a trie of normalised word keys, once, on first use. */
function compiledLexicon(): TrieNode {
  if (lexiconTrie) return lexiconTrie;
  const root: TrieNode = { next: new Map() };
  const add = (phrase: string, form: CompiledForm): void => {
    let node = root;
    for (const token of tokenize(phrase)) {
      const key = token.keys[0] as string;
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    // The first entry listing a phrase keeps it; duplicates are caught by the lexicon tests.
    node.form ??= form;
  };
  for (const entry of FEELING_LEXICON) {
    for (const phrase of entry.forms) add(phrase, { entry, isNoun: false });
    for (const phrase of entry.nouns ?? []) add(phrase, { entry, isNoun: true });
  }
  lexiconTrie = root;
  return root;
}

function step(node: TrieNode, token: Token): TrieNode | undefined {
  for (const key of token.keys) {
    const child = node.next.get(key);
    if (child) return child;
  }
  return undefined;
}

/** Adverbs people drop into the middle of a phrase: "can't even breathe", "nobody really cares". */
const INNER_ADVERBS = new Set([
  'even', 'really', 'just', 'actually', 'honestly', 'literally', 'totally', 'so', 'seriously', 'truly', 'fucking', 'freaking',
]);
const MAX_INNER_ADVERBS = 2;

function continues(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  return !!token && !!previous && token.sentence === previous.sentence && !token.clauseBreakBefore;
}

/** The trie node after token `from`, stepping over inner adverbs; `at` is the token that matched. */
function advance(tokens: readonly Token[], node: TrieNode, from: number): { node: TrieNode; at: number } | undefined {
  for (let index = from + 1; index <= from + 1 + MAX_INNER_ADVERBS && continues(tokens, index); index++) {
    const token = tokens[index] as Token;
    const child = step(node, token);
    if (child) return { node: child, at: index };
    if (!INNER_ADVERBS.has(token.keys[0] ?? '')) return undefined;
  }
  return undefined;
}

/** Longest lexicon forms, left to right, never overlapping and never across a sentence or clause break. */
export function findFormMatches(tokens: readonly Token[]): FormMatch[] {
  const root = compiledLexicon();
  const matches: FormMatch[] = [];
  let index = 0;
  while (index < tokens.length) {
    let position: { node: TrieNode; at: number } | undefined;
    const start = step(root, tokens[index] as Token);
    if (start) position = { node: start, at: index };
    let longest: FormMatch | undefined;
    while (position) {
      const { form } = position.node;
      if (form) longest = { entry: form.entry, isNoun: form.isNoun, first: index, last: position.at };
      position = advance(tokens, position.node, position.at);
    }
    if (longest) {
      matches.push(longest);
      index = longest.last + 1;
    } else {
      index++;
    }
  }
  return matches;
}

import type { ParsedSentence } from '../nlp/compromise';
import type { Severity, TextRange } from '../engine/types';

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One line for the options page and the rule list. */
  description: string;
  /** The longer explanation shown in docs and the options page. */
  docs: string;
  /** The finding's message; `{ratio}`-style placeholders are filled from a hit's data. */
  message: string;
  /** Why it pulls attention away from the other person, shown on hover. */
  why: string;
  examples: { fires: string[]; silent: string[] };
}

export interface SentenceView extends TextRange {
  index: number;
  text: string;
  isQuestion: boolean;
  /** Parsed on first use, so sentences no rule cares about cost nothing. */
  readonly parsed: ParsedSentence;
}

export interface RuleContext {
  draft: string;
  /** Sentences the writer wrote (quoted lines left out). */
  sentences: SentenceView[];
  /** Ranges of text in quotation marks: someone else's words. */
  quoted: TextRange[];
}

export interface RuleHit extends TextRange {
  data?: Record<string, string | number>;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): RuleHit[];
}

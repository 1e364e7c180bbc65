export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A half-open range of UTF-16 code unit offsets into the draft. */
export interface TextRange {
  start: number;
  end: number;
}

export interface TextEdit extends TextRange {
  newText: string;
}

export type FixKind = 'reflect' | 'remove';

export interface Fix {
  title: string;
  kind: FixKind;
  isPreferred?: boolean;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  source: 'attune';
  range: TextRange;
  message: string;
  why: string;
  fixes: Fix[];
}

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

export interface AnalyzeOptions {
  /** The message being replied to; reflections are built from its feelings. */
  replyTo?: string;
  rules?: Record<string, RuleSetting>;
  /** Phrases the user chose never to see flagged (matched case-insensitively). */
  ignoredPhrases?: string[];
  /** How reflections are phrased: `checkIn` ends the plain reflection with "Is that right?" (the default). */
  reflection?: { checkIn?: boolean };
}

import type { Finding, Fix, Severity } from '../engine/types';
import type { Box } from './geometry';

/** What the overlay draws for one finding: its line boxes over the field's text, in viewport coordinates. */
export interface UnderlineView {
  key: string;
  /** Its finding in `FieldView.findings`. */
  findingIndex: number;
  ruleId: string;
  severity: Severity;
  start: number;
  end: number;
  boxes: Box[];
}

/** What the overlay draws for one field with findings. */
export interface FieldView {
  id: number;
  element: HTMLElement;
  /** The draft the findings' ranges and fixes point into, as last analysed (or followed, for a textarea). */
  text: string;
  /** Every finding in text order, on screen or not (the list shows them all). */
  findings: readonly Finding[];
  /** The visible part of the field's padding box; underlines are clipped to it and the badge sits at its corner. */
  clip: Box;
  underlines: UnderlineView[];
  findingCount: number;
  severity: Severity;
  /** False when the CSS Custom Highlight API already paints the squiggles inside the editor. */
  paintsSquiggles: boolean;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

export function mostSevere(severities: readonly Severity[]): Severity {
  return severities.reduce<Severity>((worst, severity) => (SEVERITY_RANK[severity] > SEVERITY_RANK[worst] ? severity : worst), 'hint');
}

/** Names a finding by rule and place, so it can be recognised again after the next analysis. */
export function findingKey(finding: Pick<Finding, 'ruleId' | 'range'>): string {
  return `${finding.ruleId}@${finding.range.start}-${finding.range.end}`;
}

/** The finding card that is open, and what its buttons do. */
export interface CardView {
  /** Identifies the card across renders: the same card keeps its focus and place. */
  key: string;
  finding: Finding;
  /** The flagged words, as "Ignore this phrase" would store them. */
  phrase: string;
  /** The line box of the finding it explains (or the field, when the finding is out of view). */
  anchor: Box;
  /** Opened from the keyboard: focus moves into the card and returns to the field when it closes. */
  takesFocus: boolean;
  applyFix(fix: Fix): void;
  ignore(): void;
  /** Absent when nobody stores ignored phrases: the card then offers no such button. */
  ignorePhrase?: () => void;
  disableRule?: () => void;
  close(options: { returnFocus: boolean }): void;
}

/** The list of a field's findings, opened from its badge. */
export interface FindingListView {
  fieldId: number;
  items: { key: string; finding: Finding; phrase: string }[];
  choose(index: number): void;
  close(options: { returnFocus: boolean }): void;
}

/** Everything Attune shows on a page at one moment. */
export interface LayerView {
  fields: readonly FieldView[];
  card: CardView | null;
  list: FindingListView | null;
  /** Read out politely by screen readers when it changes. */
  announcement: string;
  onOpenList(fieldId: number): void;
}

import type { Severity } from '../engine/types';
import type { Box } from './geometry';

/** What the overlay draws for one finding: its line boxes over the field's text, in viewport coordinates. */
export interface UnderlineView {
  key: string;
  ruleId: string;
  severity: Severity;
  start: number;
  end: number;
  boxes: Box[];
}

/** What the overlay draws for one field with findings. */
export interface FieldView {
  id: number;
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

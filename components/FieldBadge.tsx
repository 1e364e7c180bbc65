import type { Severity } from '@/lib/engine/types';
import type { Box } from '@/lib/page/geometry';

interface FieldBadgeProps {
  count: number;
  severity: Severity;
  /** The visible part of the field; the badge sits inside its bottom-right corner. */
  corner: Box;
}

/** The field's "Problems" count, like VS Code's status bar; absent when there is nothing to say. */
export function FieldBadge({ count, severity, corner }: FieldBadgeProps) {
  if (count === 0) return null;
  const label = `Attune: ${count} ${count === 1 ? 'suggestion' : 'suggestions'}`;
  return (
    <div
      className={`attune-badge attune-badge--${severity}`}
      data-attune-badge=""
      role="status"
      aria-label={label}
      style={{ left: corner.left + corner.width, top: corner.top + corner.height }}
    >
      {count}
    </div>
  );
}

import type { Ref } from 'react';
import type { Severity } from '@/lib/engine/types';
import type { Box } from '@/lib/page/geometry';

interface FieldBadgeProps {
  count: number;
  severity: Severity;
  /** The visible part of the field; the badge sits inside its bottom-right corner. */
  corner: Box;
  /** Whether the list of findings it opens is showing. */
  expanded: boolean;
  onOpenList(): void;
  ref?: Ref<HTMLButtonElement>;
}

/** The field's "Problems" count, like VS Code's status bar; a click lists the findings. Absent when there is nothing to say. */
export function FieldBadge({ count, severity, corner, expanded, onOpenList, ref }: FieldBadgeProps) {
  if (count === 0) return null;
  const label = `Attune: ${count} ${count === 1 ? 'suggestion' : 'suggestions'}`;
  return (
    <button
      ref={ref}
      type="button"
      className={`attune-badge attune-badge--${severity}`}
      data-attune-badge=""
      aria-label={label}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      style={{ left: corner.left + corner.width, top: corner.top + corner.height }}
      onClick={onOpenList}
    >
      {count}
    </button>
  );
}

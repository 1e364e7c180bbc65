import type { UnderlineView } from '@/lib/page/field-view';
import { unionBox, type Box } from '@/lib/page/geometry';

interface FindingUnderlineProps {
  underline: UnderlineView;
  /** Top-left of the positioned container, to turn viewport boxes into offsets. */
  origin: Pick<Box, 'left' | 'top'>;
  /** False when the CSS Custom Highlight API draws the squiggle and these boxes only mark the place. */
  painted: boolean;
}

/** A finding's place over the text: its bounding box, with one squiggled segment per line. */
export function FindingUnderline({ underline, origin, painted }: FindingUnderlineProps) {
  const bounds = unionBox(underline.boxes);
  if (!bounds) return null;
  return (
    <div
      className={`attune-underline attune-underline--${underline.severity}`}
      data-attune-underline=""
      data-rule={underline.ruleId}
      data-start={underline.start}
      data-end={underline.end}
      data-painted={painted}
      style={{ left: bounds.left - origin.left, top: bounds.top - origin.top, width: bounds.width, height: bounds.height }}
    >
      {underline.boxes.map((box, index) => (
        <span
          key={index}
          className="attune-underline__segment"
          data-attune-segment=""
          style={{ left: box.left - bounds.left, top: box.top - bounds.top, width: box.width, height: box.height }}
        />
      ))}
    </div>
  );
}

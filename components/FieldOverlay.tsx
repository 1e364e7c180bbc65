import type { FieldView } from '@/lib/page/field-view';
import { FieldBadge } from './FieldBadge';
import { FindingUnderline } from './FindingUnderline';

/** One field's underlines, clipped to the part of the field on screen, and its badge. */
export function FieldOverlay({ field }: { field: FieldView }) {
  const { clip } = field;
  return (
    <>
      <div
        className="attune-field"
        data-attune-field={field.id}
        style={{ left: clip.left, top: clip.top, width: clip.width, height: clip.height }}
      >
        {field.underlines.map((underline) => (
          <FindingUnderline key={underline.key} underline={underline} origin={clip} painted={field.paintsSquiggles} />
        ))}
      </div>
      <FieldBadge count={field.findingCount} severity={field.severity} corner={clip} />
    </>
  );
}

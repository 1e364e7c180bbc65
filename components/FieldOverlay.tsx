import { useRef } from 'react';
import type { FieldView, FindingListView } from '@/lib/page/field-view';
import { FieldBadge } from './FieldBadge';
import { FindingList } from './FindingList';
import { FindingUnderline } from './FindingUnderline';

interface FieldOverlayProps {
  field: FieldView;
  /** The field's list of findings, when it is open. */
  list?: FindingListView | null;
  onOpenList?: (fieldId: number) => void;
}

/** One field's underlines, clipped to the part of the field on screen, and its badge. */
export function FieldOverlay({ field, list = null, onOpenList }: FieldOverlayProps) {
  const { clip } = field;
  const badge = useRef<HTMLButtonElement>(null);
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
      <FieldBadge
        ref={badge}
        count={field.findingCount}
        severity={field.severity}
        corner={clip}
        expanded={list !== null}
        onOpenList={() => onOpenList?.(field.id)}
      />
      {list && <FindingList list={list} badge={badge} />}
    </>
  );
}

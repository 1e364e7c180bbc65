import type { CardView, FieldView, FindingListView } from '@/lib/page/field-view';
import { FieldOverlay } from './FieldOverlay';
import { FindingCard } from './FindingCard';

interface ReviewLayerProps {
  fields: readonly FieldView[];
  card?: CardView | null;
  list?: FindingListView | null;
  /** Read out politely by screen readers when it changes (the count, a finding moved to). */
  announcement?: string;
  onOpenList?: (fieldId: number) => void;
}

/**
 * Attune's whole on-page UI: a viewport-sized layer that never takes a click from the page; only
 * the badges and the open card or list do.
 */
export function ReviewLayer({ fields, card = null, list = null, announcement = '', onOpenList }: ReviewLayerProps) {
  return (
    <div className="attune-layer" data-attune-layer="">
      {fields.map((field) => (
        <FieldOverlay key={field.id} field={field} list={list?.fieldId === field.id ? list : null} onOpenList={onOpenList} />
      ))}
      {card && <FindingCard key={card.key} card={card} />}
      <div className="attune-visually-hidden" role="status" aria-live="polite" data-attune-announcer="">
        {announcement}
      </div>
    </div>
  );
}

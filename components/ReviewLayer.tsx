import type { FieldView } from '@/lib/page/field-view';
import { FieldOverlay } from './FieldOverlay';

/** Attune's whole on-page UI: a viewport-sized layer that never takes a click from the page. */
export function ReviewLayer({ fields }: { fields: readonly FieldView[] }) {
  return (
    <div className="attune-layer" data-attune-layer="">
      {fields.map((field) => (
        <FieldOverlay key={field.id} field={field} />
      ))}
    </div>
  );
}

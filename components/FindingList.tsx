import { useEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import type { FindingListView } from '@/lib/page/field-view';
import { moveFocusForKey } from '@/lib/page/roving-focus';
import { useAnchoredPosition } from './use-anchored-position';

interface FindingListProps {
  list: FindingListView;
  /** The badge it opened from. */
  badge: RefObject<HTMLElement | null>;
}

/** All of a field's findings, VS Code "Problems" style, opened from the badge; choosing one opens its card. */
export function FindingList({ list, badge }: FindingListProps) {
  const ref = useRef<HTMLDivElement>(null);
  const position = useAnchoredPosition(ref, badge, 'top-end');
  const count = list.items.length;

  // Only once placed: a list still hidden for measuring cannot take focus.
  const placed = position !== null;
  useEffect(() => {
    if (placed) ref.current?.querySelector('button')?.focus();
  }, [placed]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') list.close({ returnFocus: true });
    else if (!moveFocusForKey(event.currentTarget, event.target as Element, event.key)) return;
    event.preventDefault();
  };
  const onBlur = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    // A click on the badge toggles the list itself.
    if (!event.currentTarget.contains(next) && next !== badge.current) list.close({ returnFocus: false });
  };

  return (
    <div
      ref={ref}
      role="dialog"
      aria-label="Attune suggestions"
      className="attune-popup attune-list"
      data-attune-list={list.fieldId}
      style={position ? { left: position.left, top: position.top, maxHeight: position.maxHeight } : { visibility: 'hidden' }}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <p className="attune-list__title" aria-hidden="true">
        {count} {count === 1 ? 'suggestion' : 'suggestions'}
      </p>
      <ul className="attune-list__items">
        {list.items.map((item, index) => (
          <li key={item.key}>
            <button
              type="button"
              className={`attune-list__item attune-list__item--${item.finding.severity}`}
              data-attune-list-item={item.finding.ruleId}
              onClick={() => list.choose(index)}
            >
              <span className="attune-severity-dot" aria-hidden="true" />
              <span className="attune-list__message">{item.finding.message}</span>
              <q className="attune-list__phrase">{item.phrase}</q>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

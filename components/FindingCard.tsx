import { useEffect, useId, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import type { CardView } from '@/lib/page/field-view';
import { moveFocusForKey } from '@/lib/page/roving-focus';
import { useAnchoredPosition } from './use-anchored-position';

/**
 * A finding explained, VS Code hover style: the message, a short why, the quick fixes as buttons
 * (the preferred one first) and ways to silence it. A non-modal dialog; arrows move between its
 * buttons, Enter applies, Esc closes.
 */
export function FindingCard({ card }: { card: CardView }) {
  const { finding } = card;
  const ref = useRef<HTMLDivElement>(null);
  const position = useAnchoredPosition(ref, card.anchor, 'bottom-start');
  const titleId = useId();
  const whyId = useId();

  // Only once placed: a card still hidden for measuring cannot take focus.
  const placed = position !== null;
  useEffect(() => {
    if (card.takesFocus && placed) ref.current?.querySelector('button')?.focus();
  }, [card.takesFocus, placed]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') card.close({ returnFocus: true });
    else if (!moveFocusForKey(event.currentTarget, event.target as Element, event.key)) return;
    event.preventDefault();
  };
  // Tabbing or clicking away closes it, as a menu would.
  const onBlur = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) card.close({ returnFocus: false });
  };

  return (
    <div
      ref={ref}
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={whyId}
      className={`attune-popup attune-card attune-card--${finding.severity}`}
      data-attune-card={card.key}
      data-rule={finding.ruleId}
      style={position ? { left: position.left, top: position.top, maxHeight: position.maxHeight } : { visibility: 'hidden' }}
      // A click on the card keeps the caret where it is in the field.
      onMouseDown={(event) => event.preventDefault()}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <p className="attune-card__message" id={titleId}>
        <span className="attune-severity-dot" aria-hidden="true" />
        {finding.message}
      </p>
      <p className="attune-card__why" id={whyId}>
        {finding.why}
      </p>
      <div className="attune-card__fixes" role="group" aria-label="Quick fixes">
        {finding.fixes.map((fix, index) => (
          <button
            key={index}
            type="button"
            className={fix.isPreferred ? 'attune-button attune-button--preferred' : 'attune-button'}
            data-attune-fix={fix.kind}
            onClick={() => card.applyFix(fix)}
          >
            {fix.title}
          </button>
        ))}
      </div>
      <div className="attune-card__footer">
        <div className="attune-card__silence" role="group" aria-label="Silence this suggestion">
          <button type="button" className="attune-link" data-attune-action="ignore" onClick={card.ignore}>
            Ignore
          </button>
          {card.ignorePhrase && (
            <button type="button" className="attune-link" data-attune-action="ignore-phrase" onClick={card.ignorePhrase}>
              Ignore this phrase
            </button>
          )}
          {card.disableRule && (
            <button type="button" className="attune-link" data-attune-action="disable-rule" onClick={card.disableRule}>
              Disable rule
            </button>
          )}
        </div>
        <span className="attune-card__source">Attune · {finding.ruleId}</span>
      </div>
    </div>
  );
}

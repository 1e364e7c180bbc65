import type { TabStatus } from '@/lib/settings/tab-status';

interface ActiveFieldStatusProps {
  status: TabStatus;
  onClearReplyTo: () => void;
}

/** What Attune sees in the page: suggestions in the field being written and the message being replied to. */
export function ActiveFieldStatus({ status, onClearReplyTo }: ActiveFieldStatusProps) {
  const { findings, replyTo } = status;
  return (
    <section className="field-status" aria-label="Active field">
      <p className="field-status__count">
        {findings === 0 ? 'No suggestions' : `${findings} ${findings === 1 ? 'suggestion' : 'suggestions'}`} in the active field
      </p>
      {replyTo !== undefined && (
        <div className="reply-to">
          <div className="reply-to__header">
            <h2>Replying to</h2>
            <button type="button" className="button" onClick={onClearReplyTo} aria-label="Clear the message being replied to">
              Clear
            </button>
          </div>
          <blockquote className="reply-to__text">
            {replyTo}
          </blockquote>
        </div>
      )}
    </section>
  );
}

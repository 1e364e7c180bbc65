import { useId, useState } from 'react';
import { browser } from '#imports';
import { siteSwitchFor } from '@/lib/settings/site-switch';
import { addSite, removeSite } from '@/lib/settings/storage';

interface SiteToggleProps {
  pageUrl: string;
  host: string;
  /** The pattern this switch adds or removes: the page's scheme and host. */
  pattern: string;
  sites: string[];
}

/** The popup's on/off switch for reviewing writing on the current site. */
export function SiteToggle({ pageUrl, host, pattern, sites }: SiteToggleProps) {
  const labelId = useId();
  const noteId = useId();
  const [isPending, setIsPending] = useState(false);
  const [message, setMessage] = useState('');
  const { isOn, broaderPattern } = siteSwitchFor(sites, pageUrl, pattern);
  const isLocked = isPending || broaderPattern !== undefined;

  function handleClick() {
    if (isLocked) return;
    setMessage('');
    if (isOn) {
      setIsPending(true);
      removeSite(pattern)
        .catch((reason: unknown) => setMessage(`Attune could not turn off here: ${describeError(reason)}`))
        .finally(() => setIsPending(false));
      return;
    }
    // The browser shows its permission prompt only during the click, so the request goes out before anything is awaited.
    const permission = browser.permissions.request({ origins: [pattern] });
    setIsPending(true);
    permission
      .then(async (granted) => {
        if (granted) await addSite(pattern);
        else setMessage(`Attune stays off: it was not given access to ${host}.`);
      })
      .catch((reason: unknown) => setMessage(`Attune could not turn on here: ${describeError(reason)}`))
      .finally(() => setIsPending(false));
  }

  return (
    <div className="site-toggle">
      <div className="site-toggle__row">
        <span id={labelId} className="site-toggle__label">
          Review my writing on <strong>{host}</strong>
        </span>
        <button
          type="button"
          role="switch"
          className="switch"
          aria-checked={isOn}
          aria-labelledby={labelId}
          aria-describedby={broaderPattern ? noteId : undefined}
          aria-disabled={isLocked ? true : undefined}
          onClick={handleClick}
        />
      </div>
      {broaderPattern && (
        <p id={noteId} className="hint">
          On through <code>{broaderPattern}</code>. Change it in Attune’s options.
        </p>
      )}
      <p className="error" role="status">
        {message}
      </p>
    </div>
  );
}

function describeError(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

import { useEffect, useState } from 'react';
import { browser } from '#imports';
import { parseSitePattern } from '@/lib/settings/site-patterns';
import { addSite, removeSite } from '@/lib/settings/storage';
import { AddItemForm } from './AddItemForm';

interface SiteListProps {
  sites: string[];
  onSave: (change: Promise<void>) => void;
}

/** The Sites section: where Attune reviews writing, with a form to add a site by URL or pattern. */
export function SiteList({ sites, onSave }: SiteListProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const allowed = useAllowedSites(sites);

  function handleAdd() {
    const checked = parseSitePattern(input);
    if (!checked.ok) return setError(checked.error);
    const pattern = checked.value;
    if (sites.includes(pattern)) return setError(`"${pattern}" is already in the list.`);
    // The browser shows its permission prompt only during the user's action, so nothing is awaited before asking.
    const permission = browser.permissions.request({ origins: [pattern] });
    setError(undefined);
    permission
      .then(async (granted) => {
        if (!granted) return setError(`Attune was not given access to ${pattern}, so the site was not added.`);
        await addSite(pattern);
        allowed.markAllowed(pattern);
        setInput('');
        setAnnouncement(`Added ${pattern}.`);
      })
      .catch((reason: unknown) => setError(`Attune could not add ${pattern}: ${describeError(reason)}`));
  }

  function handleAllow(pattern: string) {
    browser.permissions
      .request({ origins: [pattern] })
      .then((granted) => {
        if (granted) allowed.markAllowed(pattern);
        setAnnouncement(granted ? `Allowed ${pattern}.` : `Attune was not given access to ${pattern}.`);
      })
      .catch((reason: unknown) => setAnnouncement(`Attune could not ask for access to ${pattern}: ${describeError(reason)}`));
  }

  function handleRemove(pattern: string) {
    onSave(removeSite(pattern).then(() => setAnnouncement(`Removed ${pattern}.`)));
  }

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <p className="section-intro">Attune reviews your writing only on these sites.</p>
      {sites.length === 0 ? (
        <p className="empty">No sites yet. Add one here, or use the Attune button in the toolbar while you are on the site.</p>
      ) : (
        <ul className="item-list">
          {sites.map((pattern) => (
            <li key={pattern} className="item-list__row">
              <code className="item-list__text">{pattern}</code>
              {allowed.isMissing(pattern) && (
                <>
                  <span className="item-list__note">Not allowed in this browser yet</span>
                  <button type="button" className="button" onClick={() => handleAllow(pattern)} aria-label={`Allow ${pattern}`}>
                    Allow
                  </button>
                </>
              )}
              <button type="button" className="button" onClick={() => handleRemove(pattern)} aria-label={`Remove ${pattern}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddItemForm
        id="site"
        label="Add a site"
        value={input}
        onChange={setInput}
        onAdd={handleAdd}
        error={error}
        plain
        hint="A page address (https://portal.example.org/inbox), a host (portal.example.org) or a match pattern (*://*.forum.example/*)."
      />
      <p className="status" role="status">
        {announcement}
      </p>
    </section>
  );
}

/** Sites sync between browsers but permissions do not, so a synced site may still need allowing here. */
function useAllowedSites(sites: string[]) {
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let isCurrent = true;
    void Promise.all(
      sites.map((pattern) =>
        browser.permissions.contains({ origins: [pattern] }).then(
          (granted) => (granted ? undefined : pattern),
          () => undefined,
        ),
      ),
    ).then((results) => {
      if (isCurrent) setMissing(new Set(results.filter((pattern) => pattern !== undefined)));
    });
    return () => {
      isCurrent = false;
    };
  }, [sites]);
  return {
    isMissing: (pattern: string) => missing.has(pattern),
    markAllowed: (pattern: string) => setMissing((current) => new Set([...current].filter((site) => site !== pattern))),
  };
}

function describeError(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

import { useState } from 'react';
import { updateSetting } from '@/lib/settings/storage';
import { checkNewIgnoredPhrase } from '@/lib/settings/validate';
import { AddItemForm } from './AddItemForm';

interface IgnoredPhrasesProps {
  phrases: string[];
  onSave: (change: Promise<void>) => void;
}

/** The Ignored phrases section: wording the user never wants flagged, matched regardless of case. */
export function IgnoredPhrases({ phrases, onSave }: IgnoredPhrasesProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string>();
  const [announcement, setAnnouncement] = useState('');

  function handleAdd() {
    const checked = checkNewIgnoredPhrase(input, phrases);
    if (!checked.ok) return setError(checked.error);
    setError(undefined);
    onSave(
      // The typed phrase stays in the field until it is saved, so a refused save loses nothing.
      updateSetting('ignoredPhrases', (current) => [...current, checked.value]).then(() => {
        setInput('');
        setAnnouncement(`"${checked.value}" will no longer be flagged.`);
      }),
    );
  }

  function handleRemove(phrase: string) {
    onSave(
      updateSetting('ignoredPhrases', (current) => current.filter((ignored) => ignored !== phrase)).then(() =>
        setAnnouncement(`"${phrase}" can be flagged again.`),
      ),
    );
  }

  return (
    <section aria-labelledby="phrases-heading">
      <h2 id="phrases-heading">Ignored phrases</h2>
      <p className="section-intro">Attune never flags text that contains one of these phrases.</p>
      {phrases.length === 0 ? (
        <p className="empty">No ignored phrases. Choose “Ignore this phrase” on a suggestion, or add one here.</p>
      ) : (
        <ul className="item-list">
          {phrases.map((phrase) => (
            <li key={phrase} className="item-list__row">
              <span className="item-list__text">{phrase}</span>
              <button type="button" className="button" onClick={() => handleRemove(phrase)} aria-label={`Remove "${phrase}"`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddItemForm id="ignored-phrase" label="Add a phrase" value={input} onChange={setInput} onAdd={handleAdd} error={error} />
      <p className="status" role="status">
        {announcement}
      </p>
    </section>
  );
}

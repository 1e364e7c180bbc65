import { useState, type ChangeEvent } from 'react';
import { importSettings } from '@/lib/settings/storage';
import { exportSettingsFile } from '@/lib/settings/transfer';
import type { Settings } from '@/lib/settings/model';

interface SettingsTransferProps {
  settings: Settings;
}

interface Outcome {
  isError: boolean;
  message: string;
}

/** The Export and import section: settings to and from a JSON file. */
export function SettingsTransfer({ settings }: SettingsTransferProps) {
  const [outcome, setOutcome] = useState<Outcome>();

  function handleExport() {
    const url = URL.createObjectURL(new Blob([exportSettingsFile(settings)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'attune-settings.json';
    link.click();
    URL.revokeObjectURL(url);
    setOutcome({ isError: false, message: 'Settings exported to attune-settings.json.' });
  }

  async function handleImport(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // Cleared at once so choosing the same file again imports it again.
    input.value = '';
    const result = await file.text().then(importSettings, () => ({ ok: false, error: 'The file could not be read.' }) as const);
    setOutcome(
      result.ok
        ? { isError: false, message: `Settings imported from ${file.name}.` }
        : { isError: true, message: `Nothing was imported from ${file.name}. ${result.error}` },
    );
  }

  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Export and import</h2>
      <p className="section-intro">Move your settings to another browser, or keep a copy. The file holds settings only, never text you wrote.</p>
      <div className="transfer-actions">
        <button type="button" className="button" onClick={handleExport}>
          Export settings
        </button>
        <label className="button file-button">
          Import settings…
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={handleImport} />
        </label>
      </div>
      <p id="transfer-outcome" className={outcome?.isError ? 'error' : 'success'} role="status">
        {outcome?.message}
      </p>
    </section>
  );
}

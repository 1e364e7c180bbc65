import '@/assets/theme.css';
import '@/entrypoints/options/style.css';
import { useCallback, useEffect, useState } from 'react';
import { rules } from '@/lib/rules';
import { readSettings, watchSettings, type SettingsSnapshot } from '@/lib/settings/storage';
import { settingLabels } from '@/lib/settings/model';
import { IgnoredPhrases } from './IgnoredPhrases';
import { ReflectionStyle } from './ReflectionStyle';
import { RuleSettings } from './RuleSettings';
import { SettingsTransfer } from './SettingsTransfer';
import { SiteList } from './SiteList';
import { SiteOverrides } from './SiteOverrides';

/** The options page: every setting, kept in step with changes made in the popup or another window. */
export function OptionsApp() {
  const [snapshot, setSnapshot] = useState<SettingsSnapshot>();
  const [saveError, setSaveError] = useState<string>();

  useEffect(() => {
    let isMounted = true;
    // A change seen by the watcher is newer than this first read, so the first read never overwrites it.
    void readSettings().then((first) => {
      if (isMounted) setSnapshot((current) => current ?? first);
    });
    const unwatch = watchSettings(setSnapshot);
    return () => {
      isMounted = false;
      unwatch();
    };
  }, []);

  const save = useCallback((change: Promise<void>) => {
    setSaveError(undefined);
    change.catch((reason: unknown) => {
      setSaveError(`Attune could not save that change: ${reason instanceof Error ? reason.message : String(reason)}`);
    });
  }, []);

  return (
    <main className="options" aria-busy={snapshot === undefined}>
      <header className="options__header">
        <h1>Attune options</h1>
        <p className="section-intro">
          Attune reviews replies on the sites you choose and suggests reflecting the other person’s feeling. Everything runs on
          this device; only these settings are stored.
        </p>
      </header>
      {snapshot && (
        <>
          {snapshot.readError !== undefined && (
            <div className="notice" role="status">
              Attune could not read its saved settings ({snapshot.readError}), so these are the defaults. Changes can’t be saved until
              it can.
            </div>
          )}
          {snapshot.resetItems.length > 0 && (
            <div className="notice" role="status">
              Some saved settings could not be read, so Attune is using the defaults for:{' '}
              {snapshot.resetItems.map((name) => settingLabels[name]).join(', ')}. Changing one of them saves it again.
            </div>
          )}
          {saveError && (
            <p className="error" role="alert">
              {saveError}
            </p>
          )}
          <SiteList sites={snapshot.settings.sites} onSave={save} />
          <RuleSettings rules={rules} choices={snapshot.settings.rules} onSave={save} />
          <IgnoredPhrases phrases={snapshot.settings.ignoredPhrases} onSave={save} />
          <ReflectionStyle preferences={snapshot.settings.reflection} onSave={save} />
          <SiteOverrides rules={rules} settings={snapshot.settings} onSave={save} />
          <SettingsTransfer settings={snapshot.settings} />
        </>
      )}
    </main>
  );
}

import { storage, type WxtStorageItem } from '#imports';
import type { Severity } from '../engine/types';
import { migrateSitesToPatterns } from './migrations';
import { parseSettingsFile } from './transfer';
import { defaultSettings, settingNames, settingVersions, type Checked, type SettingName, type Settings } from './model';
import { checkNewIgnoredPhrase, settingValidators } from './validate';

const defaults = defaultSettings();

/**
 * One sync storage item per setting, so a malformed value resets only its own setting
 * and each stays under the browser's per-item sync quota.
 * Values are typed as stored by this code; `readSettings` checks what is actually there.
 */
export const settingItems: { [Name in SettingName]: WxtStorageItem<Settings[Name], {}> } = {
  sites: storage.defineItem<string[]>('sync:sites', {
    fallback: defaults.sites,
    version: settingVersions.sites,
    migrations: { 2: migrateSitesToPatterns },
  }),
  rules: storage.defineItem('sync:rules', { fallback: defaults.rules, version: settingVersions.rules }),
  ignoredPhrases: storage.defineItem('sync:ignoredPhrases', {
    fallback: defaults.ignoredPhrases,
    version: settingVersions.ignoredPhrases,
  }),
  reflection: storage.defineItem('sync:reflection', { fallback: defaults.reflection, version: settingVersions.reflection }),
  siteOverrides: storage.defineItem('sync:siteOverrides', {
    fallback: defaults.siteOverrides,
    version: settingVersions.siteOverrides,
  }),
};

export interface SettingsSnapshot {
  settings: Settings;
  /** Settings whose stored value was malformed and reads as the default, for the options page's notice. */
  resetItems: SettingName[];
}

/**
 * Reads every setting, falling back to the default for any malformed one. The stored value is left as it is
 * (it may come from a newer Attune on another synced device) until the user changes that setting.
 */
export async function readSettings(): Promise<SettingsSnapshot> {
  const [sites, rules, ignoredPhrases, reflection, siteOverrides] = await Promise.all([
    readSetting('sites'),
    readSetting('rules'),
    readSetting('ignoredPhrases'),
    readSetting('reflection'),
    readSetting('siteOverrides'),
  ]);
  const wasReset: Record<SettingName, boolean> = {
    sites: sites.wasReset,
    rules: rules.wasReset,
    ignoredPhrases: ignoredPhrases.wasReset,
    reflection: reflection.wasReset,
    siteOverrides: siteOverrides.wasReset,
  };
  return {
    settings: {
      sites: sites.value,
      rules: rules.value,
      ignoredPhrases: ignoredPhrases.value,
      reflection: reflection.value,
      siteOverrides: siteOverrides.value,
    },
    resetItems: settingNames.filter((name) => wasReset[name]),
  };
}

async function readSetting<Name extends SettingName>(name: Name): Promise<{ value: Settings[Name]; wasReset: boolean }> {
  const checked = settingValidators[name](await settingItems[name].getValue());
  if (checked.ok) return { value: checked.value, wasReset: false };
  return { value: defaultSettings()[name], wasReset: true };
}

/** Calls `onChange` with fresh settings whenever any of them changes, here or in another extension page. */
export function watchSettings(onChange: (snapshot: SettingsSnapshot) => void): () => void {
  let latestRead = 0;
  const reread = () => {
    const read = ++latestRead;
    // Reads can finish out of order; only the newest may report.
    void readSettings().then((snapshot) => {
      if (read === latestRead) onChange(snapshot);
    });
  };
  const unwatchers = settingNames.map((name) => settingItems[name].watch(reread));
  return () => unwatchers.forEach((unwatch) => unwatch());
}

/** Changes one setting from its current stored value, so edits from the popup and options page don't overwrite each other. */
export async function updateSetting<Name extends SettingName>(
  name: Name,
  update: (current: Settings[Name]) => Settings[Name],
): Promise<void> {
  const { value } = await readSetting(name);
  const checked = settingValidators[name](update(value));
  if (!checked.ok) throw new Error(`Refusing to store an invalid ${name} setting: ${checked.error}`);
  await settingItems[name].setValue(checked.value);
}

/** Turns Attune on for a site; `pattern` must come from `parseSitePattern` or `siteForPage`. */
export function addSite(pattern: string): Promise<void> {
  return updateSetting('sites', (sites) => (sites.includes(pattern) ? sites : [...sites, pattern]));
}

/** Turns Attune off for a site and forgets its rule overrides. */
export async function removeSite(pattern: string): Promise<void> {
  await updateSetting('sites', (sites) => sites.filter((site) => site !== pattern));
  await updateSetting('siteOverrides', (overrides) =>
    Object.fromEntries(Object.entries(overrides).filter(([site]) => site !== pattern)),
  );
}

/** Never flags `phrase` again (a finding card's "Ignore this phrase"); one already ignored, empty or too long changes nothing. */
export function ignorePhrase(phrase: string): Promise<void> {
  return updateSetting('ignoredPhrases', (phrases) => {
    const checked = checkNewIgnoredPhrase(phrase, phrases);
    return checked.ok ? [...phrases, checked.value] : phrases;
  });
}

/** Turns a rule off everywhere (a finding card's "Disable rule"), keeping the severity the user chose for it, if any. */
export function disableRule(ruleId: string, defaultSeverity: Severity): Promise<void> {
  return updateSetting('rules', (choices) => ({ ...choices, [ruleId]: { enabled: false, severity: choices[ruleId]?.severity ?? defaultSeverity } }));
}

/** Replaces every setting with an exported file's, or changes nothing and says why. */
export async function importSettings(fileText: string): Promise<Checked<Settings>> {
  const file = parseSettingsFile(fileText);
  if (!file.ok) return file;
  try {
    // One write for all items: the browser applies it whole or not at all (e.g. over the sync quota).
    await storage.setItems(settingNames.map((name) => ({ item: settingItems[name], value: file.value[name] })));
    // setItems skips the version metadata that setValue keeps, without which sites would migrate again at startup.
    await storage.setMetas(settingNames.map((name) => ({ item: settingItems[name], meta: { v: settingVersions[name] } })));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The browser could not save these settings (${reason}).` };
  }
  return file;
}

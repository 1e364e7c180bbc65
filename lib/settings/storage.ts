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
  /** Why the stored settings could not be read at all (the browser's storage failed); the defaults stand in. */
  readError?: string;
}

/**
 * Reads every setting, falling back to the default for any malformed one. The stored value is left as it is
 * (it may come from a newer Attune on another synced device) until the user changes that setting. When the browser
 * cannot read its storage, the defaults stand in and `readError` says why; nothing is written over what is stored.
 */
export async function readSettings(): Promise<SettingsSnapshot> {
  const [sites, rules, ignoredPhrases, reflection, siteOverrides] = await Promise.all([
    readSettingOrDefault('sites'),
    readSettingOrDefault('rules'),
    readSettingOrDefault('ignoredPhrases'),
    readSettingOrDefault('reflection'),
    readSettingOrDefault('siteOverrides'),
  ]);
  const wasReset: Record<SettingName, boolean> = {
    sites: sites.wasReset,
    rules: rules.wasReset,
    ignoredPhrases: ignoredPhrases.wasReset,
    reflection: reflection.wasReset,
    siteOverrides: siteOverrides.wasReset,
  };
  const readError = [sites, rules, ignoredPhrases, reflection, siteOverrides].find((read) => read.readError)?.readError;
  return {
    settings: {
      sites: sites.value,
      rules: rules.value,
      ignoredPhrases: ignoredPhrases.value,
      reflection: reflection.value,
      siteOverrides: siteOverrides.value,
    },
    resetItems: settingNames.filter((name) => wasReset[name]),
    ...(readError !== undefined && { readError }),
  };
}

interface SettingRead<Value> {
  value: Value;
  wasReset: boolean;
}

/** A setting as stored, or its default when malformed; rejects when the browser cannot read its storage. */
async function readSetting<Name extends SettingName>(name: Name): Promise<SettingRead<Settings[Name]>> {
  const checked = settingValidators[name](await settingItems[name].getValue());
  if (checked.ok) return { value: checked.value, wasReset: false };
  return { value: defaultSettings()[name], wasReset: true };
}

async function readSettingOrDefault<Name extends SettingName>(name: Name): Promise<SettingRead<Settings[Name]> & { readError?: string }> {
  try {
    return await readSetting(name);
  } catch (error) {
    return { value: defaultSettings()[name], wasReset: false, readError: describeError(error) };
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Calls `onChange` with fresh settings whenever any of them changes, here or in another extension page. A re-read
 * the browser fails is not reported: the watcher keeps the settings it has rather than hearing the defaults.
 */
export function watchSettings(onChange: (snapshot: SettingsSnapshot) => void): () => void {
  let latestRead = 0;
  const reread = () => {
    const read = ++latestRead;
    // Reads can finish out of order; only the newest may report.
    void readSettings().then((snapshot) => {
      if (read === latestRead && snapshot.readError === undefined) onChange(snapshot);
    });
  };
  const unwatchers = settingNames.map((name) => settingItems[name].watch(reread));
  return () => unwatchers.forEach((unwatch) => unwatch());
}

/**
 * Changes one setting from its current stored value, so edits from the popup and options page don't overwrite each
 * other. Rejects, writing nothing, when the browser cannot read the stored value or refuses the write.
 */
export async function updateSetting<Name extends SettingName>(
  name: Name,
  update: (current: Settings[Name]) => Settings[Name],
): Promise<void> {
  const { value } = await readSetting(name);
  const checked = settingValidators[name](update(value));
  if (!checked.ok) throw new Error(`Refusing to store an invalid ${name} setting: ${checked.error}`);
  try {
    await settingItems[name].setValue(checked.value);
  } catch (error) {
    throw new Error(describeSaveError(error), { cause: error });
  }
}

/** Why the browser refused a save, in words a user can act on, with the browser's own reason for support. */
function describeSaveError(error: unknown): string {
  const reason = describeError(error);
  if (/MAX_WRITE_OPERATIONS/i.test(reason)) return `too many changes were saved in a short time; try again in a minute (${reason})`;
  if (/quota/i.test(reason)) return `the browser’s storage for synced settings is full (${reason})`;
  return reason;
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
    return { ok: false, error: `The browser could not save these settings (${describeError(error)}).` };
  }
  return file;
}

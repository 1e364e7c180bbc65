import { settingLabels, settingNames, type Checked, type SettingName, type Settings } from './model';
import { isPlainObject, settingValidators } from './validate';

/** The settings model's version: 2 since sites became match patterns (see migrations.ts). */
export const settingsFileVersion = 2;

/** The JSON a user downloads from the options page. */
export function exportSettingsFile(settings: Settings): string {
  return `${JSON.stringify({ attune: 'settings', version: settingsFileVersion, ...settings }, null, 2)}\n`;
}

/** Reads an exported file in full; any problem rejects the whole file, so a bad import changes nothing. */
export function parseSettingsFile(text: string): Checked<Settings> {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not valid JSON, so it cannot be Attune settings.' };
  }
  if (!isPlainObject(file) || file.attune !== 'settings') {
    return { ok: false, error: 'This file is not an Attune settings export (it has no "attune": "settings" marker).' };
  }
  if (typeof file.version === 'number' && file.version > settingsFileVersion) {
    return { ok: false, error: `This file comes from a newer Attune (settings version ${file.version}). Update Attune, then import it again.` };
  }
  if (file.version !== settingsFileVersion) {
    return { ok: false, error: `This file has an unsupported settings version (${JSON.stringify(file.version)}); expected ${settingsFileVersion}.` };
  }
  const unknownKey = Object.keys(file).find((key) => key !== 'attune' && key !== 'version' && !isSettingName(key));
  if (unknownKey !== undefined) return { ok: false, error: `This file has an unknown setting "${unknownKey}".` };

  const missing = settingNames.find((name) => !(name in file));
  if (missing !== undefined) return { ok: false, error: `This file has no "${missing}" (${settingLabels[missing]}) setting.` };
  return checkSettings(file);
}

function checkSettings(file: Record<string, unknown>): Checked<Settings> {
  const sites = settingValidators.sites(file.sites);
  if (!sites.ok) return inSetting('sites', sites.error);
  const rules = settingValidators.rules(file.rules);
  if (!rules.ok) return inSetting('rules', rules.error);
  const ignoredPhrases = settingValidators.ignoredPhrases(file.ignoredPhrases);
  if (!ignoredPhrases.ok) return inSetting('ignoredPhrases', ignoredPhrases.error);
  const reflection = settingValidators.reflection(file.reflection);
  if (!reflection.ok) return inSetting('reflection', reflection.error);
  const siteOverrides = settingValidators.siteOverrides(file.siteOverrides);
  if (!siteOverrides.ok) return inSetting('siteOverrides', siteOverrides.error);
  return {
    ok: true,
    value: {
      sites: sites.value,
      rules: rules.value,
      ignoredPhrases: ignoredPhrases.value,
      reflection: reflection.value,
      siteOverrides: siteOverrides.value,
    },
  };
}

function inSetting(name: SettingName, error: string): Checked<Settings> {
  return { ok: false, error: `${settingLabels[name]} ("${name}"): ${error}` };
}

function isSettingName(key: string): key is SettingName {
  return settingNames.some((name) => name === key);
}

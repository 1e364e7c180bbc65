import type { Severity } from '../engine/types';
import { parseSitePattern } from './site-patterns';
import {
  severities,
  type Checked,
  type ReflectionPreferences,
  type RuleChoice,
  type RuleSettings,
  type SettingName,
  type Settings,
  type SiteRuleOverrides,
} from './model';

const maxIgnoredPhraseLength = 200;

/**
 * Checks a value read from storage or from an imported file, and returns a normalized copy.
 * Shapes are checked strictly; rule ids are not, so settings synced from a newer Attune keep rules this one lacks.
 */
export const settingValidators: { [Name in SettingName]: (value: unknown) => Checked<Settings[Name]> } = {
  sites: checkSites,
  rules: checkRuleSettings,
  ignoredPhrases: checkIgnoredPhrases,
  reflection: checkReflection,
  siteOverrides: checkSiteOverrides,
};

function checkSites(value: unknown): Checked<string[]> {
  if (!Array.isArray(value)) return fail('expected a list of site patterns');
  const sites: string[] = [];
  for (const entry of value) {
    if (typeof entry !== 'string') return fail(`expected site patterns as text, found ${describe(entry)}`);
    const pattern = parseSitePattern(entry);
    if (!pattern.ok) return pattern;
    if (!sites.includes(pattern.value)) sites.push(pattern.value);
  }
  return { ok: true, value: sites };
}

function checkRuleSettings(value: unknown): Checked<RuleSettings> {
  if (!isPlainObject(value)) return fail('expected an object of rule ids');
  const rules: RuleSettings = {};
  for (const [ruleId, choice] of Object.entries(value)) {
    const checked = checkRuleChoice(choice);
    if (!checked.ok) return fail(`rule "${ruleId}": ${checked.error}`);
    rules[ruleId] = checked.value;
  }
  return { ok: true, value: rules };
}

function checkRuleChoice(value: unknown): Checked<RuleChoice> {
  if (!isPlainObject(value)) return fail('expected { "enabled": true or false, "severity": … }');
  const unknownField = findUnknownField(value, ['enabled', 'severity']);
  if (unknownField) return fail(`unknown field "${unknownField}"`);
  if (typeof value.enabled !== 'boolean') return fail('"enabled" must be true or false');
  if (!isSeverity(value.severity)) return fail(`"severity" must be one of ${severities.join(', ')}`);
  return { ok: true, value: { enabled: value.enabled, severity: value.severity } };
}

function checkIgnoredPhrases(value: unknown): Checked<string[]> {
  if (!Array.isArray(value)) return fail('expected a list of phrases');
  const phrases: string[] = [];
  for (const entry of value) {
    if (typeof entry !== 'string') return fail(`expected phrases as text, found ${describe(entry)}`);
    const phrase = tidyPhrase(entry);
    if (phrase === '') return fail('a phrase cannot be empty');
    if (phrase.length > maxIgnoredPhraseLength) return fail(`"${phrase.slice(0, 40)}…" is longer than ${maxIgnoredPhraseLength} characters`);
    if (!isAlreadyIgnored(phrase, phrases)) phrases.push(phrase);
  }
  return { ok: true, value: phrases };
}

/** Checks a phrase the user is adding to the ignored list. */
export function checkNewIgnoredPhrase(input: string, ignoredPhrases: readonly string[]): Checked<string> {
  const phrase = tidyPhrase(input);
  if (phrase === '') return fail('Enter a phrase to ignore.');
  if (phrase.length > maxIgnoredPhraseLength) return fail(`Keep a phrase under ${maxIgnoredPhraseLength} characters.`);
  if (isAlreadyIgnored(phrase, ignoredPhrases)) return fail(`"${phrase}" is already ignored.`);
  return { ok: true, value: phrase };
}

function tidyPhrase(input: string): string {
  return input.trim().replace(/\s+/g, ' ');
}

/** The engine ignores case when it matches a phrase, so "Me too" repeats "me too". */
function isAlreadyIgnored(phrase: string, ignoredPhrases: readonly string[]): boolean {
  return ignoredPhrases.some((ignored) => ignored.toLowerCase() === phrase.toLowerCase());
}

function checkReflection(value: unknown): Checked<ReflectionPreferences> {
  if (!isPlainObject(value)) return fail('expected { "checkIn": true or false }');
  const unknownField = findUnknownField(value, ['checkIn']);
  if (unknownField) return fail(`unknown field "${unknownField}"`);
  if (typeof value.checkIn !== 'boolean') return fail('"checkIn" must be true or false');
  return { ok: true, value: { checkIn: value.checkIn } };
}

function checkSiteOverrides(value: unknown): Checked<SiteRuleOverrides> {
  if (!isPlainObject(value)) return fail('expected an object of site patterns');
  const overrides: SiteRuleOverrides = {};
  for (const [site, ruleOverrides] of Object.entries(value)) {
    const pattern = parseSitePattern(site);
    if (!pattern.ok) return pattern;
    if (!isPlainObject(ruleOverrides)) return fail(`site "${site}": expected an object of rule ids`);
    for (const [ruleId, override] of Object.entries(ruleOverrides)) {
      if (!isPlainObject(override) || typeof override.enabled !== 'boolean' || findUnknownField(override, ['enabled'])) {
        return fail(`site "${site}", rule "${ruleId}": expected { "enabled": true or false }`);
      }
      overrides[pattern.value] = { ...overrides[pattern.value], [ruleId]: { enabled: override.enabled } };
    }
  }
  return { ok: true, value: overrides };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSeverity(value: unknown): value is Severity {
  return severities.some((severity) => severity === value);
}

function findUnknownField(value: Record<string, unknown>, known: readonly string[]): string | undefined {
  return Object.keys(value).find((key) => !known.includes(key));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function fail<T>(error: string): Checked<T> {
  return { ok: false, error };
}

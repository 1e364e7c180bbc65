// The settings model: what Attune stores, its names on the options page, and its defaults.
import type { Severity } from '../engine/types';

/** A rule the user has set; rules without an entry keep their defaults, so new rules arrive switched on. */
export interface RuleChoice {
  enabled: boolean;
  severity: Severity;
}

export type RuleSettings = Record<string, RuleChoice>;

export interface ReflectionPreferences {
  /** Always end a suggested reflection with a check-in question ("Is that right?"). */
  checkIn: boolean;
}

/** Rules switched on or off for one site, keyed by the site's match pattern, then by rule id. */
export type SiteRuleOverrides = Record<string, Record<string, { enabled: boolean }>>;

/** Everything Attune stores. Only choices the user made — never draft or incoming text. */
export interface Settings {
  /** Match patterns of the sites where Attune reviews writing, such as `https://portal.example.org/*`. */
  sites: string[];
  rules: RuleSettings;
  ignoredPhrases: string[];
  reflection: ReflectionPreferences;
  siteOverrides: SiteRuleOverrides;
}

export type SettingName = keyof Settings;

/** What each setting is called on the options page, e.g. in the notice about values that were reset. */
export const settingLabels: Record<SettingName, string> = {
  sites: 'Sites',
  rules: 'Rules',
  ignoredPhrases: 'Ignored phrases',
  reflection: 'Reflection style',
  siteOverrides: 'Per-site overrides',
};

export const settingNames = Object.keys(settingLabels) as SettingName[];

/**
 * Each setting's schema version, stored beside it (as `{ v }` under the item's key plus `$`); a migration to
 * version n is keyed n in its storage item's `migrations`.
 */
export const settingVersions: Record<SettingName, number> = {
  sites: 2,
  rules: 1,
  ignoredPhrases: 1,
  reflection: 1,
  siteOverrides: 1,
};

export const severities: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** The outcome of checking input: the normalized value, or a message for the user. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

export function defaultSettings(): Settings {
  return { sites: [], rules: {}, ignoredPhrases: [], reflection: { checkIn: true }, siteOverrides: {} };
}

import type { RuleSetting } from '../engine/types';
import { patternMatchesUrl } from './site-patterns';
import type { ReflectionPreferences, Settings } from './model';

export interface PageSettings {
  /** Whether any enabled site pattern covers the page. */
  enabled: boolean;
  /** Rule choices with the page's per-site overrides applied; rules without an entry keep their defaults. */
  rules: Record<string, RuleSetting>;
  ignoredPhrases: string[];
  reflection: ReflectionPreferences;
}

/** The settings that apply on one page, ready for the engine's `analyze` options. */
export function settingsForPage(settings: Settings, url: string): PageSettings {
  const rules: Record<string, RuleSetting> = { ...settings.rules };
  for (const [pattern, overrides] of Object.entries(settings.siteOverrides)) {
    if (!patternMatchesUrl(pattern, url)) continue;
    for (const [ruleId, { enabled }] of Object.entries(overrides)) {
      rules[ruleId] = { ...rules[ruleId], enabled };
    }
  }
  return {
    enabled: settings.sites.some((pattern) => patternMatchesUrl(pattern, url)),
    rules,
    ignoredPhrases: settings.ignoredPhrases,
    reflection: settings.reflection,
  };
}

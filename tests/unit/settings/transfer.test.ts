import { describe, expect, it } from 'vitest';
import { exportSettingsFile, parseSettingsFile } from '../../../lib/settings/transfer';
import { defaultSettings, type Settings } from '../../../lib/settings/model';

const customized: Settings = {
  sites: ['https://portal.example.org/*', '*://*.forum.example/*'],
  rules: { 'me-too': { enabled: false, severity: 'warning' }, 'self-focus': { enabled: true, severity: 'hint' } },
  ignoredPhrases: ['same here', 'I hear you'],
  reflection: { checkIn: true },
  siteOverrides: { '*://*.forum.example/*': { 'self-story': { enabled: false } } },
};

const fileWith = (changes: Record<string, unknown>) =>
  JSON.stringify({ ...JSON.parse(exportSettingsFile(customized)), ...changes });

describe('settings export', () => {
  it('is marked as Attune settings with the model version', () => {
    expect(JSON.parse(exportSettingsFile(defaultSettings()))).toEqual({ attune: 'settings', version: 2, ...defaultSettings() });
  });

  it.each([
    ['defaults', defaultSettings()],
    ['customized settings', customized],
  ])('round-trips %s', (_, settings) => {
    expect(parseSettingsFile(exportSettingsFile(settings))).toEqual({ ok: true, value: settings });
  });

  it('normalizes what a hand-edited file spells loosely', () => {
    const result = parseSettingsFile(
      fileWith({ sites: ['Example.org', 'https://example.org/page'], ignoredPhrases: ['  me   too ', 'Me too'] }),
    );
    expect(result).toMatchObject({ ok: true, value: { sites: ['https://example.org/*'], ignoredPhrases: ['me too'] } });
  });

  it('keeps choices for rules this version does not know, as a newer Attune exports them', () => {
    const rules = { 'future-rule': { enabled: false, severity: 'info' } };
    expect(parseSettingsFile(fileWith({ rules }))).toMatchObject({ ok: true, value: { rules } });
  });
});

describe('settings import rejects', () => {
  it.each([
    ['invalid JSON', '{"attune": "settings",', 'This file is not valid JSON, so it cannot be Attune settings.'],
    ['an empty file', '', 'This file is not valid JSON, so it cannot be Attune settings.'],
    ['a JSON list', '[]', 'This file is not an Attune settings export (it has no "attune": "settings" marker).'],
    ['a foreign file', '{"name": "my-extension", "version": 2}', 'This file is not an Attune settings export (it has no "attune": "settings" marker).'],
    ['a newer version', fileWith({ version: 3 }), 'This file comes from a newer Attune (settings version 3). Update Attune, then import it again.'],
    ['an older version', fileWith({ version: 1 }), 'This file has an unsupported settings version (1); expected 2.'],
    ['a version as text', fileWith({ version: '2' }), 'This file has an unsupported settings version ("2"); expected 2.'],
    ['an unknown setting', fileWith({ theme: 'dark' }), 'This file has an unknown setting "theme".'],
    ['a missing setting', JSON.stringify({ attune: 'settings', version: 2, sites: [] }), 'This file has no "rules" (Rules) setting.'],
    ['sites that are not a list', fileWith({ sites: 'example.org' }), 'Sites ("sites"): expected a list of site patterns'],
    ['a site that is not text', fileWith({ sites: [42] }), 'Sites ("sites"): expected site patterns as text, found number 42'],
    ['an invalid site', fileWith({ sites: ['ftp://x'] }), 'Sites ("sites"): "ftp://x" — only http and https sites can be reviewed'],
    ['rules as a list', fileWith({ rules: [] }), 'Rules ("rules"): expected an object of rule ids'],
    ['a rule without enabled', fileWith({ rules: { 'me-too': { severity: 'info' } } }), 'Rules ("rules"): rule "me-too": "enabled" must be true or false'],
    ['an unknown severity', fileWith({ rules: { 'me-too': { enabled: true, severity: 'loud' } } }), 'Rules ("rules"): rule "me-too": "severity" must be one of error, warning, info, hint'],
    ['an unknown rule field', fileWith({ rules: { 'me-too': { enabled: true, severity: 'info', colour: 'red' } } }), 'Rules ("rules"): rule "me-too": unknown field "colour"'],
    ['a rule set to true', fileWith({ rules: { 'me-too': true } }), 'Rules ("rules"): rule "me-too": expected { "enabled": true or false, "severity": … }'],
    ['a phrase that is not text', fileWith({ ignoredPhrases: [null] }), 'Ignored phrases ("ignoredPhrases"): expected phrases as text, found null'],
    ['an empty phrase', fileWith({ ignoredPhrases: ['  '] }), 'Ignored phrases ("ignoredPhrases"): a phrase cannot be empty'],
    ['a phrase too long', fileWith({ ignoredPhrases: ['x'.repeat(201)] }), `Ignored phrases ("ignoredPhrases"): "${'x'.repeat(40)}…" is longer than 200 characters`],
    ['reflection as text', fileWith({ reflection: 'always' }), 'Reflection style ("reflection"): expected { "checkIn": true or false }'],
    ['a check-in as text', fileWith({ reflection: { checkIn: 'yes' } }), 'Reflection style ("reflection"): "checkIn" must be true or false'],
    ['an override for an invalid site', fileWith({ siteOverrides: { 'chrome://x': {} } }), 'Per-site overrides ("siteOverrides"): "chrome://x" — only http and https sites can be reviewed'],
    ['an override that is not an object', fileWith({ siteOverrides: { 'https://a.example/*': { 'me-too': false } } }), 'Per-site overrides ("siteOverrides"): site "https://a.example/*", rule "me-too": expected { "enabled": true or false }'],
  ])('%s', (_, text, error) => {
    expect(parseSettingsFile(text)).toEqual({ ok: false, error });
  });
});

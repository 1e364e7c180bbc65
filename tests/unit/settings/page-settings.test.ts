import { describe, expect, it } from 'vitest';
import { settingsForPage } from '../../../lib/settings/page-settings';
import { defaultSettings, type Settings } from '../../../lib/settings/model';

const settings: Settings = {
  ...defaultSettings(),
  sites: ['https://portal.example.org/*', '*://*.forum.example/*'],
  rules: { 'me-too': { enabled: true, severity: 'error' }, 'self-focus': { enabled: false, severity: 'info' } },
  ignoredPhrases: ['same here'],
  siteOverrides: {
    '*://*.forum.example/*': { 'me-too': { enabled: false }, 'self-story': { enabled: false } },
    'https://portal.example.org/*': { 'self-focus': { enabled: true } },
  },
};

describe('settingsForPage', () => {
  it('is off on a site nobody turned on, with the global rule choices', () => {
    expect(settingsForPage(settings, 'https://elsewhere.example/')).toEqual({
      enabled: false,
      rules: settings.rules,
      ignoredPhrases: ['same here'],
      reflection: { checkIn: true },
    });
  });

  it('applies the overrides of the site the page is on', () => {
    expect(settingsForPage(settings, 'https://talk.forum.example/t/1')).toMatchObject({
      enabled: true,
      rules: {
        'me-too': { enabled: false, severity: 'error' },
        'self-story': { enabled: false },
        'self-focus': { enabled: false, severity: 'info' },
      },
    });
  });

  it('lets a site switch on a rule that is off everywhere else', () => {
    expect(settingsForPage(settings, 'https://portal.example.org/inbox').rules['self-focus']).toEqual({ enabled: true, severity: 'info' });
  });

  it('leaves the stored settings untouched', () => {
    settingsForPage(settings, 'https://talk.forum.example/t/1');
    expect(settings.rules['me-too']).toEqual({ enabled: true, severity: 'error' });
  });
});

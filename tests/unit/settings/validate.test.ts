import { describe, expect, it } from 'vitest';
import { checkNewIgnoredPhrase, settingValidators } from '../../../lib/settings/validate';

describe('checkNewIgnoredPhrase', () => {
  const ignored = ['same here'];

  it.each([
    ['me too', 'me too'],
    ['  I   hear you ', 'I hear you'],
    ['same here, honestly', 'same here, honestly'],
  ])('accepts %j as %j', (input, phrase) => {
    expect(checkNewIgnoredPhrase(input, ignored)).toEqual({ ok: true, value: phrase });
  });

  it.each([
    ['', 'Enter a phrase to ignore.'],
    ['   ', 'Enter a phrase to ignore.'],
    ['Same Here', '"Same Here" is already ignored.'],
    ['x'.repeat(201), 'Keep a phrase under 200 characters.'],
  ])('rejects %j', (input, error) => {
    expect(checkNewIgnoredPhrase(input, ignored)).toEqual({ ok: false, error });
  });
});

describe('stored values', () => {
  it('drop repeated sites and phrases rather than reject them', () => {
    expect(settingValidators.sites(['example.org', 'https://example.org/*'])).toEqual({ ok: true, value: ['https://example.org/*'] });
    expect(settingValidators.ignoredPhrases(['me too', 'Me  too'])).toEqual({ ok: true, value: ['me too'] });
  });

  it('merge overrides whose patterns normalize to the same site', () => {
    expect(
      settingValidators.siteOverrides({
        'Example.org': { 'me-too': { enabled: false } },
        'https://example.org/*': { 'self-story': { enabled: false } },
      }),
    ).toEqual({ ok: true, value: { 'https://example.org/*': { 'me-too': { enabled: false }, 'self-story': { enabled: false } } } });
  });

  it.each([null, 42, 'on', []])('reject rule settings of %j', (value) => {
    expect(settingValidators.rules(value).ok).toBe(false);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disableRule, ignorePhrase } from '@/lib/settings/storage';

const stored = () => fakeBrowser.storage.sync.get(['ignoredPhrases', 'rules']);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('ignorePhrase (a finding card’s "Ignore this phrase")', () => {
  it('adds the phrase, tidied', async () => {
    await ignorePhrase('  I know   exactly how you feel ');
    expect(await stored()).toMatchObject({ ignoredPhrases: ['I know exactly how you feel'] });
  });

  it.each([
    ['a phrase already ignored, in other case', 'ME TOO'],
    ['an empty phrase', '   '],
    ['a phrase too long to be a phrase', 'word '.repeat(60)],
  ])('changes nothing for %s', async (_, phrase) => {
    await fakeBrowser.storage.sync.set({ ignoredPhrases: ['me too'] });
    await ignorePhrase(phrase);
    expect(await stored()).toMatchObject({ ignoredPhrases: ['me too'] });
  });
});

describe('disableRule (a finding card’s "Disable rule")', () => {
  it('turns the rule off with its default severity when the user never chose one', async () => {
    await disableRule('me-too', 'warning');
    expect(await stored()).toMatchObject({ rules: { 'me-too': { enabled: false, severity: 'warning' } } });
  });

  it('keeps the severity the user chose, and the other rules as they were', async () => {
    await fakeBrowser.storage.sync.set({
      rules: { 'me-too': { enabled: true, severity: 'error' }, 'self-story': { enabled: false, severity: 'hint' } },
    });
    await disableRule('me-too', 'warning');
    expect(await stored()).toMatchObject({
      rules: { 'me-too': { enabled: false, severity: 'error' }, 'self-story': { enabled: false, severity: 'hint' } },
    });
  });
});

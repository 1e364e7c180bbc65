import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addSite,
  importSettings,
  readSettings,
  removeSite,
  settingItems,
  updateSetting,
  watchSettings,
} from '../../../lib/settings/storage';
import { exportSettingsFile } from '../../../lib/settings/transfer';
import { defaultSettings, type Settings } from '../../../lib/settings/model';

const customized: Settings = {
  sites: ['https://portal.example.org/*', '*://*.forum.example/*'],
  rules: { 'me-too': { enabled: false, severity: 'warning' } },
  ignoredPhrases: ['same here'],
  reflection: { checkIn: true },
  siteOverrides: { '*://*.forum.example/*': { 'self-story': { enabled: false } } },
};

const storedSync = () => fakeBrowser.storage.sync.get(null);

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('reading settings', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await readSettings()).toEqual({ settings: defaultSettings(), resetItems: [] });
  });

  it('keeps each setting in its own sync item', async () => {
    await updateSetting('ignoredPhrases', () => ['same here']);
    await updateSetting('reflection', () => ({ checkIn: true }));
    expect(await storedSync()).toMatchObject({ ignoredPhrases: ['same here'], reflection: { checkIn: true } });
    expect((await readSettings()).settings).toMatchObject({ ignoredPhrases: ['same here'], reflection: { checkIn: true } });
  });

  it('falls back to the default for each malformed item only, and names it', async () => {
    await fakeBrowser.storage.sync.set({
      sites: 'portal.example.org',
      rules: { 'me-too': 'off' },
      ignoredPhrases: ['same here'],
      reflection: { checkIn: 'sometimes' },
    });
    expect(await readSettings()).toEqual({
      settings: { ...defaultSettings(), ignoredPhrases: ['same here'] },
      resetItems: ['sites', 'rules', 'reflection'],
    });
  });

  it('leaves a malformed value in storage until the user changes that setting', async () => {
    await fakeBrowser.storage.sync.set({ rules: { 'me-too': { enabled: 'no' } } });
    await readSettings();
    expect(await storedSync()).toMatchObject({ rules: { 'me-too': { enabled: 'no' } } });

    await updateSetting('rules', (rules) => ({ ...rules, 'me-too': { enabled: false, severity: 'info' } }));
    expect(await readSettings()).toEqual({
      settings: { ...defaultSettings(), rules: { 'me-too': { enabled: false, severity: 'info' } } },
      resetItems: [],
    });
  });

  it('reports every change to a watcher, from any extension page', async () => {
    const onChange = vi.fn();
    const unwatch = watchSettings(onChange);
    await addSite('https://portal.example.org/*');
    await vi.waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith({
        settings: { ...defaultSettings(), sites: ['https://portal.example.org/*'] },
        resetItems: [],
      }),
    );
    unwatch();
    onChange.mockClear();
    await addSite('https://other.example/*');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('changing settings', () => {
  it('adds a site once', async () => {
    await addSite('https://portal.example.org/*');
    await addSite('https://portal.example.org/*');
    expect(await settingItems.sites.getValue()).toEqual(['https://portal.example.org/*']);
  });

  it('removes a site together with its overrides', async () => {
    await updateSetting('sites', () => customized.sites);
    await updateSetting('siteOverrides', () => ({
      ...customized.siteOverrides,
      'https://portal.example.org/*': { 'me-too': { enabled: false } },
    }));
    await removeSite('*://*.forum.example/*');
    expect((await readSettings()).settings).toMatchObject({
      sites: ['https://portal.example.org/*'],
      siteOverrides: { 'https://portal.example.org/*': { 'me-too': { enabled: false } } },
    });
  });

  it('refuses to store an invalid value', async () => {
    await expect(updateSetting('sites', () => ['ftp://x'])).rejects.toThrow('only http and https sites can be reviewed');
    expect(await storedSync()).toEqual({});
  });
});

describe('sites migration v1 → v2', () => {
  it('turns the bare host names of v1 into match patterns and records version 2', async () => {
    await fakeBrowser.storage.sync.set({
      sites: ['portal.example.org', 'Forum.Example.org', 'not a host', 42, 'portal.example.org'],
    });
    await settingItems.sites.migrate();
    expect(await storedSync()).toEqual({
      sites: ['https://portal.example.org/*', 'https://forum.example.org/*'],
      sites$: { v: 2 },
    });
    expect(await readSettings()).toMatchObject({
      settings: { sites: ['https://portal.example.org/*', 'https://forum.example.org/*'] },
      resetItems: [],
    });
  });

  it('leaves version 2 values alone', async () => {
    await fakeBrowser.storage.sync.set({ sites: ['*://*.forum.example/*'], sites$: { v: 2 } });
    await settingItems.sites.migrate();
    expect(await storedSync()).toEqual({ sites: ['*://*.forum.example/*'], sites$: { v: 2 } });
  });

  it('hands a v1 value that is not a list to the read check, which resets it with a notice', async () => {
    await fakeBrowser.storage.sync.set({ sites: 'portal.example.org' });
    await settingItems.sites.migrate();
    expect(await readSettings()).toMatchObject({ settings: { sites: [] }, resetItems: ['sites'] });
  });
});

describe('importing settings', () => {
  it('round-trips an export through storage, versions included', async () => {
    expect(await importSettings(exportSettingsFile(customized))).toEqual({ ok: true, value: customized });
    expect(await readSettings()).toEqual({ settings: customized, resetItems: [] });
    expect(await storedSync()).toMatchObject({ sites$: { v: 2 }, rules$: { v: 1 } });

    const exported = exportSettingsFile((await readSettings()).settings);
    fakeBrowser.reset();
    await importSettings(exported);
    expect((await readSettings()).settings).toEqual(customized);
  });

  it.each([
    ['invalid JSON', '{'],
    ['a foreign file', '{"name": "other"}'],
    ['a bad value', JSON.stringify({ attune: 'settings', version: 2, ...defaultSettings(), sites: ['ftp://x'] })],
  ])('changes nothing for %s', async (_, text) => {
    await importSettings(exportSettingsFile(customized));
    const before = await storedSync();
    const result = await importSettings(text);
    expect(result.ok).toBe(false);
    expect(await storedSync()).toEqual(before);
  });

  it('says so when the browser refuses the write, e.g. over the sync quota', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    expect(await importSettings(exportSettingsFile(customized))).toEqual({
      ok: false,
      error: 'The browser could not save these settings (QUOTA_BYTES_PER_ITEM quota exceeded).',
    });
    expect(await storedSync()).toEqual({});
  });
});

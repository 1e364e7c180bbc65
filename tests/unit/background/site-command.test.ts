import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toggleSite } from '@/entrypoints/background/site-command';

const PAGE = 'https://portal.example.org/inbox/42';
const PATTERN = 'https://portal.example.org/*';
const storedSites = async () => (await fakeBrowser.storage.sync.get('sites')).sites;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the keyboard command that toggles the current site', () => {
  it('asks for the site, then turns it on', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => true);
    await toggleSite(PAGE);
    expect(request).toHaveBeenCalledWith({ origins: [PATTERN] });
    expect(await storedSites()).toEqual([PATTERN]);
  });

  it('stays off when the permission is refused or cannot be asked for', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request')
      .mockImplementationOnce(async () => false)
      .mockImplementationOnce(async () => {
        throw new Error('This function must be called during a user gesture');
      });
    await toggleSite(PAGE);
    await toggleSite(PAGE);
    expect(await storedSites()).toBeUndefined();
  });

  it('turns a site that is on off, and forgets its overrides', async () => {
    await fakeBrowser.storage.sync.set({ sites: [PATTERN], siteOverrides: { [PATTERN]: { 'me-too': { enabled: false } } } });
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => true);
    await toggleSite(PAGE);
    expect(await fakeBrowser.storage.sync.get(['sites', 'siteOverrides'])).toEqual({ sites: [], siteOverrides: {} });
  });

  it('leaves a site on through a broader pattern to the options page', async () => {
    await fakeBrowser.storage.sync.set({ sites: ['*://*.example.org/*'] });
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => true);
    await toggleSite(PAGE);
    expect(await storedSites()).toEqual(['*://*.example.org/*']);
  });

  it.each(['chrome://extensions/', 'https://chromewebstore.google.com/detail/abc'])('does nothing on %s, where no extension runs', async (url) => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    await toggleSite(url);
    expect(request).not.toHaveBeenCalled();
    expect(await storedSites()).toBeUndefined();
  });
});

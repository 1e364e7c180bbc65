import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REVIEW_SCRIPT_FILE, REVIEW_SCRIPT_ID, syncSites, turnOffSitesThatLostPermission } from '@/entrypoints/background/site-activation';
import { patternMatchesUrl } from '@/lib/settings/site-patterns';
import { readSettings } from '@/lib/settings/storage';
import { stopReviewRequest } from '@/lib/settings/tab-status';

const PORTAL = 'https://portal.example.org/*';
const FORUM = 'https://forum.example/*';
const WIDE_FORUM = '*://*.forum.example/*';

/** The browser's side of things: granted origins, registered scripts and open tabs. */
let granted: string[];
let registered: { id: string; matches: string[]; js: string[]; allFrames: boolean }[];
const openTabs = [
  { id: 1, url: 'https://portal.example.org/inbox/42' },
  { id: 2, url: 'https://forum.example/t/7' },
  { id: 3, url: 'https://news.example/' },
];

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  granted = [PORTAL, FORUM, WIDE_FORUM];
  registered = [];
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) => origins.every((origin) => granted.includes(origin)));
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => structuredClone(registered));
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    registered = scripts.map(({ id, matches = [], js = [], allFrames = false }) => ({ id, matches, js, allFrames }));
  });
  vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation(async ([script]) => {
    registered = registered.map((existing) => ({ ...existing, matches: script?.matches ?? existing.matches }));
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async () => {
    registered = [];
  });
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async () => []);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => undefined);
  // Match patterns, as the browser filters tabs by them.
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async ({ url = [] }) => {
    const patterns = [url].flat();
    return openTabs.filter((tab) => patterns.some((pattern) => patternMatchesUrl(pattern, tab.url))) as Browser.tabs.Tab[];
  });
});

const injectedTabs = () => vi.mocked(fakeBrowser.scripting.executeScript).mock.calls.map(([injection]) => injection.target.tabId);
const stoppedTabs = () => vi.mocked(fakeBrowser.tabs.sendMessage).mock.calls.map(([tabId, message]) => [tabId, message]);

describe('syncSites', () => {
  it('registers the review script in every frame of the sites turned on, and starts it in their open tabs', async () => {
    expect(await syncSites([PORTAL])).toEqual([PORTAL]);

    expect(registered).toEqual([{ id: REVIEW_SCRIPT_ID, matches: [PORTAL], js: [REVIEW_SCRIPT_FILE], allFrames: true }]);
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 1, allFrames: true }, files: [REVIEW_SCRIPT_FILE] });
    expect(injectedTabs()).toEqual([1]);
  });

  it('leaves out sites whose permission is not granted', async () => {
    granted = [FORUM];
    expect(await syncSites([PORTAL, FORUM])).toEqual([FORUM]);
    expect(registered[0]?.matches).toEqual([FORUM]);
    expect(injectedTabs()).toEqual([2]);
  });

  it('starts the script only in tabs of a site just turned on, and changes nothing when nothing changed', async () => {
    await syncSites([PORTAL]);
    vi.mocked(fakeBrowser.scripting.executeScript).mockClear();

    await syncSites([PORTAL, FORUM]);
    expect(registered[0]?.matches).toEqual([PORTAL, FORUM]);
    expect(injectedTabs()).toEqual([2]);

    vi.mocked(fakeBrowser.scripting.executeScript).mockClear();
    await syncSites([PORTAL, FORUM]);
    expect(fakeBrowser.scripting.updateContentScripts).toHaveBeenCalledTimes(1);
    expect(injectedTabs()).toEqual([]);
  });

  it('tells open tabs of a site turned off to stop, and unregisters the script when no site is left', async () => {
    await syncSites([PORTAL, FORUM]);
    await syncSites([FORUM]);
    expect(stoppedTabs()).toEqual([[1, stopReviewRequest]]);

    await syncSites([]);
    expect(registered).toEqual([]);
    expect(stoppedTabs()).toEqual([
      [1, stopReviewRequest],
      [2, stopReviewRequest],
    ]);
  });

  it('keeps a tab going when another site that is still on covers it', async () => {
    await syncSites([FORUM, WIDE_FORUM]);
    await syncSites([WIDE_FORUM]);
    expect(stoppedTabs()).toEqual([]);
  });

  it('starts the script in every open tab of the active sites after an update, replacing orphaned copies', async () => {
    await syncSites([PORTAL, FORUM]);
    vi.mocked(fakeBrowser.scripting.executeScript).mockClear();
    await syncSites([PORTAL, FORUM], { restartOpenTabs: true });
    expect(injectedTabs()).toEqual([1, 2]);
  });

  it('carries on when a tab refuses the script', async () => {
    vi.mocked(fakeBrowser.scripting.executeScript).mockImplementationOnce(async () => {
      throw new Error('Cannot access contents of the page');
    });
    await syncSites([PORTAL, FORUM]);
    expect(injectedTabs()).toEqual([1, 2]);
    expect(registered[0]?.matches).toEqual([PORTAL, FORUM]);
  });
});

describe('turnOffSitesThatLostPermission', () => {
  it('turns off the sites that were on and whose permission was taken back, with their rule overrides', async () => {
    const syncedFromElsewhere = 'https://clinic.example/*';
    await fakeBrowser.storage.sync.set({
      sites: [PORTAL, FORUM, syncedFromElsewhere],
      siteOverrides: { [PORTAL]: { 'me-too': { enabled: false } }, [FORUM]: { 'self-story': { enabled: false } } },
    });
    await syncSites([PORTAL, FORUM, syncedFromElsewhere]);
    granted = [FORUM];

    await turnOffSitesThatLostPermission();

    const { settings } = await readSettings();
    expect(settings.sites).toEqual([FORUM, syncedFromElsewhere]);
    expect(settings.siteOverrides).toEqual({ [FORUM]: { 'self-story': { enabled: false } } });
  });
});

import { browser } from '#imports';
import { patternMatchesUrl } from '@/lib/settings/site-patterns';
import { removeSite } from '@/lib/settings/storage';
import { stopReviewRequest } from '@/lib/settings/tab-status';

/** The review content script as WXT builds it from entrypoints/review.content/; it loads its own CSS into its shadow root. */
export const REVIEW_SCRIPT_FILE = '/content-scripts/review.js';
export const REVIEW_SCRIPT_ID = 'attune-review';

/**
 * Brings the browser in line with the sites the user turned on: the review script registered for those whose
 * origin Attune may access (so new pages get it), started in their open tabs when a site was just turned on,
 * and stopped in open tabs of sites just turned off. The registration itself remembers what was on before,
 * across restarts of the service worker. Returns the sites now active.
 */
export async function syncSites(sites: readonly string[], { restartOpenTabs = false } = {}): Promise<string[]> {
  const active = await sitesWithPermission(sites);
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [REVIEW_SCRIPT_ID] });
  const before = registered?.matches ?? [];
  await register(active, registered);
  const turnedOn = restartOpenTabs ? active : active.filter((site) => !before.includes(site));
  const turnedOff = before.filter((site) => !active.includes(site));
  await Promise.all([startInOpenTabs(turnedOn), stopInOpenTabs(turnedOff, active)]);
  return active;
}

/**
 * Sites that were on here and whose permission was taken back in the browser's own settings are turned off.
 * Sites synced from another device and never allowed in this browser are left for the options page to offer.
 */
export async function turnOffSitesThatLostPermission(): Promise<void> {
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [REVIEW_SCRIPT_ID] });
  const wereOn = registered?.matches ?? [];
  const stillGranted = await sitesWithPermission(wereOn);
  for (const site of wereOn) if (!stillGranted.includes(site)) await removeSite(site);
}

async function sitesWithPermission(sites: readonly string[]): Promise<string[]> {
  const granted = await Promise.all(sites.map((site) => browser.permissions.contains({ origins: [site] })));
  return sites.filter((_, index) => granted[index]);
}

async function register(matches: string[], registered: { matches?: string[] } | undefined): Promise<void> {
  if (matches.length === 0) {
    if (registered) await browser.scripting.unregisterContentScripts({ ids: [REVIEW_SCRIPT_ID] });
    return;
  }
  if (registered && sameSites(registered.matches ?? [], matches)) return;
  // In every frame: portals show their messages inside iframes.
  const script = { id: REVIEW_SCRIPT_ID, matches, js: [REVIEW_SCRIPT_FILE], allFrames: true, runAt: 'document_idle' as const };
  if (registered) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

function sameSites(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((site) => b.includes(site));
}

async function startInOpenTabs(sites: string[]): Promise<void> {
  if (sites.length === 0) return;
  const tabs = await browser.tabs.query({ url: sites });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting
            .executeScript({ target: { tabId: tab.id, allFrames: true }, files: [REVIEW_SCRIPT_FILE] })
            // Error pages and discarded tabs take no script; they get the registered one when they load again.
            .catch(() => undefined),
    ),
  );
}

async function stopInOpenTabs(sites: string[], stillActive: string[]): Promise<void> {
  if (sites.length === 0) return;
  // Tabs of a site whose permission is gone are invisible here; their review stops on its own settings change.
  const tabs = await browser.tabs.query({ url: sites });
  const isStillOn = (url = '') => stillActive.some((site) => patternMatchesUrl(site, url));
  const stopping = tabs.flatMap((tab) => (tab.id === undefined || isStillOn(tab.url) ? [] : [tab.id]));
  await Promise.all(
    stopping.map((tabId) =>
      browser.tabs
        .sendMessage(tabId, stopReviewRequest)
        // A tab whose review never started (still loading, or a page that failed) has no script to hear it.
        .catch(() => undefined),
    ),
  );
}

import { browser } from '#imports';
import { siteForPage } from '@/lib/settings/site-patterns';
import { siteSwitchFor } from '@/lib/settings/site-switch';
import { addSite, readSettings, removeSite } from '@/lib/settings/storage';

/** The manifest command (Alt+Shift+A by default) that turns Attune on or off for the current tab's site. */
export const TOGGLE_SITE_COMMAND = 'toggle-site';

export function listenForSiteCommand(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    // activeTab lets the command see the tab's address.
    if (command === TOGGLE_SITE_COMMAND && tab?.url) void toggleSite(tab.url);
  });
}

/** Does what the popup's switch does for the page at `url`. */
export async function toggleSite(url: string): Promise<void> {
  const site = siteForPage(url);
  if (site.kind !== 'site') return;
  // The browser shows its prompt only while the key press is handled, so the request goes out before anything is
  // awaited; for a site that is on, the permission is already granted and nothing is shown.
  const permission = browser.permissions.request({ origins: [site.pattern] }).catch(() => false);
  const { settings } = await readSettings();
  const { isOn, broaderPattern } = siteSwitchFor(settings.sites, url, site.pattern);
  // A broader pattern is changed in the options page, as the popup says.
  if (broaderPattern !== undefined) return;
  if (isOn) await removeSite(site.pattern);
  else if (await permission) await addSite(site.pattern);
}

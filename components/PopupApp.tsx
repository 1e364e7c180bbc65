import '@/assets/theme.css';
import '@/entrypoints/popup/style.css';
import { useCallback, useEffect, useState, type MouseEvent } from 'react';
import { browser } from '#imports';
import { siteForPage, type PageSite } from '@/lib/settings/site-patterns';
import { readSettings, watchSettings } from '@/lib/settings/storage';
import { clearReplyToRequest, parseTabStatus, tabStatusRequest, type TabStatus } from '@/lib/settings/tab-status';
import { ActiveFieldStatus } from './ActiveFieldStatus';
import { SiteToggle } from './SiteToggle';

interface ActiveTab {
  id?: number;
  url?: string;
  site: PageSite;
}

/** The toolbar popup: the current site, its switch, and what Attune sees in the page. */
export function PopupApp() {
  const activeTab = useActiveTab();
  const sites = useSites();
  const [status, setStatus] = useState<TabStatus>();
  const tabId = activeTab?.site.kind === 'site' ? activeTab.id : undefined;

  const refreshStatus = useCallback(() => {
    if (tabId === undefined) return;
    // No review script in the tab (site off, or not loaded yet) rejects: then there is simply nothing to show.
    browser.tabs.sendMessage(tabId, tabStatusRequest).then(
      (reply: unknown) => setStatus(parseTabStatus(reply)),
      () => setStatus(undefined),
    );
  }, [tabId]);

  // Asked again when sites change: switching the site on or off changes what the page can report.
  useEffect(refreshStatus, [refreshStatus, sites]);

  function handleClearReplyTo() {
    if (tabId === undefined) return;
    browser.tabs.sendMessage(tabId, clearReplyToRequest).then(refreshStatus, refreshStatus);
  }

  function handleOpenOptions(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  }

  return (
    <main className="popup" aria-busy={activeTab === undefined || sites === undefined}>
      <header className="popup__header">
        <h1>Attune</h1>
        <a href={browser.runtime.getURL('/options.html')} onClick={handleOpenOptions}>
          Options
        </a>
      </header>
      {activeTab?.site.kind === 'restricted' && <p>Attune can’t run on this page. Browsers keep extensions off their own pages and stores.</p>}
      {activeTab?.site.kind === 'unknown' && <p>Attune can’t see this page’s address, so it can’t run here.</p>}
      {activeTab?.site.kind === 'site' && activeTab.url !== undefined && sites !== undefined && (
        <>
          <SiteToggle pageUrl={activeTab.url} host={activeTab.site.host} pattern={activeTab.site.pattern} sites={sites} />
          {status && <ActiveFieldStatus status={status} onClearReplyTo={handleClearReplyTo} />}
        </>
      )}
    </main>
  );
}

/**
 * The tab the popup is about: the active tab, or the one named by `popup.html?tab=<id>`. Tests open the popup as a
 * page in a tab of its own, which would make it its own active tab; the toolbar button never adds the query.
 */
function useActiveTab(): ActiveTab | undefined {
  const [activeTab, setActiveTab] = useState<ActiveTab>();
  useEffect(() => {
    const requestedId = new URLSearchParams(location.search).get('tab');
    const tab = requestedId && /^\d+$/.test(requestedId)
      ? browser.tabs.get(Number(requestedId))
      : browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active);
    void tab.then(
      (found) => setActiveTab({ id: found?.id, url: found?.url, site: siteForPage(found?.url) }),
      () => setActiveTab({ site: { kind: 'unknown' } }),
    );
  }, []);
  return activeTab;
}

function useSites(): string[] | undefined {
  const [sites, setSites] = useState<string[]>();
  useEffect(() => {
    let isMounted = true;
    void readSettings().then(({ settings }) => {
      if (isMounted) setSites((current) => current ?? settings.sites);
    });
    const unwatch = watchSettings(({ settings }) => setSites(settings.sites));
    return () => {
      isMounted = false;
      unwatch();
    };
  }, []);
  return sites;
}

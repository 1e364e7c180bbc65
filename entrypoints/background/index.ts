import { browser, defineBackground } from '#imports';
import { readSettings, watchSettings } from '@/lib/settings/storage';
import { listenForReplyMenu, showReplyMenuOn } from './reply-menu';
import { listenForSiteCommand } from './site-command';
import { syncSites, turnOffSitesThatLostPermission } from './site-activation';

export default defineBackground(() => {
  // One change at a time: each sync compares against the registration the previous one left.
  let queue = Promise.resolve();
  const enqueue = (task: () => Promise<void>) => {
    queue = queue.then(task).catch((error: unknown) => console.error('Attune could not update where it runs:', error));
  };
  const sync = (options?: { restartOpenTabs: boolean }) =>
    enqueue(async () => {
      const { settings, readError } = await readSettings();
      // The defaults would turn every site off: where Attune runs stays as it is until the settings can be read.
      if (readError !== undefined) throw new Error(`the settings could not be read (${readError})`);
      await showReplyMenuOn(await syncSites(settings.sites, options));
    });

  sync();
  // After an update the scripts left in open tabs are orphaned; fresh ones replace them.
  browser.runtime.onInstalled.addListener(({ reason }) => sync({ restartOpenTabs: reason === 'update' }));
  watchSettings(() => sync());
  browser.permissions.onAdded.addListener(() => sync());
  browser.permissions.onRemoved.addListener(() => enqueue(turnOffSitesThatLostPermission));
  listenForReplyMenu();
  listenForSiteCommand();
});

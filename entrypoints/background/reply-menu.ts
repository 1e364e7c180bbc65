import { browser } from '#imports';
import { chooseReplyToRequest } from '@/lib/settings/tab-status';

export const REPLY_MENU_ID = 'attune-reply-to';

/** Offers "Reply to this with Attune" on selected text, only on pages where Attune is on. */
export async function showReplyMenuOn(activeSites: readonly string[]): Promise<void> {
  await browser.contextMenus.removeAll();
  if (activeSites.length === 0) return;
  await new Promise<void>((resolve) => {
    browser.contextMenus.create(
      { id: REPLY_MENU_ID, title: 'Reply to this with Attune', contexts: ['selection'], documentUrlPatterns: [...activeSites] },
      // Read so the browser does not report a menu that already exists as an unchecked error.
      () => resolve(void browser.runtime.lastError),
    );
  });
}

export function listenForReplyMenu(): void {
  browser.contextMenus.onClicked.addListener(replyToSelection);
}

/**
 * Hands the selected text to the tab's review script, in every frame, since the reply field may sit in another
 * frame than the selection. It stays in that page's memory; the background keeps nothing.
 */
export function replyToSelection(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): void {
  if (info.menuItemId !== REPLY_MENU_ID || tab?.id === undefined || !info.selectionText) return;
  // A page whose review has not started yet has no one to answer.
  browser.tabs.sendMessage(tab.id, chooseReplyToRequest(info.selectionText)).catch(() => undefined);
}

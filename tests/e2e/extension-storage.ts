import type { BrowserContext, Page } from 'playwright-core';
import { extensionWorker } from './extension-settings';

/** The part of the extension API read here (`chrome` has no types in the tests). */
declare const chrome: {
  storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<Record<string, unknown>> }>;
};

export interface ExtensionStorage {
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
  session: Record<string, unknown>;
}

/** Everything in chrome.storage.local, .sync and .session, read in the service worker as the extension would. */
export async function readExtensionStorage(context: BrowserContext): Promise<ExtensionStorage> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    sync: await chrome.storage.sync.get(null),
    session: await chrome.storage.session.get(null),
  }));
}

export interface WebStorage {
  origin: string;
  localStorage: Record<string, string>;
  sessionStorage: Record<string, string>;
  cookies: string;
  indexedDB: string[];
  caches: string[];
}

/**
 * The web storage of the origin a page is on: for an extension page, the extension's own origin; for a site, the
 * origin a content script shares with the page.
 */
export function readWebStorage(page: Page): Promise<WebStorage> {
  return page.evaluate(async () => ({
    origin: location.origin,
    localStorage: { ...localStorage },
    sessionStorage: { ...sessionStorage },
    cookies: document.cookie,
    indexedDB: (await indexedDB.databases()).map((database) => database.name ?? ''),
    caches: await caches.keys(),
  }));
}

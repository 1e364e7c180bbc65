import type { BrowserContext, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { defaultSettings, settingVersions, type Settings } from '../../lib/settings/model';

/** The fixture sites as Attune stores them: 127.0.0.1 on any port, the origin the test build is granted up front. */
export const FIXTURE_SITE = 'http://127.0.0.1/*';

/** The parts of the extension API the tests call inside the service worker (`chrome` has no types here). */
interface WorkerChrome {
  storage: { sync: { clear(): Promise<void>; set(items: Record<string, unknown>): Promise<void>; get(): Promise<Record<string, unknown>> } };
  scripting: {
    getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]>;
    executeScript(injection: { target: { tabId: number; allFrames?: boolean }; files: string[] }): Promise<unknown>;
  };
  tabs: {
    query(query: { url?: string }): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}
declare const chrome: WorkerChrome;

/** Attune's service worker, where tests read and write what the extension itself would. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * Replaces every stored setting (unnamed ones get their defaults), as an import from the options page would, and
 * waits until the background has registered the review script for exactly `settings.sites`.
 */
export async function writeSettings(context: BrowserContext, settings: Partial<Settings>): Promise<void> {
  const worker = await extensionWorker(context);
  const stored: Record<string, unknown> = {};
  for (const [name, value] of Object.entries({ ...defaultSettings(), ...settings })) {
    stored[name] = value;
    // WXT keeps each item's schema version beside it; without it the item would be migrated again.
    stored[`${name}$`] = { v: settingVersions[name as keyof Settings] };
  }
  await worker.evaluate(async (items) => {
    await chrome.storage.sync.clear();
    await chrome.storage.sync.set(items);
  }, stored);
  await waitForRegisteredSites(context, settings.sites ?? []);
}

/** What is in sync storage now, keyed as stored. */
export async function readStoredSettings(context: BrowserContext): Promise<Record<string, unknown>> {
  const worker = await extensionWorker(context);
  return worker.evaluate(() => chrome.storage.sync.get());
}

/** The sites the review script is registered for; empty when it is not registered. */
export async function registeredSites(context: BrowserContext): Promise<string[]> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () => {
    const scripts = await chrome.scripting.getRegisteredContentScripts();
    return scripts.flatMap((script) => script.matches ?? []).sort();
  });
}

export async function waitForRegisteredSites(context: BrowserContext, sites: string[]): Promise<void> {
  await expect.poll(() => registeredSites(context), { timeout: 5_000 }).toEqual([...sites].sort());
}

/** The id of the tab showing `url`, for `popup.html?tab=<id>`. */
export async function tabIdOf(context: BrowserContext, url: string): Promise<number> {
  const worker = await extensionWorker(context);
  const tabs = await worker.evaluate(() => chrome.tabs.query({}));
  const tab = tabs.find((candidate) => candidate.url === url);
  if (tab?.id === undefined) throw new Error(`No tab shows ${url}`);
  return tab.id;
}

/** Runs the built review script in a tab once more, as the background does for a site just turned on. */
export async function injectReviewScript(context: BrowserContext, tabId: number): Promise<void> {
  const worker = await extensionWorker(context);
  await worker.evaluate(
    (target) => chrome.scripting.executeScript({ target: { tabId: target, allFrames: true }, files: ['/content-scripts/review.js'] }),
    tabId,
  );
}

/** Sends a message to every frame of a tab from the background, as the context menu's click does. */
export async function sendToTab(context: BrowserContext, tabId: number, message: unknown): Promise<void> {
  const worker = await extensionWorker(context);
  await worker.evaluate(({ tabId, message }) => chrome.tabs.sendMessage(tabId, message), { tabId, message });
}

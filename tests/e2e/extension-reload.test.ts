import type { BrowserContext, Page, Worker } from 'playwright-core';
import { recordConsole } from './extension-console';
import { FIXTURE_SITE, readStoredSettings, registeredSites, writeSettings } from './extension-settings';
import { expect, test } from './fixtures';
import { expectTypingStillReviewed, PortalPage } from './pages/portal';

// The extension reloaded (as an update does) under an open page: the old content script is orphaned, cut off from
// the extension, and must go quiet; the fixtures fail a test on any console error or uncaught exception in the page.

const PHRASE = 'I know exactly how you feel';

/** The parts of the extension API used here (`chrome` has no types in the tests). */
declare const chrome: {
  runtime: { reload(): void };
  developerPrivate: { updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void> };
  management: { setEnabled(id: string, enabled: boolean): Promise<void> };
};

/**
 * Chromium keeps an unpacked extension that reloads itself only in developer mode (otherwise it comes back disabled as
 * an "unsupported developer extension"), as for a developer who loaded it from chrome://extensions.
 */
async function turnOnDeveloperMode(context: BrowserContext): Promise<void> {
  await onExtensionsPage(context, () => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
}

/** Does on chrome://extensions what a user would do there, for the extension `extensionId`. */
async function onExtensionsPage(context: BrowserContext, action: (extensionId: string) => Promise<void>, extensionId = ''): Promise<void> {
  const extensionsPage = await context.newPage();
  await extensionsPage.goto('chrome://extensions/');
  await extensionsPage.evaluate(action, extensionId);
  await extensionsPage.close();
}

/** Reloads the extension from its own service worker and waits for the new worker to come up. */
async function reloadExtension(context: BrowserContext, extensionId: string): Promise<Worker> {
  const [oldWorker] = context.serviceWorkers();
  const newWorker = context.waitForEvent('serviceworker', (worker) => worker !== oldWorker && worker.url().startsWith(`chrome-extension://${extensionId}/`));
  // After the evaluation has answered: the worker that would answer it goes away with the reload.
  await oldWorker!.evaluate(() => void setTimeout(() => chrome.runtime.reload(), 0));
  return newWorker;
}

/** How many copies of Attune's layer the page holds: the orphan's must be gone, the new script's alone. */
const attuneHosts = (page: Page) => page.evaluate(() => document.querySelectorAll('attune-review').length);

test.beforeEach(async ({ browser }) => {
  await turnOnDeveloperMode(browser.context);
  await writeSettings(browser.context, { sites: [FIXTURE_SITE] });
});

test('reloaded under a page showing a finding, the old review goes quiet, the new one takes over, and the text is untouched', async ({ page, browser, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.typeReply(`${PHRASE}.`);
  await portal.overlay.waitForUnderlines(1);
  const consoleLog = recordConsole(browser.context);

  const worker = await reloadExtension(browser.context, browser.extensionId);
  expect(new URL(worker.url()).host).toBe(browser.extensionId);

  // The new service worker starts the review again in the open tab; the orphan's layer goes.
  await expect.poll(() => attuneHosts(page), { timeout: 5_000 }).toBe(1);
  await portal.overlay.waitForUnderlines(1);
  await expectTypingStillReviewed(portal, `${PHRASE}.`, 'presumed-understanding');
  expect(await attuneHosts(page)).toBe(1);

  // The settings survived and the new worker registered the script again.
  expect(await readStoredSettings(browser.context)).toMatchObject({ sites: [FIXTURE_SITE] });
  expect(await registeredSites(browser.context)).toEqual([FIXTURE_SITE]);
  consoleLog.stop();
  expect(consoleLog.entries.filter((entry) => entry.type === 'error')).toEqual([]);
});

test('reloaded while the user is typing, every keystroke lands in the field in order and nothing throws', async ({ page, browser, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  const consoleLog = recordConsole(browser.context);
  const draft = `${PHRASE}. Me too, the nights are long here as well. Same here.`;

  const typing = portal.reply.pressSequentially(draft, { delay: 15 });
  await expect.poll(() => portal.reply.inputValue()).not.toBe('');
  await reloadExtension(browser.context, browser.extensionId);
  await typing;

  expect(await portal.reply.inputValue()).toBe(draft);
  await expect.poll(() => attuneHosts(page), { timeout: 5_000 }).toBe(1);
  expect((await portal.overlay.waitForUnderlines(3)).map((underline) => underline.rule)).toEqual(['presumed-understanding', 'me-too', 'me-too']);
  consoleLog.stop();
  expect(consoleLog.entries.filter((entry) => entry.type === 'error')).toEqual([]);
});

test('switched off under an open page, the orphaned review removes itself at the next keystroke and the text is untouched', async ({ page, browser, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.typeReply(`${PHRASE}.`);
  await portal.overlay.waitForUnderlines(1);
  const consoleLog = recordConsole(browser.context);

  await onExtensionsPage(browser.context, (id) => chrome.management.setEnabled(id, false), browser.extensionId);
  try {
    await portal.reply.press('End');
    await portal.typeReply(' Me too!');
    // Nobody replaces it: the orphan notices it is cut off and takes everything of its own away.
    await expect.poll(() => attuneHosts(page), { timeout: 5_000 }).toBe(0);
    expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
    await portal.typeReply(' Same here.');
    expect(await portal.reply.inputValue()).toBe(`${PHRASE}. Me too! Same here.`);
  } finally {
    const worker = browser.context.waitForEvent('serviceworker');
    await onExtensionsPage(browser.context, (id) => chrome.management.setEnabled(id, true), browser.extensionId);
    await worker;
  }
  consoleLog.stop();
  expect(consoleLog.entries.filter((entry) => entry.type === 'error')).toEqual([]);
});

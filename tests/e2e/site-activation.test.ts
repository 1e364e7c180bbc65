import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURE_SITE, injectReviewScript, readStoredSettings, registeredSites, tabIdOf, writeSettings } from './extension-settings';
import { EXTENSION_DIR, expect, test } from './fixtures';
import { ForumPage } from './pages/forum';
import { PopupPage } from './pages/popup';
import { PortalPage } from './pages/portal';

const PHRASE = 'I know exactly how you feel';

/** Everything Attune can leave in a page: its shadow-root host, CSS highlights and the stylesheet it adopts for them. */
function tracesOfAttune(page: Page) {
  return page.evaluate(() => ({
    hosts: document.querySelectorAll('attune-review').length,
    highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('attune-')),
    adoptedSheets: document.adoptedStyleSheets.length,
  }));
}

/** Marks the page from its own script, so a reload (which would clear the mark) can be told apart. */
async function markLoadedPage(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => (document.documentElement.dataset.sameDocument = 'yes'));
  return () => page.evaluate(() => document.documentElement.dataset.sameDocument === 'yes');
}

test('the manifest runs no script on any page by itself and asks only for the test build’s fixture origin', async () => {
  const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.content_scripts).toBeUndefined();
  expect(manifest.host_permissions).toEqual([FIXTURE_SITE]);
  expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  expect(manifest.commands['toggle-site'].suggested_key).toEqual({ default: 'Alt+Shift+A' });
});

test('with every site off, a page gets no review script, even from the origin the build may read', async ({ page, browser, server }) => {
  await writeSettings(browser.context, { sites: [] });
  expect(await registeredSites(browser.context)).toEqual([]);
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.typeReply(`${PHRASE}.`);
  await portal.overlay.waitForAnalysis();
  expect(await tracesOfAttune(page)).toMatchObject({ hosts: 0, highlights: [] });
});

test('turning the site on in the popup underlines a draft in the tab already open, without reloading it', async ({
  page,
  extensionPage,
  browser,
  server,
}) => {
  await writeSettings(browser.context, { sites: [] });
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.typeReply(`${PHRASE}.`);
  await portal.overlay.waitForAnalysis();
  expect(await tracesOfAttune(page)).toMatchObject({ hosts: 0 });
  const isSameDocument = await markLoadedPage(page);

  const popup = new PopupPage(extensionPage, browser.extensionId);
  await popup.open(await tabIdOf(browser.context, page.url()));
  expect(await popup.isSiteOn()).toBe(false);
  await popup.toggleSite();

  const [underline] = await portal.overlay.waitForUnderlines(1);
  expect(underline).toMatchObject({ rule: 'presumed-understanding', start: 0, end: PHRASE.length });
  expect(await isSameDocument()).toBe(true);
  expect(await readStoredSettings(browser.context)).toMatchObject({ sites: [FIXTURE_SITE] });
  expect(await registeredSites(browser.context)).toEqual([FIXTURE_SITE]);

  // Pages loaded from now on get the registered script.
  await portal.open();
  await portal.typeReply('Me too!');
  await portal.overlay.waitForUnderlines(1);
});

test('turning the site off removes every underline, highlight and listener at once, and typing brings none back', async ({
  page,
  extensionPage,
  browser,
  server,
}) => {
  await writeSettings(browser.context, { sites: [] });
  const forum = new ForumPage(page, server);
  await forum.open();
  const untouched = await tracesOfAttune(page);
  await writeSettings(browser.context, { sites: [FIXTURE_SITE] });
  await forum.open();
  await forum.typeReply(`${PHRASE}. Me too!`);
  await forum.overlay.waitForUnderlines(2);
  expect((await tracesOfAttune(page)).highlights).not.toEqual([]);
  const isSameDocument = await markLoadedPage(page);

  const popup = new PopupPage(extensionPage, browser.extensionId);
  await popup.open(await tabIdOf(browser.context, page.url()));
  await popup.toggleSite();

  await expect.poll(() => tracesOfAttune(page), { timeout: 1_000 }).toEqual(untouched);
  await forum.typeReply(' Same here. I know how you feel.');
  await forum.overlay.waitForAnalysis();
  expect(await tracesOfAttune(page)).toEqual(untouched);
  expect(await forum.editor.innerText()).toBe(`${PHRASE}. Me too! Same here. I know how you feel.`);
  expect(await isSameDocument()).toBe(true);
  expect(await registeredSites(browser.context)).toEqual([]);
});

test('a review script injected twice into a page runs once', async ({ page, browser, server }) => {
  await writeSettings(browser.context, { sites: [FIXTURE_SITE] });
  const forum = new ForumPage(page, server);
  await forum.open();
  await forum.typeReply(`${PHRASE}.`);
  await forum.overlay.waitForUnderlines(1);
  const once = await tracesOfAttune(page);

  await injectReviewScript(browser.context, await tabIdOf(browser.context, page.url()));
  await forum.overlay.waitForAnalysis();
  await forum.typeReply(' Me too!');

  await forum.overlay.waitForUnderlines(2);
  await forum.overlay.waitForBadgeCount(2);
  expect(await tracesOfAttune(page)).toEqual(once);
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, expect, test } from 'vitest';
import { FIXTURE_SITE, writeSettings } from './extension-settings';
import { launchWithExtension, watchForProblems, type ExtensionBrowser, type PageProblem } from './fixtures';
import { ForumPage } from './pages/forum';
import { OptionsPage } from './pages/options';
import { expectTypingStillReviewed, PortalPage } from './pages/portal';
import { startFixtureServer, type FixtureServer } from './server';

// A browser of its own: the shared one runs with Playwright's default of no back/forward cache, and the fixture
// server's pages (sent with no-store) would never enter it.

const PHRASE = 'I know exactly how you feel';

let server: FixtureServer;
let browser: ExtensionBrowser & { close(): Promise<void> };
let page: Page;
let problems: PageProblem[];

beforeAll(async () => {
  server = await startFixtureServer(0, { cacheable: true });
  browser = await launchWithExtension({ server, backForwardCache: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  await writeSettings(browser.context, { sites: [FIXTURE_SITE] });
  page = await browser.context.newPage();
  problems = watchForProblems(page);
});

afterEach(async () => {
  await page.close();
  expect(problems).toEqual([]);
});

/** Leaves the portal for the forum and comes back, and says whether the portal came back from the cache. */
async function leaveAndComeBack(portal: PortalPage, whileAway?: () => Promise<void>): Promise<boolean> {
  await page.evaluate(() => window.addEventListener('pageshow', (event) => Object.assign(window, { restoredFromCache: event.persisted })));
  await new ForumPage(page, server).open();
  await whileAway?.();
  // A page restored from the cache fires no load event: wait for the navigation only.
  await page.goBack({ waitUntil: 'commit' });
  await portal.reply.waitFor();
  return page.evaluate(() => (window as unknown as { restoredFromCache?: boolean }).restoredFromCache === true);
}

test('a page restored from the back/forward cache keeps its draft and its review, and typing is reviewed as before', async () => {
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.typeReply(`${PHRASE}.`);
  await portal.overlay.waitForUnderlines(1);

  expect(await leaveAndComeBack(portal)).toBe(true);

  expect(await portal.reply.inputValue()).toBe(`${PHRASE}.`);
  await portal.overlay.waitForUnderlines(1);
  await expectTypingStillReviewed(portal, `${PHRASE}.`, 'presumed-understanding');
});

test('a setting changed while the page sat in the back/forward cache applies once it is restored', async () => {
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.typeReply(`${PHRASE}. Me too!`);
  await portal.overlay.waitForUnderlines(2);

  const restored = await leaveAndComeBack(portal, async () => {
    const optionsTab = await browser.context.newPage();
    const options = new OptionsPage(optionsTab, browser.extensionId);
    await options.open();
    await options.switchOff(options.ruleSwitch('me-too'));
    await optionsTab.close();
  });

  expect(restored).toBe(true);
  await expect.poll(async () => (await portal.overlay.underlines()).map((underline) => underline.rule), { timeout: 5_000 }).toEqual(['presumed-understanding']);
  await portal.reply.press('End');
  await portal.typeReply(' Same here.');
  await portal.overlay.waitForAnalysis();
  expect((await portal.overlay.underlines()).map((underline) => underline.rule)).toEqual(['presumed-understanding']);
  expect(await portal.reply.inputValue()).toBe(`${PHRASE}. Me too! Same here.`);
});

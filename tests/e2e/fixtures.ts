import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { test as base } from 'vitest';
import { FIXTURE_SITE, writeSettings } from './extension-settings';
import { startFixtureServer } from './server';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const EXTENSION_DIR = fileURLToPath(
  new URL(`../../${process.env.ATTUNE_OUT_DIR ?? '.output'}/chrome-mv3/`, import.meta.url),
);
export const SCREENSHOT_DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** A console error or uncaught exception seen in a page; any of them fails the test. */
export interface PageProblem {
  kind: 'console.error' | 'uncaught';
  text: string;
  /** The script it came from: chrome-extension://… for Attune's content script. */
  source: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
}

/** Chromium with the built extension loaded, in a throwaway profile. */
export async function launchWithExtension(): Promise<ExtensionBrowser & { close(): Promise<void> }> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error('Chromium not found: apt-get install chromium');
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm test\` (it builds first) or \`ATTUNE_TEST_ORIGINS='http://127.0.0.1/*' npx wxt build\`.`);
  }
  const profileDir = await mkdtemp(join(tmpdir(), 'attune-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      // Without these Chromium keeps dialling Google's hosts, which this machine's closed network refuses.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      await rm(profileDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/** Records what a page reports as broken, so a test can fail on it. */
export function watchForProblems(page: Page): PageProblem[] {
  const problems: PageProblem[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push({ kind: 'console.error', text: message.text(), source: message.location().url });
  });
  page.on('pageerror', (error) => {
    const source = /chrome-extension:\/\/[^\s)]+/.exec(error.stack ?? '')?.[0] ?? page.url();
    problems.push({ kind: 'uncaught', text: error.message, source });
  });
  return problems;
}

/**
 * Playwright-style fixtures for Vitest: one fixture server and one Chromium per test file, with Attune turned on
 * for the fixture sites (a fresh profile starts with every site off), and a fresh page per test (plus, on request,
 * a second one for an extension page) that fails the test on any console error or uncaught exception.
 */
export const test = base
  .extend('server', { scope: 'file' }, async ({}, { onCleanup }) => {
    const server = await startFixtureServer();
    onCleanup(() => server.close());
    return server;
  })
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchWithExtension();
    onCleanup(() => browser.close());
    await writeSettings(browser.context, { sites: [FIXTURE_SITE] });
    return { context: browser.context, extensionId: browser.extensionId } satisfies ExtensionBrowser;
  })
  .extend('page', ({ browser }, { onCleanup }) => newCheckedPage(browser.context, onCleanup))
  // A second tab for the popup or options page, beside the site's page; set up only for the tests that ask for it.
  .extend('extensionPage', ({ browser }, { onCleanup }) => newCheckedPage(browser.context, onCleanup));

async function newCheckedPage(context: BrowserContext, onCleanup: (cleanup: () => Promise<void>) => void): Promise<Page> {
  const page = await context.newPage();
  const problems = watchForProblems(page);
  onCleanup(async () => {
    await page.close();
    if (problems.length > 0) {
      throw new Error(`The page reported problems:\n${problems.map((p) => `  ${p.kind} from ${p.source}: ${p.text}`).join('\n')}`);
    }
  });
  return page;
}

export { expect } from 'vitest';

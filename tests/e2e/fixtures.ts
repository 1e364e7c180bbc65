import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { test as base } from 'vitest';
import { CHROMIUM_PATH, chromiumArgs } from './chromium';
import { FIXTURE_SITE, writeSettings } from './extension-settings';
import { findForeignTraffic, readNetLog, requestProblem, type FixtureOrigin, type NetLog } from './network-log';
import { EDITORS } from './pages/editor-page';
import { serveFile, startFixtureServer, type FixtureServer } from './server';

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

export interface LaunchOptions {
  /** The only place pages may load from. */
  server?: FixtureServer;
  /** Playwright turns the back/forward cache off (its waits for "load" never end on a page restored from it). */
  backForwardCache?: boolean;
}

/**
 * Chromium with the built extension loaded, in a throwaway profile. Every request the browser makes, from any page,
 * worker or extension context, goes into a NetLog; `close()` fails if any went anywhere but `server`'s files
 * (see network-log.ts), keeping the log for a look.
 */
export async function launchWithExtension({ server, backForwardCache = false }: LaunchOptions = {}): Promise<
  ExtensionBrowser & { close(): Promise<void> }
> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error('Chromium not found: apt-get install chromium');
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm test\` (it builds first) or \`ATTUNE_TEST_ORIGINS='http://127.0.0.1/*' npx wxt build\`.`);
  }
  const profileDir = await mkdtemp(join(tmpdir(), 'attune-e2e-'));
  const netLogDir = await mkdtemp(join(tmpdir(), 'attune-netlog-'));
  const netLogFile = join(netLogDir, 'netlog.json');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 860 },
    ignoreDefaultArgs: backForwardCache ? ['--disable-back-forward-cache'] : [],
    args: [
      ...chromiumArgs(EXTENSION_DIR),
      `--log-net-log=${netLogFile}`,
    ],
  });
  const seenRequests = recordRequests(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const extensionHosts = recordExtensionHosts(context, extensionId);
  return {
    context,
    extensionId,
    close: async () => {
      const ownHosts = await extensionHosts();
      await context.close();
      await rm(profileDir, { recursive: true, force: true, maxRetries: 5 });
      const fixture = server && fixtureFilesOf(server);
      const problems = await checkNetwork(await readNetLog(netLogFile), [...seenRequests.values()], ownHosts, fixture);
      if (problems.length > 0) {
        throw new Error(`The browser sent requests Attune must never cause (NetLog kept at ${netLogFile}):\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
      }
      await rm(netLogDir, { recursive: true, force: true });
    },
  };
}

/** A request as Playwright saw it: from which page or worker, and how it ended. */
interface SeenRequest {
  url: string;
  method: string;
  hasBody: boolean;
  from: string;
  /** It came back, so it reached the network (or the extension's files). */
  finished: boolean;
  /** The browser's own refusal before anything was sent: the content security policy's. */
  refusedBy?: string;
}

/** How Playwright reports a request the browser's content security policy stopped before anything was sent. */
const REFUSALS = new Set(['csp', 'net::ERR_BLOCKED_BY_CSP']);

/** Playwright's view of the same traffic: pages, frames, extension pages and the service worker, each named. */
function recordRequests(context: BrowserContext): ReadonlyMap<Request, SeenRequest> {
  const seen = new Map<Request, SeenRequest>();
  context.on('request', (request) => {
    seen.set(request, {
      url: request.url(),
      method: request.method(),
      hasBody: request.postDataBuffer() !== null,
      from: requesterOf(request),
      finished: false,
    });
  });
  context.on('requestfinished', (request) => {
    const entry = seen.get(request);
    if (entry) entry.finished = true;
  });
  context.on('requestfailed', (request) => {
    const entry = seen.get(request);
    const failure = request.failure()?.errorText ?? '';
    if (entry && REFUSALS.has(failure)) entry.refusedBy = failure;
  });
  return seen;
}

/** The part of the extension API read in the service worker here (`chrome` has no types in the tests). */
declare const chrome: { runtime: { dynamicId: string } };

/**
 * The hosts of the extension's own files: its id, and the id that changes each session (and each reload) under which
 * pages load its `use_dynamic_url` resources, the review script's stylesheet.
 */
function recordExtensionHosts(context: BrowserContext, extensionId: string): () => Promise<Set<string>> {
  const hosts = new Set([extensionId]);
  const reads: Promise<void>[] = [];
  const readDynamicId = (worker: Worker) => {
    if (new URL(worker.url()).host !== extensionId) return;
    reads.push(worker.evaluate(() => chrome.runtime.dynamicId).then((id) => void hosts.add(id), () => undefined));
  };
  context.serviceWorkers().forEach(readDynamicId);
  context.on('serviceworker', readDynamicId);
  return async () => {
    await Promise.all(reads);
    return hosts;
  };
}

function requesterOf(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return `service worker ${worker.url()}`;
  try {
    return `page ${request.frame().url()}`;
  } catch {
    return 'an unknown context';
  }
}

/**
 * The fixture server's files, and the editor pages' `?editor=` addresses: all a page under test asks it for. A GET
 * with any other query is not a file (it could carry text out), and neither is a path the server answers 404.
 */
function fixtureFilesOf(server: FixtureServer): FixtureOrigin {
  return {
    origin: server.origin,
    serves: async (pathAndQuery) => {
      const { pathname, search } = new URL(pathAndQuery, server.origin);
      if (search !== '' && !EDITORS.some((editor) => editor.path === pathAndQuery)) return false;
      const { status } = await serveFile(pathname);
      return status === 200 || status === 301;
    },
  };
}

/**
 * Both views of the run's traffic, checked: NetLog (everything the network service did) and Playwright's request
 * events (which name the page or worker). Each request Playwright saw answered must be in the NetLog too, or the
 * NetLog is not the whole story and its silence proves nothing.
 */
async function checkNetwork(
  log: NetLog,
  seen: readonly SeenRequest[],
  extensionHosts: ReadonlySet<string>,
  fixture: FixtureOrigin | undefined,
): Promise<string[]> {
  const problems = await findForeignTraffic(log, fixture);
  const loggedUrls = new Set(log.requests.map((request) => withoutFragment(request.url)));
  for (const request of seen) {
    const { protocol, host } = new URL(request.url);
    if (protocol === 'chrome-extension:') {
      if (!extensionHosts.has(host)) problems.push(`another extension's file: ${request.url} (from ${request.from})`);
      continue;
    }
    // data:, blob: and the browser's own chrome:// pages never reach the network.
    if (!NETWORK_SCHEMES.has(protocol) || request.refusedBy) continue;
    const problem = await requestProblem(request.url, request.method, request.hasBody, fixture);
    if (problem) problems.push(`${problem}: ${request.method} ${request.url} (from ${request.from})`);
    if (request.finished && !loggedUrls.has(withoutFragment(request.url))) {
      problems.push(`missing from the NetLog, so it cannot be trusted: ${request.method} ${request.url} (from ${request.from})`);
    }
  }
  return problems;
}

const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

function withoutFragment(url: string): string {
  return url.replace(/#.*$/, '');
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
  .extend('browser', { scope: 'file' }, async ({ server }, { onCleanup }) => {
    const browser = await launchWithExtension({ server });
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

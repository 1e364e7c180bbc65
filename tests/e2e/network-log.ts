import { readFile } from 'node:fs/promises';

/** One request job of Chromium's network service, as its NetLog records it; a redirect starts another job. */
export interface LoggedRequest {
  url: string;
  method: string;
  /** The origin of the page, frame or worker that asked; undefined when the browser asked for itself. */
  initiator: string | undefined;
  /** Which part of Chromium made the request: the hash of its network traffic annotation id. */
  trafficAnnotation: number | undefined;
  hasBody: boolean;
}

/** What a NetLog says went out of the browser: every URL request (pages, workers, extensions, the browser itself). */
export interface NetLog {
  requests: LoggedRequest[];
  /** Host names looked up in DNS. */
  hostLookups: string[];
  /** Where UDP datagrams were sent other than DNS (e.g. WebRTC's STUN), as `address:port`. */
  udpDestinations: string[];
}

/**
 * Reads a NetLog written by `chromium --log-net-log=<file>`: a line of constants, then one event per line. A browser
 * that did not exit cleanly leaves the last line cut off, which is skipped; damage anywhere else is an error.
 */
export function parseNetLog(text: string): NetLog {
  const lines = text.split('\n');
  const { constants } = JSON.parse(`${(lines[0] ?? '').replace(/,\s*$/, '')}}`) as { constants: NetLogConstants };
  const eventName = invert(constants.logEventTypes);
  if (lines[1]?.trim() !== '"events": [') throw new Error('Not a NetLog: no "events" list after the constants');

  const annotations = new Map<number, number>();
  const jobs: (Omit<LoggedRequest, 'trafficAnnotation'> & { sourceId: number })[] = [];
  const hostLookups = new Set<string>();
  const udpConnections = new Map<number, string>();
  const udpDestinations = new Set<string>();
  const eventLines = lines.slice(2);
  const lastLine = eventLines.findLastIndex((line) => line.trim() !== '');
  for (const [index, line] of eventLines.entries()) {
    if (line.startsWith('"polledData"')) break;
    const event = parseEvent(line);
    if (event === undefined) {
      if (index === lastLine) break;
      throw new Error(`NetLog line ${index + 3} is not an event: ${line.slice(0, 120)}`);
    }
    if (event === null || event.phase === PHASE_END) continue;
    const params = event.params ?? {};
    const source = event.source.id;
    switch (eventName.get(event.type)) {
      case 'REQUEST_ALIVE':
        if (typeof params.traffic_annotation === 'number') annotations.set(source, params.traffic_annotation);
        break;
      case 'URL_REQUEST_START_JOB':
        if (typeof params.url !== 'string') break;
        jobs.push({
          sourceId: source,
          url: params.url,
          method: typeof params.method === 'string' ? params.method : 'GET',
          initiator: typeof params.initiator === 'string' && params.initiator !== 'not an origin' ? params.initiator : undefined,
          hasBody: 'upload_id' in params,
        });
        break;
      case 'HOST_RESOLVER_MANAGER_JOB':
      case 'HOST_RESOLVER_MANAGER_REQUEST':
        if (typeof params.host === 'string') hostLookups.add(hostOf(params.host));
        break;
      case 'UDP_CONNECT':
        if (typeof params.address === 'string') udpConnections.set(source, params.address);
        break;
      case 'UDP_BYTES_SENT': {
        // A connected socket names its peer once, when it connects; an unconnected one names it on every datagram.
        const address = typeof params.address === 'string' ? params.address : udpConnections.get(source);
        if (address !== undefined && !address.endsWith(':53')) udpDestinations.add(address);
        break;
      }
    }
  }
  return {
    requests: jobs.map(({ sourceId, ...job }) => ({ ...job, trafficAnnotation: annotations.get(sourceId) })),
    hostLookups: [...hostLookups],
    udpDestinations: [...udpDestinations],
  };
}

export async function readNetLog(file: string): Promise<NetLog> {
  return parseNetLog(await readFile(file, 'utf8'));
}

interface NetLogConstants {
  logEventTypes: Record<string, number>;
}

interface NetLogEvent {
  type: number;
  phase: number;
  source: { id: number };
  params?: Record<string, unknown>;
}

const PHASE_END = 2;

/** An event; null for a line that holds none (the closing bracket); undefined for a line that is not JSON. */
function parseEvent(line: string): NetLogEvent | null | undefined {
  const json = line.trim().replace(/\]?,?$/, '');
  if (json === '') return null;
  try {
    return JSON.parse(json) as NetLogEvent;
  } catch {
    return undefined;
  }
}

function invert(names: Record<string, number>): Map<number, string> {
  return new Map(Object.entries(names).map(([name, value]) => [value, name]));
}

/** `https://host:443`, `host:80` or `[::1]:80` as the host alone. */
function hostOf(lookup: string): string {
  if (lookup.includes('://')) return new URL(lookup).hostname;
  return lookup.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1');
}

/**
 * The id Chromium tags a network feature's traffic with, as NetLog records it:
 * COMPUTE_NETWORK_TRAFFIC_ANNOTATION_ID_HASH in net/traffic_annotation/network_traffic_annotation.h.
 */
export function trafficAnnotationHash(uniqueId: string): number {
  let hash = 0;
  for (const character of uniqueId) hash = (hash * 31 + character.charCodeAt(0)) % 138003713;
  return hash;
}

/**
 * What Chromium requests for itself in a fresh headless profile even with the background-networking flags in
 * fixtures.ts: each made by the browser (no page, worker or extension initiator), tagged with one feature's traffic
 * annotation, to one domain (or a host under it, where a redirect would send it). Nothing an extension does carries
 * these annotations: its fetches are `blink_resource_loader`, the tabs it opens `navigation_url_loader`.
 */
export const CHROMIUM_OWN_REQUESTS = [
  {
    annotation: 'update_client',
    domain: 'update.googleapis.com',
    // X-Goog-Update-AppId ceofaddefefcbblgcgnibnonglccbfja; --disable-component-update does not stop it.
    what: 'the component updater asking after the Optimization Guide on-device models manifest',
  },
  {
    annotation: 'gaia_auth_list_accounts',
    domain: 'accounts.google.com',
    what: 'the new profile asking which Google accounts are signed in',
  },
  {
    annotation: 'autofill_query',
    domain: 'content-autofill.googleapis.com',
    // The path carries the form's and its fields' signatures (hashes of names and types), never what was typed.
    what: 'Autofill asking what kind of form a page holds',
  },
  {
    annotation: 'spellcheck_hunspell_dictionary',
    domain: 'gvt1.com',
    what: 'the spell checker fetching its English dictionary once a page has a text field',
  },
] as const;

/**
 * Where Chromium's own services live. On an open network (a CI machine's, say) the requests above get answers and
 * lead to more of the same kind (component downloads, safe-browsing lists) under other hosts of these domains.
 */
const CHROMIUM_SERVICE_DOMAINS = ['googleapis.com', 'google.com', 'gvt1.com', 'gstatic.com', 'googleusercontent.com'];

/** Annotations of what pages, workers and extensions load: never Chromium's own, whatever the host. */
const WEB_CONTENT_ANNOTATIONS = ['blink_resource_loader', 'navigation_url_loader', 'websocket_stream', 'service_worker_script_load'];

function isUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

function isChromiumOwn(request: LoggedRequest): boolean {
  // Everything an extension, a page or a worker asks for carries its origin as the initiator.
  if (request.initiator !== undefined) return false;
  const host = hostOrNull(request.url) ?? '';
  const seen = CHROMIUM_OWN_REQUESTS.some(
    ({ annotation, domain }) => isUnder(host, domain) && trafficAnnotationHash(annotation) === request.trafficAnnotation,
  );
  if (seen) return true;
  const isWebContent = WEB_CONTENT_ANNOTATIONS.some((annotation) => trafficAnnotationHash(annotation) === request.trafficAnnotation);
  return !isWebContent && request.trafficAnnotation !== undefined && CHROMIUM_SERVICE_DOMAINS.some((domain) => isUnder(host, domain));
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Where the pages under test come from; requests may go there only for its files. */
export interface FixtureOrigin {
  /** e.g. http://127.0.0.1:4517 */
  origin: string;
  /** Whether a plain GET of this path and query is one of the fixture server's files (or the pages' own requests). */
  serves(pathAndQuery: string): Promise<boolean>;
}

/**
 * Everything in the log that went anywhere but the fixture server's files: a request to another host, port or
 * scheme, a request to the fixture server that is not a plain GET of one of its files (a beacon to the page's own
 * origin), a DNS lookup or a UDP datagram to anywhere not loopback. Chromium's own requests (above) are left out,
 * and so are the lookups of their hosts.
 */
export async function findForeignTraffic(log: NetLog, fixture: FixtureOrigin | undefined): Promise<string[]> {
  const problems = new Set<string>();
  const ownHosts = new Set<string>();
  for (const request of log.requests) {
    if (isChromiumOwn(request)) {
      ownHosts.add(hostOrNull(request.url)!);
      continue;
    }
    const problem = await requestProblem(request.url, request.method, request.hasBody, fixture);
    if (problem) problems.add(`${problem}: ${request.method} ${request.url} (initiator: ${request.initiator ?? 'the browser'})`);
  }
  for (const host of log.hostLookups) {
    if (!LOOPBACK_HOSTS.has(host) && !ownHosts.has(host)) problems.add(`a DNS lookup of ${host}`);
  }
  for (const address of log.udpDestinations) {
    if (!/^(127\.|\[::1\]:)/.test(address)) problems.add(`UDP datagrams to ${address}`);
  }
  return [...problems];
}

/** Why a request may not go out, or undefined when it is a plain GET of one of the fixture server's files. */
export async function requestProblem(
  url: string,
  method: string,
  hasBody: boolean,
  fixture: FixtureOrigin | undefined,
): Promise<string | undefined> {
  const parsed = new URL(url);
  if (fixture === undefined || parsed.origin !== fixture.origin) return 'not the fixture server';
  if (method !== 'GET' || hasBody) return 'not a plain GET';
  if (!(await fixture.serves(`${parsed.pathname}${parsed.search}`))) return 'not a file the fixture server serves';
  return undefined;
}

function hostOrNull(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

import type { Checked } from './model';

const onlyWebSites = 'only http and https sites can be reviewed';
const hostLabel = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_-]{0,61}[\p{L}\p{N}_])?$/u;
const ipv4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/**
 * Turns what a user typed into the match pattern Attune stores, or says why it can't.
 *
 * - A URL or bare host names its whole site: `https://example.org/some/page` and `example.org` both give
 *   `https://example.org/*`. The port is left out: a pattern without one covers every port in Chrome,
 *   and Firefox accepts no port at all.
 * - Anything with a `*` is read as a match pattern (scheme `*`, `http` or `https`; host `*`, `*.domain`,
 *   a domain, an IP address or localhost; optional port; path from `/`) and kept as written, host normalized.
 */
export function parseSitePattern(input: string): Checked<string> {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'Enter a site address or pattern, such as example.org or https://example.org/*.' };
  const reject = (reason: string): Checked<string> => ({ ok: false, error: `"${text}" — ${reason}` });

  if (/\s/.test(text)) return reject('a site address cannot contain spaces');
  if (text === '<all_urls>') return reject('to review writing on every site, use *://*/*');

  const schemeMatch = /^([^:/?#]*):\/\//.exec(text);
  // "about:blank" or "mailto:x" name a scheme without "//"; "localhost:3000" is a host and a port.
  if (!schemeMatch && /^[a-z][a-z\d+.-]*:(?!\d)/i.test(text)) return reject(onlyWebSites);
  const scheme = schemeMatch?.[1]?.toLowerCase();
  if (scheme === '') return reject('start with http://, https:// or *://');
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https' && scheme !== '*') return reject(onlyWebSites);

  const rest = schemeMatch ? text.slice(schemeMatch[0].length) : text;
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  const path = authorityEnd === -1 ? '' : rest.slice(authorityEnd);
  if (authority.includes('@')) return reject('a site address cannot contain a user name or password');

  const hostAndPort = splitPort(authority);
  if (!hostAndPort.ok) return reject(hostAndPort.error);
  const { host, port } = hostAndPort.value;
  const isPattern = text.includes('*');
  const checkedHost = checkHost(host, { allowSingleLabel: scheme !== undefined });
  if (!checkedHost.ok) return reject(checkedHost.error);

  if (!isPattern) return { ok: true, value: `${scheme ?? 'https'}://${checkedHost.value}/*` };
  if (path !== '' && !path.startsWith('/')) return reject('the path must start with /, as in https://example.org/*');
  const portPart = port === undefined ? '' : `:${port}`;
  return { ok: true, value: `${scheme ?? 'https'}://${checkedHost.value}${portPart}${path || '/*'}` };
}

function splitPort(authority: string): Checked<{ host: string; port?: string }> {
  const portStart = authority.startsWith('[') ? authority.indexOf(':', authority.indexOf(']')) : authority.lastIndexOf(':');
  if (portStart === -1) return { ok: true, value: { host: authority } };
  const port = authority.slice(portStart + 1);
  const portNumber = Number(port);
  if (!/^\d{1,5}$/.test(port) || portNumber < 1 || portNumber > 65535) {
    return { ok: false, error: 'the port must be a number from 1 to 65535' };
  }
  return { ok: true, value: { host: authority.slice(0, portStart), port: String(portNumber) } };
}

function checkHost(host: string, { allowSingleLabel }: { allowSingleLabel: boolean }): Checked<string> {
  if (host === '') return { ok: false, error: 'add a host name, such as example.org' };
  if (host === '*') return { ok: true, value: host };
  const isWildcard = host.startsWith('*.');
  const name = isWildcard ? host.slice(2) : host;
  if (name.includes('*')) return { ok: false, error: '* can only stand for the whole host or its start, as in *.example.org' };

  const isAddress = name.startsWith('[') || ipv4.test(name);
  if (isWildcard && isAddress) return { ok: false, error: '*. must be followed by a domain name, not an IP address' };
  if (!isAddress) {
    const labels = name.split('.');
    if (!labels.every((label) => hostLabel.test(label))) return { ok: false, error: `"${name}" is not a valid host name` };
    // A last label of digits makes the browser read the host as a (broken) IP address.
    if (/^\d+$/.test(labels.at(-1) ?? '')) return { ok: false, error: `"${name}" is not a valid IP address` };
    const isSingleLabel = labels.length === 1 && !isWildcard && name.toLowerCase() !== 'localhost';
    if (isSingleLabel && !allowSingleLabel) return { ok: false, error: 'add the domain ending, as in example.org' };
  }
  const normalized = normalizeHostName(name);
  if (normalized === undefined) return { ok: false, error: `"${name}" is not a valid host name` };
  return { ok: true, value: isWildcard ? `*.${normalized}` : normalized };
}

/** Lower case and punycode, as the browser compares them. */
function normalizeHostName(name: string): string | undefined {
  try {
    return new URL(`http://${name}/`).hostname;
  } catch {
    return undefined;
  }
}

const patternParts = /^(\*|https?):\/\/(\*|\*\.[^/:]+|\[[^\]]+\]|[^/:]+)(?::(\d+))?(\/.*)$/;

/** Whether a stored match pattern covers a page, by the browser's rules for match patterns. */
export function patternMatchesUrl(pattern: string, url: string): boolean {
  const parts = patternParts.exec(pattern);
  const page = parseUrl(url);
  if (!parts || !page) return false;
  const [, scheme, host = '', port, path = ''] = parts;
  const pageScheme = page.protocol.slice(0, -1);
  if (pageScheme !== 'http' && pageScheme !== 'https') return false;
  if (scheme !== '*' && scheme !== pageScheme) return false;
  if (!hostMatches(host, page.hostname)) return false;
  if (port !== undefined && port !== (page.port || (pageScheme === 'https' ? '443' : '80'))) return false;
  return globToRegExp(path).test(page.pathname + page.search);
}

function hostMatches(patternHost: string, pageHost: string): boolean {
  if (patternHost === '*') return true;
  if (patternHost.startsWith('*.')) {
    const domain = patternHost.slice(2);
    return pageHost === domain || pageHost.endsWith(`.${domain}`);
  }
  return patternHost === pageHost;
}

function globToRegExp(glob: string): RegExp {
  const source = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

export type PageSite =
  /** A web page Attune can review, with the pattern the popup's toggle turns on. */
  | { kind: 'site'; host: string; pattern: string }
  /** Browser pages and extension stores, where browsers let no extension run. */
  | { kind: 'restricted' }
  /** The address is not known, e.g. the extension was not allowed to read it. */
  | { kind: 'unknown' };

const extensionStores: { host: string; pathPrefix: string }[] = [
  { host: 'chromewebstore.google.com', pathPrefix: '/' },
  { host: 'chrome.google.com', pathPrefix: '/webstore' },
  { host: 'microsoftedge.microsoft.com', pathPrefix: '/addons' },
  { host: 'addons.mozilla.org', pathPrefix: '/' },
];

/** What the popup can offer for the page in the active tab. */
export function siteForPage(url: string | undefined): PageSite {
  const page = url === undefined ? undefined : parseUrl(url);
  if (!page) return { kind: 'unknown' };
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return { kind: 'restricted' };
  const isStore = extensionStores.some((store) => page.hostname === store.host && page.pathname.startsWith(store.pathPrefix));
  if (isStore) return { kind: 'restricted' };
  return { kind: 'site', host: page.hostname, pattern: `${page.protocol}//${page.hostname}/*` };
}

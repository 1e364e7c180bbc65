import { describe, expect, it } from 'vitest';
import { parseSitePattern, patternMatchesUrl, siteForPage } from '../../../lib/settings/site-patterns';

describe('parseSitePattern accepts', () => {
  it.each([
    // A URL names its whole site.
    ['https://example.org/some/page', 'https://example.org/*'],
    ['http://example.org/some/page?q=1#top', 'http://example.org/*'],
    ['https://example.org', 'https://example.org/*'],
    ['HTTPS://Portal.Example.ORG/Inbox', 'https://portal.example.org/*'],
    ['http://localhost:3000/app', 'http://localhost/*'],
    ['https://user-area.example.org:8443/x', 'https://user-area.example.org/*'],
    ['http://127.0.0.1:5173/portal/', 'http://127.0.0.1/*'],
    ['http://[::1]:8080/', 'http://[::1]/*'],
    ['https://intranet/', 'https://intranet/*'],
    ['https://bücher.example/', 'https://xn--bcher-kva.example/*'],
    // A bare host is reviewed over https.
    ['example.org', 'https://example.org/*'],
    ['  example.org  ', 'https://example.org/*'],
    ['forum.example.org/t/123', 'https://forum.example.org/*'],
    ['localhost', 'https://localhost/*'],
    ['localhost:3000', 'https://localhost/*'],
    ['192.168.1.20', 'https://192.168.1.20/*'],
    ['my_host.example.org', 'https://my_host.example.org/*'],
    // Match patterns are kept as written, host normalized.
    ['https://portal.example.org/*', 'https://portal.example.org/*'],
    ['*://*.forum.example/*', '*://*.forum.example/*'],
    ['*://*.Forum.Example/*', '*://*.forum.example/*'],
    ['http://*/*', 'http://*/*'],
    ['*://*/*', '*://*/*'],
    ['https://example.org/forum/*', 'https://example.org/forum/*'],
    ['https://example.org/*/reply', 'https://example.org/*/reply'],
    ['http://localhost:8080/*', 'http://localhost:8080/*'],
    ['https://*.example.org', 'https://*.example.org/*'],
    ['*.example.org', 'https://*.example.org/*'],
    ['http://127.0.0.1/*', 'http://127.0.0.1/*'],
    ['*://[::1]/*', '*://[::1]/*'],
  ])('%s → %s', (input, pattern) => {
    expect(parseSitePattern(input)).toEqual({ ok: true, value: pattern });
  });
});

describe('parseSitePattern rejects', () => {
  it.each([
    ['', 'Enter a site address or pattern, such as example.org or https://example.org/*.'],
    ['   ', 'Enter a site address or pattern, such as example.org or https://example.org/*.'],
    ['ftp://x', '"ftp://x" — only http and https sites can be reviewed'],
    ['file:///home/me/notes.html', '"file:///home/me/notes.html" — only http and https sites can be reviewed'],
    ['chrome://extensions', '"chrome://extensions" — only http and https sites can be reviewed'],
    ['about:blank', '"about:blank" — only http and https sites can be reviewed'],
    ['mailto:me@example.org', '"mailto:me@example.org" — only http and https sites can be reviewed'],
    ['ws://example.org/*', '"ws://example.org/*" — only http and https sites can be reviewed'],
    ['://example.org', '"://example.org" — start with http://, https:// or *://'],
    ['exa mple.org', '"exa mple.org" — a site address cannot contain spaces'],
    ['https://example.org/a page', '"https://example.org/a page" — a site address cannot contain spaces'],
    ['<all_urls>', '"<all_urls>" — to review writing on every site, use *://*/*'],
    ['https://a.*.example.org/*', '"https://a.*.example.org/*" — * can only stand for the whole host or its start, as in *.example.org'],
    ['*example.org', '"*example.org" — * can only stand for the whole host or its start, as in *.example.org'],
    ['https://www.*/*', '"https://www.*/*" — * can only stand for the whole host or its start, as in *.example.org'],
    ['https://**.example.org/*', '"https://**.example.org/*" — * can only stand for the whole host or its start, as in *.example.org'],
    ['https://*.192.168.0.1/*', '"https://*.192.168.0.1/*" — *. must be followed by a domain name, not an IP address'],
    ['https:///*', '"https:///*" — add a host name, such as example.org'],
    ['https://:8080/*', '"https://:8080/*" — add a host name, such as example.org'],
    ['https://example.org:99999/*', '"https://example.org:99999/*" — the port must be a number from 1 to 65535'],
    ['https://example.org:*/*', '"https://example.org:*/*" — the port must be a number from 1 to 65535'],
    ['https://example.org:0/', '"https://example.org:0/" — the port must be a number from 1 to 65535'],
    ['https://me:secret@example.org/', '"https://me:secret@example.org/" — a site address cannot contain a user name or password'],
    ['https://*.example.org?x=*', '"https://*.example.org?x=*" — the path must start with /, as in https://example.org/*'],
    ['example', '"example" — add the domain ending, as in example.org'],
    ['exa!mple.org', '"exa!mple.org" — "exa!mple.org" is not a valid host name'],
    ['-example.org', '"-example.org" — "-example.org" is not a valid host name'],
    ['example..org', '"example..org" — "example..org" is not a valid host name'],
    ['example.org.', '"example.org." — "example.org." is not a valid host name'],
    ['999.1.1.1', '"999.1.1.1" — "999.1.1.1" is not a valid IP address'],
    ['https://[nope]/', '"https://[nope]/" — "[nope]" is not a valid host name'],
  ])('%j', (input, error) => {
    expect(parseSitePattern(input)).toEqual({ ok: false, error });
  });
});

describe('patternMatchesUrl', () => {
  it.each([
    ['https://example.org/*', 'https://example.org/inbox?id=4', true],
    ['https://example.org/*', 'http://example.org/', false],
    ['https://example.org/*', 'https://www.example.org/', false],
    ['*://example.org/*', 'http://example.org/', true],
    ['*://*.forum.example/*', 'https://forum.example/t/1', true],
    ['*://*.forum.example/*', 'https://a.b.forum.example/', true],
    ['*://*.forum.example/*', 'https://notforum.example/', false],
    ['http://localhost/*', 'http://localhost:3000/app', true],
    ['http://localhost:8080/*', 'http://localhost:3000/app', false],
    ['http://localhost:8080/*', 'http://localhost:8080/app', true],
    ['https://example.org:443/*', 'https://example.org/', true],
    ['https://example.org/forum/*', 'https://example.org/forum/t/1', true],
    ['https://example.org/forum/*', 'https://example.org/blog/', false],
    ['https://example.org/a.b', 'https://example.org/aXb', false],
    ['*://*/*', 'https://anything.example/', true],
    ['*://*/*', 'chrome://settings', false],
    ['not a pattern', 'https://example.org/', false],
    ['https://example.org/*', 'not a url', false],
  ])('%s covers %s: %s', (pattern, url, covers) => {
    expect(patternMatchesUrl(pattern, url)).toBe(covers);
  });
});

describe('siteForPage', () => {
  it.each([
    ['https://portal.example.org/inbox/42', { kind: 'site', host: 'portal.example.org', pattern: 'https://portal.example.org/*' }],
    ['http://127.0.0.1:5173/portal/', { kind: 'site', host: '127.0.0.1', pattern: 'http://127.0.0.1/*' }],
    ['chrome://extensions/', { kind: 'restricted' }],
    ['about:blank', { kind: 'restricted' }],
    ['edge://settings', { kind: 'restricted' }],
    ['chrome-extension://abc/options.html', { kind: 'restricted' }],
    ['view-source:https://example.org/', { kind: 'restricted' }],
    ['file:///home/me/notes.html', { kind: 'restricted' }],
    ['https://chromewebstore.google.com/detail/x', { kind: 'restricted' }],
    ['https://chrome.google.com/webstore/category/extensions', { kind: 'restricted' }],
    ['https://microsoftedge.microsoft.com/addons/detail/x', { kind: 'restricted' }],
    ['https://addons.mozilla.org/en-US/firefox/', { kind: 'restricted' }],
    ['https://chrome.google.com/search', { kind: 'site', host: 'chrome.google.com', pattern: 'https://chrome.google.com/*' }],
    [undefined, { kind: 'unknown' }],
    ['', { kind: 'unknown' }],
  ])('%s', (url, site) => {
    expect(siteForPage(url)).toEqual(site);
  });

  it('gives a pattern that covers the page and that parseSitePattern keeps', () => {
    const site = siteForPage('https://forum.example.org/t/5');
    if (site.kind !== 'site') throw new Error('expected a site');
    expect(patternMatchesUrl(site.pattern, 'https://forum.example.org/t/5')).toBe(true);
    expect(parseSitePattern(site.pattern)).toEqual({ ok: true, value: site.pattern });
  });
});

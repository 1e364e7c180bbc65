import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The demo sites: static files only, served from loopback so nothing leaves the machine. */
export const SITES_DIR = fileURLToPath(new URL('./sites/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface FixtureServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:4517 */
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves tests/e2e/sites on 127.0.0.1; port 0 picks a free port. Nothing is cached, unless `cacheable` (a page sent
 * with no-store never enters the browser's back/forward cache).
 */
export async function startFixtureServer(port = 0, { cacheable = false } = {}): Promise<FixtureServer> {
  const server = createServer((request, response) => {
    serveFile(request.url ?? '/').then(
      ({ status, type, body, location }) => {
        const caching = cacheable ? {} : { 'cache-control': 'no-store' };
        response.writeHead(status, { 'content-type': type, ...caching, ...(location && { location }) });
        response.end(body);
      },
      () => {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end('Internal error');
      },
    );
  });
  await listen(server, port);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

interface Reply {
  status: number;
  type: string;
  body: Buffer | string;
  location?: string;
}

/**
 * The editor pages (real editors from npm) are bundled before the E2E run by editors/build.ts, next to the built
 * extension so parallel runs with their own ATTUNE_OUT_DIR never share them, and served at /editors/.
 */
export const EDITOR_PAGES_DIR = fileURLToPath(new URL(`../../${process.env.ATTUNE_OUT_DIR ?? '.output'}/e2e-editors/`, import.meta.url));
const EDITORS_PATH = '/editors/';

/** What the fixture server answers for a path (and query); the network check asks it too. */
export async function serveFile(requestUrl: string): Promise<Reply> {
  const requested = decodeURIComponent(new URL(requestUrl, 'http://127.0.0.1').pathname);
  const [root, pathname] = requested.startsWith(EDITORS_PATH)
    ? [EDITOR_PAGES_DIR, requested.slice(EDITORS_PATH.length - 1)]
    : [SITES_DIR, requested];
  let filePath = normalize(join(root, pathname));
  if (!filePath.startsWith(root) && `${filePath}${sep}` !== root) return notFound();
  const info = await stat(filePath).catch(() => null);
  if (info?.isDirectory()) {
    // Pages link their CSS relatively, so /portal must become /portal/.
    if (!requested.endsWith('/')) return { status: 301, type: 'text/plain', body: '', location: `${requested}/` };
    filePath = join(filePath, 'index.html');
  }
  const body = await readFile(filePath).catch(() => null);
  if (body === null) return notFound();
  return { status: 200, type: CONTENT_TYPES[extname(filePath)] ?? 'application/octet-stream', body };
}

function notFound(): Reply {
  return { status: 404, type: 'text/plain; charset=utf-8', body: 'Not found' };
}

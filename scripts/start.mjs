#!/usr/bin/env node
// Builds Attune, serves the demo sites on 127.0.0.1 and, when there is a display, opens Chromium with
// Attune loaded. Without a display it says where the extension is and how to load it. Ctrl+C stops.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const CHROMIUM = '/usr/bin/chromium';
const PREFERRED_PORT = 4517;
// The shipped build asks for no site access until the user turns a site on; the demo build is granted the
// demo sites' origins, so turning Attune on there (toolbar button or Alt+Shift+A) shows no permission prompt.
const DEMO_ORIGINS = 'http://127.0.0.1/*,http://localhost/*';
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const extensionDir = join(repoRoot, '.output', 'chrome-mv3');

console.log('Building Attune (with access to the demo sites on 127.0.0.1)…');
const build = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ATTUNE_TEST_ORIGINS: DEMO_ORIGINS } });
if (build.status !== 0) process.exit(build.status ?? 1);

const { buildEditorPages } = await tsImport('../tests/e2e/editors/build.ts', import.meta.url);
await buildEditorPages();
const { startFixtureServer } = await tsImport('../tests/e2e/server.ts', import.meta.url);
const server = await startFixtureServer(PREFERRED_PORT).catch(() => startFixtureServer(0));
const sites = [
  ['Index', '/'],
  ['Patient portal (textarea)', '/portal/'],
  ['Peer-support forum (contenteditable)', '/forum/'],
  ['Chat (Enter sends)', '/chat/'],
  ['Editors (ProseMirror, Lexical, Quill, Tiptap, React, iframe)', '/editors/'],
];
console.log(`\nDemo sites, served from this machine only:`);
for (const [name, path] of sites) console.log(`  ${name.padEnd(62)} ${server.url(path)}`);

let browser;
let profileDir;
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (hasDisplay && existsSync(CHROMIUM)) {
  profileDir = mkdtempSync(join(tmpdir(), 'attune-demo-'));
  browser = spawn(
    CHROMIUM,
    [
      `--user-data-dir=${profileDir}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Chromium refuses to run as root with its sandbox on.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      server.url('/'),
    ],
    { stdio: 'ignore' },
  );
  console.log(`\nOpened Chromium with Attune loaded from ${extensionDir}`);
} else {
  if (hasDisplay) console.log(`\nChromium not found at ${CHROMIUM}. Install it with: apt-get install chromium`);
  console.log(`\nBuilt extension: ${extensionDir}`);
  console.log('Load it in Chromium or Chrome: open chrome://extensions, turn on Developer mode,');
  console.log(`click "Load unpacked" and choose the folder above. Then open ${server.url('/')}`);
  console.log('(This build may read the demo sites on 127.0.0.1 and localhost.)');
}
console.log('\nAttune starts off everywhere: on a demo site, turn it on from its toolbar button or with Alt+Shift+A.');
console.log('\nServing until Ctrl+C.');

const stop = async () => {
  if (browser && browser.exitCode === null) {
    // Chromium writes to its profile while closing; remove the profile only after it has exited.
    const exited = new Promise((resolve) => browser.once('exit', resolve));
    browser.kill();
    await exited;
  }
  await server.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

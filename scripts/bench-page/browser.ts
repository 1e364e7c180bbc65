// Builds the extension and the editor fixture pages, and runs Chromium with Attune loaded, for bench:page.
// tests/e2e/fixtures.ts and writeSettings in tests/e2e/extension-settings.ts call Vitest, which only works under
// `vitest run`, so this is their Vitest-free counterpart (same Chromium flags, same stored settings).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { defaultSettings, settingVersions, type Settings } from '../../lib/settings/model';
import { CHROMIUM_PATH, chromiumArgs } from '../../tests/e2e/chromium';
import { FIXTURE_SITE, extensionWorker, registeredSites } from '../../tests/e2e/extension-settings';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const OUT_DIR = process.env.ATTUNE_OUT_DIR ?? '.output';
export const EXTENSION_DIR = resolve(REPO_ROOT, OUT_DIR, 'chrome-mv3');
/** The E2E build: granted the fixture origin up front, so turning Attune on there needs no permission prompt. */
const TEST_ORIGINS = 'http://127.0.0.1/*';

/**
 * Builds the Chrome extension from the current tree, with hidden source maps for the bundle breakdown (the code is
 * the same as `wxt build`'s). Returns why it failed, or null.
 */
export function buildExtension(): string | null {
  const build = spawnSync('npx', ['wxt', 'build', '-c', 'scripts/bench-page/wxt.config.ts'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ATTUNE_TEST_ORIGINS: TEST_ORIGINS, ATTUNE_OUT_DIR: OUT_DIR, NO_COLOR: '1' },
  });
  return build.status === 0 ? null : `wxt build failed:\n${build.stderr || build.stdout}`;
}

/** Why the benchmark cannot run here, or null. */
export function missingPrerequisite(): string | null {
  if (!existsSync(CHROMIUM_PATH)) return `Chromium not found at ${CHROMIUM_PATH}: apt-get install chromium`;
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    return `No built extension in ${EXTENSION_DIR}: run without --no-build, or ATTUNE_TEST_ORIGINS='${TEST_ORIGINS}' ATTUNE_OUT_DIR=${OUT_DIR} npx wxt build`;
  }
  return null;
}

export interface BenchBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with the built extension, in a throwaway profile, started as this machine requires. */
export async function launchWithExtension(): Promise<BenchBrowser> {
  const profileDir = await mkdtemp(join(tmpdir(), 'attune-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: chromiumArgs(EXTENSION_DIR),
  });
  await extensionWorker(context);
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profileDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/** The part of the extension API used inside the service worker (`chrome` has no types here). */
declare const chrome: { storage: { sync: { clear(): Promise<void>; set(items: Record<string, unknown>): Promise<void> } } };

/**
 * Turns Attune on or off for the fixture sites by storing the settings, as tests/e2e/extension-settings.ts's
 * writeSettings does, and waits until the background has (un)registered the review script.
 */
export async function setAttuneOnFixtureSites(context: BrowserContext, on: boolean): Promise<void> {
  const sites = on ? [FIXTURE_SITE] : [];
  const stored: Record<string, unknown> = {};
  for (const [name, value] of Object.entries({ ...defaultSettings(), sites } satisfies Settings)) {
    stored[name] = value;
    // WXT keeps each item's schema version beside it; without it the item would be migrated again.
    stored[`${name}$`] = { v: settingVersions[name as keyof Settings] };
  }
  const worker = await extensionWorker(context);
  await worker.evaluate(async (items) => {
    await chrome.storage.sync.clear();
    await chrome.storage.sync.set(items);
  }, stored);
  for (const started = Date.now(); Date.now() - started < 5_000; await new Promise((resolve) => setTimeout(resolve, 50))) {
    if ((await registeredSites(context)).join() === sites.join()) return;
  }
  throw new Error(`The review script was not ${on ? 'registered' : 'unregistered'} for ${FIXTURE_SITE} within 5 s`);
}

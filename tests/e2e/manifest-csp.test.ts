import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, expect, test } from './fixtures';

const readManifest = async () => JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

/** A content security policy as directive → sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = policy.split(';').map((directive) => directive.trim().split(/\s+/)).filter(([name]) => name);
  return new Map(directives.map(([name, ...sources]) => [name!, sources]));
}

async function builtFiles(extension: string): Promise<string[]> {
  const entries = await readdir(EXTENSION_DIR, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(extension)).map((entry) => join(entry.parentPath, entry.name));
}

test('the built manifest lets extension pages run only the extension’s own scripts: no eval, no remote code', async () => {
  const manifest = await readManifest();
  const policy = parsePolicy(manifest.content_security_policy.extension_pages);
  expect(policy.get('script-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'self'"]);
  expect(manifest.content_security_policy.extension_pages).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*|data:|blob:/);
  // Nothing loosens it elsewhere: no sandboxed pages with their own policy, no web pages that may call in, no update server.
  expect(Object.keys(manifest.content_security_policy)).toEqual(['extension_pages']);
  expect(manifest).not.toHaveProperty('sandbox');
  expect(manifest).not.toHaveProperty('externally_connectable');
  expect(manifest).not.toHaveProperty('update_url');
  expect(existsSync(join(EXTENSION_DIR, manifest.background.service_worker))).toBe(true);
});

test('the built pages load only files shipped in the extension, and no built script evaluates strings or loads code from elsewhere', async () => {
  for (const page of await builtFiles('.html')) {
    const html = await readFile(page, 'utf8');
    const references = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) {
      expect(reference).toMatch(/^\/[\w./-]+$/);
      expect(existsSync(join(EXTENSION_DIR, reference))).toBe(true);
    }
  }
  const scripts = await builtFiles('.js');
  expect(scripts.map((script) => script.slice(EXTENSION_DIR.length))).toEqual(expect.arrayContaining(['background.js', 'content-scripts/review.js']));
  for (const script of scripts) {
    const code = await readFile(script, 'utf8');
    expect(code, script).not.toMatch(/\beval\(|\bnew Function\(|[^.\w]Function\(|\bimportScripts\(|\bimport\(\s*["'`]https?:/);
  }
});

test('in an extension page the browser refuses eval and a script from the web', async ({ browser }) => {
  // A page of its own, not the checked `extensionPage`: the browser reports each refusal as a console error.
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const outcome = await page.evaluate(async () => {
      const refused: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => refused.push(`${event.effectiveDirective} ${event.blockedURI}`));
      // From a timer, as the page's own code: code run by the test harness itself may always eval.
      const evaluated = await new Promise<string>((resolve) =>
        setTimeout(() => {
          try {
            resolve(String(eval('"eval ran"')));
          } catch (error) {
            resolve((error as Error).name);
          }
        }),
      );
      const script = document.createElement('script');
      script.src = 'https://cdn.example/attune-remote.js';
      const loaded = new Promise<string>((resolve) => {
        script.onload = () => resolve('loaded');
        script.onerror = () => resolve('refused');
      });
      document.head.append(script);
      const remote = await loaded;
      return { evaluated, remote, refused };
    });
    expect(outcome).toEqual({
      evaluated: 'EvalError',
      remote: 'refused',
      refused: expect.arrayContaining(['script-src eval', 'script-src-elem https://cdn.example/attune-remote.js']),
    });
  } finally {
    await page.close();
  }
});

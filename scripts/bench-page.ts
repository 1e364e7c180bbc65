// Attune in a real browser: keystroke-to-underline latency, typing cost with Attune on and off, main-thread tasks
// after large pastes, and the built bundle sizes. A benchmark: it prints figures, asserts nothing, and exits
// non-zero only when it could not run. `--no-build` measures the extension already in $ATTUNE_OUT_DIR (or .output).
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { buildEditorPages } from '../tests/e2e/editors/build';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/server';
import { CHROMIUM_PATH } from '../tests/e2e/chromium';
import {
  EXTENSION_DIR,
  OUT_DIR,
  buildExtension,
  launchWithExtension,
  missingPrerequisite,
  setAttuneOnFixtureSites,
} from './bench-page/browser';
import { percentile, printTable } from './bench-kit';
import { builtFiles, bundleContributors } from './bench-page/bundle';
import { buildPastedDraft, buildReply } from './bench-page/drafts';
import { installPageProbe } from './bench-page/in-page';
import { PageTrace, type MainThreadTask } from './bench-page/trace';

const replyWords = 1_000;
const phraseEveryWords = 25;
/** The typing-cost passage, typed after the reply at a steady pace a very fast typist keeps up (240 words a minute). */
const passageWords = 40;
const keyIntervalMs = 50;
const pasteSizes = [10_000, 100_000];
/** How long after a paste the page's tasks are recorded. */
const afterPasteMs = 3_000;
/** How long to wait for an underline after the key that completes a flagged phrase. */
const underlineTimeoutMs = 3_000;
const longTaskMs = 50;
const goals = { underlineP95Ms: 16, attuneTaskMs: 50, typingCostRatio: 1.2 };

/** The kinds of field measured, as tests/e2e/pages/editor-page.ts's EDITORS finds them on the fixture pages. */
const fields = [
  { kind: 'textarea', path: '/portal/', selector: '#reply' },
  { kind: 'contenteditable', path: '/forum/', selector: '#reply-editor' },
  { kind: 'ProseMirror', path: '/editors/?editor=prosemirror', selector: '.ProseMirror' },
] as const;
type Field = (typeof fields)[number];

const reply = buildReply(replyWords, phraseEveryWords, 7);
/** A new paragraph after the reply, with flagged phrases of its own. */
const passage = `\n${buildReply(passageWords, phraseEveryWords, 8).text}`;

// ---------------------------------------------------------------------------------------------
// Driving a page

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens the field's page, puts the caret in the field and, with Attune on, waits for its review script. */
async function openField(context: BrowserContext, server: FixtureServer, field: Field, attuneOn: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url(field.path));
  await page.locator(field.selector).click();
  if (attuneOn) await page.waitForSelector('attune-review', { state: 'attached', timeout: 10_000 });
  // Let the page and the review script finish starting before anything is timed.
  await sleep(300);
  return page;
}

/** Whether Attune's review script is in the page: a run meant to be with (or without) it says so if not. */
const hasAttune = (page: Page) => page.evaluate(() => document.querySelector('attune-review') !== null);

/** The field's characters, line breaks left out (rich-text editors keep them as elements, not characters). */
const fieldCharacters = (page: Page, field: Field) =>
  page.locator(field.selector).evaluate((element) =>
    (element instanceof HTMLTextAreaElement ? element.value : (element.textContent ?? '')).replace(/\n/g, '').length,
  );

/** The count on Attune's badge: how many findings the field shows. */
const badgeCount = (page: Page) =>
  page.evaluate(() => Number(document.querySelector('attune-review')?.shadowRoot?.querySelector('[data-attune-badge]')?.textContent ?? 0));

/** Main-thread time the page's renderer has spent on tasks since `Performance.enable`, less DevTools' own commands. */
async function mainThreadMs(session: CDPSession): Promise<number> {
  const { metrics } = await session.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return (value('TaskDuration') - value('DevToolsCommandDuration')) * 1000;
}

interface PassageRun {
  /** Per key, ms from the key event to the end of the next frame. */
  keyToPaint: number[];
  /** Main-thread time per key, whatever ran it (the page, Attune, the browser's own work for the page). */
  busyMsPerKey: number;
}

interface TypingRun {
  /** Keys a second while the reply was typed back to back. */
  keysPerSecond: number;
  /** Per flagged phrase of the reply, ms to the underline; null where none came in time. */
  underline: (number | null)[];
  on: PassageRun;
  off: PassageRun;
  problems: string[];
}

/**
 * With Attune on, types the reply one real key at a time, back to back as fast as DevTools delivers them; before
 * each key that completes a flagged phrase it lets the page catch up with the keys, then times the underline.
 * Then it types the passage at a steady pace, turns Attune off for the site (which takes it out of the open page)
 * and types the passage again: the same keys into the same page, with and without Attune.
 */
async function typeReply(context: BrowserContext, server: FixtureServer, field: Field): Promise<TypingRun> {
  await setAttuneOnFixtureSites(context, true);
  const page = await openField(context, server, field, true);
  const underline: (number | null)[] = [];
  let typingMs = 0;
  let next = 0;
  for (let index = 0; index < reply.text.length; index++) {
    const phrase = reply.phrases[next];
    const completesPhrase = phrase?.end === index + 1;
    if (completesPhrase) {
      next++;
      await page.evaluate(() => window.attuneBench!.keyPainted());
      await page.evaluate(({ length, timeout }) => window.attuneBench!.watchNextKey(length, timeout), { length: phrase.phrase.length, timeout: underlineTimeoutMs });
    }
    const keyStarted = performance.now();
    await page.keyboard.type(reply.text[index]!);
    typingMs += performance.now() - keyStarted;
    if (completesPhrase) underline.push(await page.evaluate(() => window.attuneBench!.underlineLatency()));
  }
  const problems: string[] = [];
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  const on = await typePassage(page, session);
  await setAttuneOnFixtureSites(context, false);
  await page.waitForSelector('attune-review', { state: 'detached', timeout: 5_000 }).catch(() => problems.push("Attune's overlay stayed after it was turned off"));
  const off = await typePassage(page, session);
  problems.push(...(await textProblems(page, field, reply.text + passage + passage)));
  await page.close();
  return { keysPerSecond: reply.text.length / (typingMs / 1000), underline, on, off, problems };
}

/** Types the passage one key every keyIntervalMs, once the page has settled. */
async function typePassage(page: Page, session: CDPSession): Promise<PassageRun> {
  await page.evaluate(() => window.attuneBench!.keyPainted());
  // Lets the reply's last analysis run before the passage starts.
  await sleep(1_000);
  await page.evaluate(() => window.attuneBench!.reset());
  const busyBefore = await mainThreadMs(session);
  for (const key of passage) {
    const keyStarted = performance.now();
    await page.keyboard.type(key);
    await sleep(keyIntervalMs - (performance.now() - keyStarted));
  }
  const busyMsPerKey = ((await mainThreadMs(session)) - busyBefore) / passage.length;
  return { keyToPaint: await page.evaluate(() => window.attuneBench!.keyToPaint), busyMsPerKey };
}

interface PasteRun {
  tasks: MainThreadTask[];
  /** Findings on the badge once the window is over (Attune on). */
  findings: number;
  problems: string[];
}

/** Pastes `text` with a real Ctrl+V from the clipboard and traces the page's main thread until afterPasteMs later. */
async function pasteDraft(context: BrowserContext, server: FixtureServer, field: Field, text: string, attuneOn: boolean): Promise<PasteRun> {
  await setAttuneOnFixtureSites(context, attuneOn);
  const page = await openField(context, server, field, attuneOn);
  await page.evaluate((draft) => navigator.clipboard.writeText(draft), text);
  const session = await context.newCDPSession(page);
  const { frameTree } = await session.send('Page.getFrameTree');
  const trace = new PageTrace(session);
  await trace.start();
  await page.keyboard.press('ControlOrMeta+V');
  await sleep(afterPasteMs);
  const tasks = await trace.stop(frameTree.frame.id);
  const findings = await badgeCount(page);
  const problems = await textProblems(page, field, text);
  if ((await hasAttune(page)) !== attuneOn) problems.push(attuneOn ? "Attune's review script was not in the page" : "Attune's review script was in the page");
  await page.close();
  return { tasks, findings, problems };
}

/** Says if the field does not hold what was typed or pasted: then the run measured something else. */
async function textProblems(page: Page, field: Field, text: string): Promise<string[]> {
  const expected = text.replace(/\n/g, '').length;
  const landed = await fieldCharacters(page, field);
  return landed === expected ? [] : [`the field holds ${count(landed)} of ${count(expected)} characters`];
}

// ---------------------------------------------------------------------------------------------
// Report


const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(value < 10 ? 2 : 1));
const ratio = (on: number, off: number) => `${(on / off).toFixed(2)}×`;
const count = (value: number) => value.toLocaleString('en-US');


const verdict = (met: boolean) => (met ? 'met' : 'MISSED');

// ---------------------------------------------------------------------------------------------
// Run

const build = !process.argv.includes('--no-build');
const chromiumVersion = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).stdout?.trim() || 'Chromium (version unknown)';
const cpu = cpus();
console.log('Attune in-page benchmark');
console.log(`Machine: ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} · Node ${process.version} · ${chromiumVersion}, headless`);

if (build) {
  console.log(`Building the extension from the working tree into ${OUT_DIR}/ (the E2E build, with hidden source maps)…`);
  const failure = buildExtension();
  if (failure) {
    console.error(failure);
    process.exit(1);
  }
}
await buildEditorPages();
const missing = missingPrerequisite();
if (missing) {
  console.error(missing);
  process.exit(1);
}

const drafts = pasteSizes.map((size, index) => ({ size, text: buildPastedDraft(size, 100 + index) }));
const server = await startFixtureServer();
const browser = await launchWithExtension();
const { context } = browser;
// tsx compiles functions with esbuild's keepNames, which wraps them in a `__name` helper the page does not have.
await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
await context.addInitScript(installPageProbe);
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
for (const page of context.pages()) await page.close();

type PasteKey = `${Field['kind']}@${number}`;
const typing = new Map<Field['kind'], TypingRun>();
const pastesOn = new Map<PasteKey, PasteRun>();
const pastesOff = new Map<PasteKey, PasteRun>();
const started = performance.now();
try {
  for (const field of fields) {
    console.log(`  typing into ${field.kind}…`);
    typing.set(field.kind, await typeReply(context, server, field));
  }
  for (const field of fields) {
    for (const draft of drafts) {
      console.log(`  pasting ${count(draft.size)} characters into ${field.kind}, Attune on and off…`);
      pastesOn.set(`${field.kind}@${draft.size}`, await pasteDraft(context, server, field, draft.text, true));
      pastesOff.set(`${field.kind}@${draft.size}`, await pasteDraft(context, server, field, draft.text, false));
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const underlines = (kind: Field['kind']) => typing.get(kind)!.underline.filter((latency): latency is number => latency !== null);

console.log(`\nMeasured in ${((performance.now() - started) / 1000).toFixed(0)} s with the extension in ${EXTENSION_DIR}.`);
console.log(
  `Reply: ${count(reply.words)} words, ${count(reply.text.length)} characters with ${reply.phrases.length} flagged "me too" phrases, typed with ` +
    `Attune on one real key at a time (page.keyboard), back to back (${fields.map(({ kind }) => Math.round(typing.get(kind)!.keysPerSecond)).join(', ')} ` +
    `keys/s). Before each key that completes a flagged phrase the page catches up with the keys; after it, typing waits for the underline ` +
    `(at most ${underlineTimeoutMs / 1000} s).`,
);

printTable(
  'Keystroke to underline: from the key event that completes a flagged phrase to the end of the first frame that shows it underlined (ms)',
  ['field', 'phrases', 'underlined', 'median', 'p95', 'max'],
  fields.map(({ kind }) => {
    const shown = underlines(kind);
    return [kind, String(reply.phrases.length), String(shown.length), ms(percentile(shown, 0.5)), ms(percentile(shown, 0.95)), ms(percentile(shown, 1))];
  }),
);
console.log("textarea: an underline element in Attune's overlay; contenteditable and ProseMirror: a range in CSS.highlights, read from the page.");

printTable(
  `Typing cost: a ${count(passage.length)}-character passage typed after the reply, one key every ${keyIntervalMs} ms, with Attune on, then again in the ` +
    'same page once Attune is turned off there. Key event to the end of the next frame (ms); main-thread time per key (CDP TaskDuration, ms)',
  ['field', 'on median', 'on p95', 'off median', 'off p95', 'median on/off', 'p95 on/off', 'busy/key on', 'busy/key off', 'busy on/off'],
  fields.map(({ kind }) => {
    const { on, off } = typing.get(kind)!;
    const [onMedian, onP95] = [percentile(on.keyToPaint, 0.5), percentile(on.keyToPaint, 0.95)];
    const [offMedian, offP95] = [percentile(off.keyToPaint, 0.5), percentile(off.keyToPaint, 0.95)];
    return [
      kind,
      ms(onMedian),
      ms(onP95),
      ms(offMedian),
      ms(offP95),
      ratio(onMedian, offMedian),
      ratio(onP95, offP95),
      ms(on.busyMsPerKey),
      ms(off.busyMsPerKey),
      ratio(on.busyMsPerKey, off.busyMsPerKey),
    ];
  }),
);

const longest = (tasks: MainThreadTask[]) => Math.max(0, ...tasks.map((task) => task.durationMs));
const longTasks = (tasks: MainThreadTask[]) => tasks.filter((task) => task.durationMs > longTaskMs).length;
const longestAttune = (tasks: MainThreadTask[]) => Math.max(0, ...tasks.map((task) => task.extensionMs));
const attuneTotal = (tasks: MainThreadTask[]) => tasks.reduce((sum, task) => sum + task.extensionMs, 0);
printTable(
  `Paste (Ctrl+V) into a fresh page, Attune on and off: main-thread tasks from the paste to ${afterPasteMs / 1000} s after it (CDP trace, ms). ` +
    'Attune = time in its scripts within a task',
  ['field', 'characters', 'longest task on', 'off', `tasks > ${longTaskMs} ms on`, 'off', 'Attune in one task', 'Attune in all', 'findings shown'],
  fields.flatMap(({ kind }) =>
    drafts.map(({ size }) => {
      const on = pastesOn.get(`${kind}@${size}`)!;
      const off = pastesOff.get(`${kind}@${size}`)!;
      return [
        kind,
        count(size),
        ms(longest(on.tasks)),
        ms(longest(off.tasks)),
        String(longTasks(on.tasks)),
        String(longTasks(off.tasks)),
        ms(longestAttune(on.tasks)),
        ms(attuneTotal(on.tasks)),
        String(on.findings),
      ];
    }),
  ),
);

const problems = fields.flatMap(({ kind }) => [
  ...typing.get(kind)!.problems.map((problem) => `typing into ${kind}: ${problem}`),
  ...drafts.flatMap(({ size }) => [
    ...pastesOn.get(`${kind}@${size}`)!.problems.map((problem) => `pasting ${count(size)} into ${kind}, Attune on: ${problem}`),
    ...pastesOff.get(`${kind}@${size}`)!.problems.map((problem) => `pasting ${count(size)} into ${kind}, Attune off: ${problem}`),
  ]),
]);
if (problems.length > 0) console.log(`\nRuns whose figures may not mean what they say:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);

const files = builtFiles(EXTENSION_DIR);
const contentScript = 'content-scripts/review.js';
printTable(
  `Bundle: ${OUT_DIR}/chrome-mv3 (bytes; gzip -9)`,
  ['file', 'raw', 'gzip', ''],
  [
    ...files.map((file) => [
      file.path,
      count(file.raw),
      count(file.gzip),
      file.path === contentScript ? '← the content script, loaded in every page where Attune is on' : '',
    ]),
    ['total', count(files.reduce((sum, file) => sum + file.raw, 0)), count(files.reduce((sum, file) => sum + file.gzip, 0)), ''],
  ],
);
const contributors = bundleContributors(join(EXTENSION_DIR, contentScript));
if (contributors) {
  const total = contributors.reduce((sum, contributor) => sum + contributor.chars, 0);
  const shown = contributors.slice(0, 10);
  const rest = total - shown.reduce((sum, contributor) => sum + contributor.chars, 0);
  printTable(
    `What ${contentScript} is made of (characters of the minified file, traced through its source map)`,
    ['source', 'characters', 'share'],
    [...shown, { name: `${contributors.length - shown.length} more`, chars: rest }].map(({ name, chars }) => [
      name,
      count(chars),
      `${((chars / total) * 100).toFixed(1)}%`,
    ]),
  );
} else {
  console.log(`\n(No source map beside ${contentScript}: build without --no-build to see what it is made of.)`);
}

const largest = pasteSizes.at(-1)!;
const underlineP95 = fields.map(({ kind }) => {
  // A phrase never underlined counts as the timeout.
  const all = [...underlines(kind), ...Array<number>(reply.phrases.length - underlines(kind).length).fill(underlineTimeoutMs)];
  return { kind, value: percentile(all, 0.95) };
});
const attuneTask = fields.map(({ kind }) => ({ kind, value: longestAttune(pastesOn.get(`${kind}@${largest}`)!.tasks) }));
const typingRatio = fields.map(({ kind }) => {
  const { on, off } = typing.get(kind)!;
  const ratioAt = (fraction: number) => percentile(on.keyToPaint, fraction) / percentile(off.keyToPaint, fraction);
  return { kind, median: ratioAt(0.5), p95: ratioAt(0.95) };
});
const list = (figures: { kind: string; value: number }[], format: (value: number) => string) =>
  figures.map(({ kind, value }) => `${kind} ${format(value)}`).join(', ');

console.log('\nGoals');
console.log(
  `  keystroke-to-underline p95 ≤ ${goals.underlineP95Ms} ms at ${count(replyWords)} words: ${list(underlineP95, (value) => `${ms(value)} ms`)}  ` +
    verdict(underlineP95.every(({ value }) => value <= goals.underlineP95Ms)),
);
console.log(
  `  no Attune task over ${goals.attuneTaskMs} ms at ${count(largest)} characters (its longest time in one task): ` +
    `${list(attuneTask, (value) => `${ms(value)} ms`)}  ${verdict(attuneTask.every(({ value }) => value <= goals.attuneTaskMs))}`,
);
console.log(
  `  typing cost with Attune on within ${goals.typingCostRatio}× of off (key to frame, median / p95): ` +
    `${typingRatio.map(({ kind, median, p95 }) => `${kind} ${median.toFixed(2)}× / ${p95.toFixed(2)}×`).join(', ')}  ` +
    verdict(typingRatio.every(({ median, p95 }) => median <= goals.typingCostRatio && p95 <= goals.typingCostRatio)),
);

import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { expectBoxClose } from './box-assertions';
import { expect, test } from './fixtures';
import type { UnderlineSnapshot } from './pages/attune-overlay';
import { EDITORS, EditorPage } from './pages/editor-page';

// "Never in the way": a 100,000-character paste into each kind of field. The field keeps exactly what was pasted,
// Attune still finds and underlines what it should (out to the far end of the text), and typing goes on as before.

/** The one flagged phrase in the last paragraph, found by scrolling down to it. */
const LAST_PHRASE = 'I know exactly how you feel';
const PASTE_LENGTH = 100_000;
/** Typed key by key right after the paste, while Attune is still analysing it, and again once it is done. */
const TYPED_DURING_ANALYSIS = ' Take care.';
const TYPED_AFTER_ANALYSIS = ' Write soon.';
/** A paste this long takes the editors themselves a while; Attune's analysis comes on top. */
const PASTE_TIMEOUT_MS = 30_000;

/** Receptive sentences and a few "me too" ones, from word lists (seeded, so every run pastes the same text). */
function generatedReply(length: number): string {
  const feelings = ['tired', 'angry', 'lost', 'scared', 'numb', 'lonely', 'stuck', 'restless'];
  const events = ['the move', 'the diagnosis', 'the layoff', 'the surgery', 'the exams', 'the hearing'];
  const times = ['this week', 'today', 'lately', 'tonight', 'since the spring', 'these days'];
  const receptive = [
    (n: number) => `It makes sense that you feel ${pick(feelings, n)} after ${pick(events, n + 1)}.`,
    (n: number) => `How are you holding up ${pick(times, n)}, day ${n}?`,
    (n: number) => `What has been the hardest part of ${pick(events, n)} for you, in week ${n}?`,
    (n: number) => `You do not have to have it all figured out ${pick(times, n + 2)}.`,
    (n: number) => `Thank you for trusting me with something this heavy on day ${n}.`,
  ];
  const flagged = [(n: number) => `Me too, honestly, ${pick(times, n)}.`, (n: number) => `Same here, ${pick(events, n)} wrecked me for weeks.`];
  const lines: string[] = [];
  let total = 0;
  for (let line = 0; total < length - 200; line++) {
    const sentences = Array.from({ length: 5 }, (_, index) => {
      const n = line * 5 + index;
      return n % 23 === 7 ? pick(flagged, n)(n) : pick(receptive, n)(n);
    });
    const text = sentences.join(' ');
    lines.push(text);
    total += text.length + 1;
  }
  lines.push(`${LAST_PHRASE}, and I am still here whenever you want to talk.`);
  return lines.join('\n');
}

function pick<T>(items: readonly T[], n: number): T {
  return items[(n * 7 + 3) % items.length]!;
}

/** A real paste: the text goes on the clipboard, and Ctrl+V puts it in as the browser's own paste. */
async function paste(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate((clipboardText) => navigator.clipboard.writeText(clipboardText), text);
  await page.keyboard.press('ControlOrMeta+V');
}

/**
 * Records the durations (ms) of the page's main-thread tasks over 50 ms from its start, whoever ran them (the
 * editor's own paste handling too: the page cannot tell a content script's tasks apart), for the test's output only.
 */
async function recordLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.addInitScript(() => {
    const durations: number[] = [];
    (window as unknown as { attuneTestLongTasks: number[] }).attuneTestLongTasks = durations;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
  return () => page.evaluate(() => [...(window as unknown as { attuneTestLongTasks: number[] }).attuneTestLongTasks]);
}

/** How many ranges Attune's CSS Custom Highlights paint. */
const highlightedRanges = (page: Page) =>
  page.evaluate(() => [...CSS.highlights].filter(([name]) => name.startsWith('attune-')).reduce((sum, [, highlight]) => sum + highlight.size, 0));

const PASTE_EDITORS = EDITORS.filter((editor) => ['textarea', 'contenteditable', 'prosemirror'].includes(editor.slug));
const REPLY = generatedReply(PASTE_LENGTH);

describe.each(PASTE_EDITORS)('$name', (spec) => {
  test('a 100,000-character paste stays exactly as pasted, is reviewed to its end, and typing goes on', async ({ page, server }) => {
    const longTasks = await recordLongTasks(page);
    const editor = new EditorPage(page, server, spec);
    await editor.open();
    await editor.field.click();
    const beforePaste = await longTasks();

    await paste(page, REPLY);
    await page.keyboard.type(TYPED_DURING_ANALYSIS);
    await expect.poll(() => editor.stateText(), { timeout: PASTE_TIMEOUT_MS }).toBe(`${REPLY}${TYPED_DURING_ANALYSIS}`);
    await expect.poll(async () => Number((await editor.overlay.badge())?.text ?? 0), { timeout: PASTE_TIMEOUT_MS }).toBeGreaterThan(0);
    // For information only: once the analysis has settled, before the test's own measuring below lays the text out again.
    await editor.overlay.waitForAnalysis();
    const tasks = (await longTasks()).slice(beforePaste.length);
    console.info(`${spec.name}: ${tasks.length} tasks over 50 ms after the paste${tasks.length > 0 ? `: ${tasks.join(', ')} ms` : ''}`);

    // The caret goes to the end, and the field (or the page) scrolls down to it.
    await page.keyboard.press('ControlOrMeta+End');
    await expect
      .poll(async () => {
        const phrase = await editor.phraseBox(LAST_PHRASE);
        const onPhrase = (underline: UnderlineSnapshot) =>
          Math.abs(underline.box.top - phrase.top) < 2 && Math.abs(underline.box.left - phrase.left) < 2;
        return (await editor.overlay.underlines()).some(onPhrase);
      }, { timeout: PASTE_TIMEOUT_MS })
      .toBe(true);
    const underlines = await editor.overlay.underlines();
    const lastUnderline = underlines.find((underline) => underline.rule === 'presumed-understanding');
    expect(lastUnderline).toBeDefined();
    expectBoxClose(lastUnderline!.box, await editor.phraseBox(LAST_PHRASE));
    // Only the findings near what shows are measured and painted; the rest wait until they scroll near.
    const findings = Number((await editor.overlay.badge())?.text);
    expect(underlines.length).toBeLessThan(findings);
    if (!spec.isTextarea) expect(await highlightedRanges(page)).toBeLessThan(findings);

    await page.keyboard.type(TYPED_AFTER_ANALYSIS);
    await expect.poll(() => editor.stateText(), { timeout: PASTE_TIMEOUT_MS }).toBe(`${REPLY}${TYPED_DURING_ANALYSIS}${TYPED_AFTER_ANALYSIS}`);
  });
});

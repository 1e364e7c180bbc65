import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe } from 'vitest';
import { expectBoxClose, expectBoxInside } from './box-assertions';
import { expect, SCREENSHOT_DIR, test } from './fixtures';
import type { AttuneOverlay, Box } from './pages/attune-overlay';
import { EDITORS, EditorPage, waitForFocusedControl } from './pages/editor-page';

// The same story in every kind of editor: type, see the underline, open the card by mouse and by keyboard,
// apply a fix that the editor's own state and its Send button see, undo it.

const OPENING = 'Thank you for telling me. ';
const PHRASE = 'I know exactly how you feel';
const CLOSING = ' Take care of yourself tonight.';
const DRAFT = `${OPENING}${PHRASE}.${CLOSING}`;

/** The words a reflection fix puts in, read from its title: Reflect: “…”. */
function reflectionIn(title: string): string {
  const quoted = /“(.+)”/.exec(title)?.[1];
  if (!quoted) throw new Error(`Not a reflection: ${title}`);
  return quoted;
}

/** How far the card keeps from the phrase it explains (the offset in components/use-anchored-position.ts). */
const CARD_GAP = 6;

/** Editors that group quick edits into one undo step (Quill: 1 s) need the pause a reader takes anyway. */
const READING_PAUSE_MS = 1_100;

async function screenshot(editor: EditorPage, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await editor.page.screenshot({ path: join(SCREENSHOT_DIR, `${editor.editor.slug}-${name}.png`) });
}

async function expectUnderlineOnPhrase(editor: EditorPage, overlay: AttuneOverlay): Promise<void> {
  await expect
    .poll(async () => {
      const [underline] = await overlay.underlines();
      const phrase = await editor.phraseBox(PHRASE);
      return underline ? Math.round(Math.abs(underline.box.top - phrase.top) + Math.abs(underline.box.left - phrase.left)) : null;
    }, { timeout: 5_000 })
    .toBe(0);
  const [underline] = await overlay.underlines();
  expectBoxClose(underline!.box, await editor.phraseBox(PHRASE));
}

/** The card sits just below the phrase's line, or just above it when there is no room below, and wholly on screen. */
function expectCardBesidePhrase(card: Box, phrase: Box, viewport: Box): void {
  const gapBelow = card.top - (phrase.top + phrase.height);
  const gapAbove = phrase.top - (card.top + card.height);
  expect(Math.min(Math.abs(gapBelow - CARD_GAP), Math.abs(gapAbove - CARD_GAP))).toBeLessThanOrEqual(1);
  expectBoxInside(card, viewport);
}

function viewportOf(editor: EditorPage): Promise<Box> {
  return editor.frame.evaluate(() => ({ left: 0, top: 0, width: innerWidth, height: innerHeight }));
}

describe.each(EDITORS)('$name', (spec) => {
  test('the typed phrase is underlined exactly, and stays so when the page scrolls and the window narrows', async ({ page, server }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    const editor = new EditorPage(page, server, spec);
    await editor.open();
    await editor.field.scrollIntoViewIfNeeded();
    await editor.type(DRAFT);

    const [underline] = await editor.overlay.waitForUnderlines(1);
    expect(underline).toMatchObject({ rule: 'presumed-understanding', start: OPENING.length, end: OPENING.length + PHRASE.length });
    expectBoxClose(underline!.box, await editor.phraseBox(PHRASE));
    expect(underline!.segments).toHaveLength(1);
    await screenshot(editor, 'underline');

    // Down, or up where the page is already scrolled to its end.
    const scrolled = await editor.frame.evaluate(() => {
      const before = scrollY;
      scrollBy(0, 80);
      if (scrollY === before) scrollBy(0, -80);
      return Math.abs(scrollY - before);
    });
    expect(scrolled).toBeGreaterThan(0);
    await expectUnderlineOnPhrase(editor, editor.overlay);

    // Narrower: the text rewraps, so the phrase moves within the field.
    const wide = await editor.phraseBox(PHRASE);
    await page.setViewportSize({ width: 700, height: 600 });
    await editor.field.scrollIntoViewIfNeeded();
    const narrow = await editor.phraseBox(PHRASE);
    expect(Math.abs(narrow.left - wide.left) + Math.abs(narrow.width - wide.width)).toBeGreaterThan(10);
    await expectUnderlineOnPhrase(editor, editor.overlay);
  });

  test('hovering the phrase opens its card; clicking a fix changes the editor’s own state, and Send posts it', async ({ page, server }) => {
    const editor = new EditorPage(page, server, spec);
    await editor.open();
    await editor.type(DRAFT);
    const [underline] = await editor.overlay.waitForUnderlines(1);

    await editor.pointAt(underline!.box);
    const card = await editor.overlay.waitForCard();
    expect(card).toMatchObject({ rule: 'presumed-understanding', message: 'Claims to know how they feel', focused: null });
    expect(card.fixes.length).toBeGreaterThanOrEqual(2);
    expectCardBesidePhrase(card.box, underline!.box, await viewportOf(editor));
    expect(await editor.hasFocus()).toBe(true);
    await screenshot(editor, 'card');

    const fix = card.fixes[1]!;
    const cardButton = editor.frame.locator('attune-review [data-attune-fix]').nth(1);
    await cardButton.hover();
    await page.waitForTimeout(READING_PAUSE_MS);
    await cardButton.click();

    const reflection = reflectionIn(fix);
    const expected = `${OPENING}${reflection}${CLOSING}`;
    await expect.poll(() => editor.stateText(), { timeout: 5_000 }).toBe(expected);
    await editor.overlay.waitForNoCard();
    expect(await editor.caretOffset()).toBe(OPENING.length + reflection.length);
    await editor.overlay.waitForUnderlines(0);

    await editor.send();
    await expect.poll(() => editor.lastSent(), { timeout: 5_000 }).toBe(expected);
  });

  test('Ctrl+. opens the fixes at the caret, arrows move, Enter applies, and Ctrl+Z restores the original exactly', async ({ page, server }) => {
    const editor = new EditorPage(page, server, spec);
    await editor.open();
    await editor.type(DRAFT);
    const [underline] = await editor.overlay.waitForUnderlines(1);
    await page.waitForTimeout(READING_PAUSE_MS);

    // A click inside the phrase puts the caret there: its card shows, and the caret stays in the field.
    await editor.clickAt(underline!.box, { x: 0.4 });
    expect((await editor.overlay.waitForCard()).focused).toBeNull();
    expect(await editor.hasFocus()).toBe(true);

    await page.keyboard.press('Control+Period');
    const card = await editor.overlay.waitForCard();
    const [first, second] = card.fixes;
    await waitForFocusedControl(editor.overlay, first!);
    await page.keyboard.press('ArrowDown');
    await waitForFocusedControl(editor.overlay, second!);
    await page.keyboard.press('ArrowUp');
    await waitForFocusedControl(editor.overlay, first!);
    await page.keyboard.press('Enter');

    const reflection = reflectionIn(first!);
    await expect.poll(() => editor.stateText(), { timeout: 5_000 }).toBe(`${OPENING}${reflection}${CLOSING}`);
    await editor.overlay.waitForNoCard();
    expect(await editor.hasFocus()).toBe(true);
    expect(await editor.caretOffset()).toBe(OPENING.length + reflection.length);
    await editor.overlay.waitForUnderlines(0);
    await screenshot(editor, 'after-fix');

    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.stateText(), { timeout: 5_000 }).toBe(DRAFT);
    await editor.overlay.waitForUnderlines(1);
    await expectUnderlineOnPhrase(editor, editor.overlay);
  });
});

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expectBoxClose, expectBoxInside } from './box-assertions';
import { expect, SCREENSHOT_DIR, test } from './fixtures';
import { ForumPage } from './pages/forum';

const OPENING = 'Thank you for sharing this with us.';
const PHRASE = 'I know how you feel';

test('typing "I know how you feel" on a new line underlines it in the contenteditable editor', async ({ page, server }) => {
  const forum = new ForumPage(page, server);
  await forum.open();
  await forum.typeReply(`${OPENING}\n${PHRASE}.`);

  const [underline] = await forum.overlay.waitForUnderlines(1);
  // The draft is the editor's text with a line break between its paragraphs.
  const start = OPENING.length + 1;
  expect(underline).toMatchObject({ rule: 'presumed-understanding', start, end: start + PHRASE.length });
  expect((await forum.editor.innerText()).slice(start, start + PHRASE.length)).toBe(PHRASE);

  const rendered = await forum.phraseBox(PHRASE);
  expectBoxClose(underline!.box, rendered!);
  expect(underline!.segments).toHaveLength(1);
  expectBoxClose(underline!.segments[0]!, rendered!);

  // Chromium has CSS Custom Highlights: they paint the squiggle and the overlay box only marks the place.
  expect(underline!.painted).toBe(false);
  expect(await forum.overlay.highlightNames()).toEqual(['attune-warning']);

  await forum.overlay.waitForBadgeCount(1);
  const badge = await forum.overlay.badge();
  expect(badge?.label).toBe('Attune: 1 suggestion');
  const field = (await forum.editor.boundingBox())!;
  expectBoxInside(badge!.box, { left: field.x, top: field.y, width: field.width, height: field.height });

  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await forum.editor.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'forum.png') });
});

test('deleting the phrase with Backspace clears the underline, the highlight and the badge', async ({ page, server }) => {
  const forum = new ForumPage(page, server);
  await forum.open();
  await forum.typeReply(`${OPENING}\n${PHRASE}.`);
  await forum.overlay.waitForUnderlines(1);

  for (let typed = `${PHRASE}.`.length; typed > 0; typed--) await page.keyboard.press('Backspace');

  expect((await forum.editor.innerText()).trim()).toBe(OPENING);
  await forum.overlay.waitForUnderlines(0);
  await forum.overlay.waitForBadgeCount(0);
  expect(await forum.overlay.highlightNames()).toEqual([]);
});

test('a reply that asks about their experience gets no underline', async ({ page, server }) => {
  const forum = new ForumPage(page, server);
  await forum.open();
  await forum.typeReply('It sounds like the evenings feel really lonely now. What are they like for you?');
  await forum.overlay.waitForAnalysis();

  expect(await forum.overlay.underlines()).toEqual([]);
  expect(await forum.overlay.badge()).toBeNull();
  expect(await forum.overlay.highlightNames()).toEqual([]);
});

test('the underline follows the phrase when bold text is typed before it', async ({ page, server }) => {
  const forum = new ForumPage(page, server);
  await forum.open();
  await forum.editor.click();
  await page.keyboard.press('Control+B');
  await forum.typeReply('Oh no.');
  await page.keyboard.press('Control+B');
  await forum.typeReply(` ${PHRASE}.`);

  const [underline] = await forum.overlay.waitForUnderlines(1);
  expect(await forum.editor.evaluate((editor) => editor.querySelector('b')?.textContent)).toBe('Oh no.');
  expect(underline).toMatchObject({ start: 'Oh no. '.length, end: 'Oh no. '.length + PHRASE.length });
  expectBoxClose(underline!.box, (await forum.phraseBox(PHRASE))!);
});

test('Post reply still posts, and the badge goes once the page empties the editor', async ({ page, server }) => {
  const forum = new ForumPage(page, server);
  await forum.open();
  await forum.typeReply(`Same here.`);
  await forum.overlay.waitForBadgeCount(1);

  await forum.postReply();

  await expect.poll(() => forum.posts.last().textContent()).toContain('Same here.');
  expect(await forum.editor.innerText()).toBe('');
  await forum.overlay.waitForBadgeCount(0);
  await forum.overlay.waitForUnderlines(0);
});

test('the underline stays on the phrase when the page scrolls', async ({ page, server }) => {
  const forum = new ForumPage(page, server);
  await forum.open();
  await forum.typeReply(`${PHRASE}.`);
  const [before] = await forum.overlay.waitForUnderlines(1);

  await page.mouse.wheel(0, -200);

  await expect.poll(async () => (await forum.overlay.underlines())[0]?.box.top, { timeout: 5_000 }).toBeGreaterThan(before!.box.top + 100);
  expectBoxClose((await forum.overlay.underlines())[0]!.box, (await forum.phraseBox(PHRASE))!);
});

test('nothing is underlined while an IME composes, and the finding returns once it commits', async ({ page, server }) => {
  const forum = new ForumPage(page, server);
  await forum.open();
  await forum.typeReply(`${PHRASE}. `);
  await forum.overlay.waitForUnderlines(1);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'ありがとう', selectionStart: 5, selectionEnd: 5 });
  await forum.overlay.waitForUnderlines(0);
  expect(await forum.overlay.highlightNames()).toEqual([]);

  await cdp.send('Input.insertText', { text: 'ありがとう' });
  const [underline] = await forum.overlay.waitForUnderlines(1);
  expect(underline).toMatchObject({ start: 0, end: PHRASE.length });
  expect(await forum.editor.innerText()).toBe(`${PHRASE}. ありがとう`);
});

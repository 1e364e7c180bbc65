import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expectBoxClose, expectBoxInside } from './box-assertions';
import { expect, SCREENSHOT_DIR, test } from './fixtures';
import { PortalPage } from './pages/portal';

const OPENING = 'Thank you for telling me.\n';
const PHRASE = 'I know exactly how you feel';

test('typing "I know exactly how you feel" underlines the phrase in the textarea and counts it on the badge', async ({ page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.typeReply(`${OPENING}${PHRASE}.`);

  const [underline] = await portal.overlay.waitForUnderlines(1);
  const start = OPENING.length;
  expect(underline).toMatchObject({ rule: 'presumed-understanding', start, end: start + PHRASE.length, painted: true });

  const expected = await portal.phraseLayout(start, start + PHRASE.length);
  expectBoxClose(underline!.box, expected.box);
  expect(underline!.segments).toHaveLength(1);
  // The phrase opens the second line: one line height down, flush with the content's left edge.
  expect(Math.floor((underline!.box.top - expected.content.top) / expected.lineHeight)).toBe(1);
  expect(underline!.box.left).toBeCloseTo(expected.content.left, 0);

  await portal.overlay.waitForBadgeCount(1);
  const badge = await portal.overlay.badge();
  expect(badge?.label).toBe('Attune: 1 suggestion');
  const field = (await portal.reply.boundingBox())!;
  expectBoxInside(badge!.box, { left: field.x, top: field.y, width: field.width, height: field.height });
  expect(badge!.box.left).toBeGreaterThan(field.x + field.width / 2);
  expect(badge!.box.top).toBeGreaterThan(field.y + field.height / 2);

  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'portal.png') });
});

test('deleting the phrase clears the underline and the badge', async ({ page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.typeReply(`${OPENING}${PHRASE}.`);
  await portal.overlay.waitForUnderlines(1);

  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Backspace');

  expect(await portal.reply.inputValue()).toBe(OPENING);
  await portal.overlay.waitForUnderlines(0);
  await portal.overlay.waitForBadgeCount(0);
});

test('a reply that reflects the patient’s feeling gets no underline and no badge', async ({ page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.typeReply('It sounds like you feel trapped at work, like there is no way out. Is that right?');
  await portal.overlay.waitForAnalysis();

  expect(await portal.overlay.underlines()).toEqual([]);
  expect(await portal.overlay.badge()).toBeNull();
});

test('the underline stays on the phrase when the textarea scrolls', async ({ page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  const history = Array.from({ length: 12 }, (_, index) => `Day ${index + 1}: slept five hours, woke at 3 am.`).join('\n');
  await portal.reply.fill(history);
  await portal.reply.press('End');
  await portal.typeReply(`\n${PHRASE}.`);
  const start = history.length + 1;

  const [atBottom] = await portal.overlay.waitForUnderlines(1);
  const scrollTop = await portal.reply.evaluate((textarea) => textarea.scrollTop);
  expect(scrollTop).toBeGreaterThan(0);
  expectBoxClose(atBottom!.box, (await portal.phraseLayout(start, start + PHRASE.length)).box);

  await portal.reply.evaluate((textarea) => (textarea.scrollTop = 0));
  await expect.poll(async () => (await portal.overlay.underlines())[0]?.box.top, { timeout: 5_000 }).toBeCloseTo(atBottom!.box.top + scrollTop, 0);
  expectBoxClose((await portal.overlay.underlines())[0]!.box, (await portal.phraseLayout(start, start + PHRASE.length)).box);
});

test('Send still posts the reply, and the badge goes once the page empties the textarea', async ({ page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.typeReply(`${PHRASE}.`);
  await portal.overlay.waitForBadgeCount(1);

  await portal.send();

  await expect.poll(() => portal.outgoingMessages.last().textContent()).toContain(`${PHRASE}.`);
  expect(await portal.reply.inputValue()).toBe('');
  await portal.overlay.waitForBadgeCount(0);
  await portal.overlay.waitForUnderlines(0);
});

test('the layer over the page lets clicks through', async ({ page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.typeReply(`${PHRASE}.`);
  await portal.overlay.waitForUnderlines(1);

  expect(await portal.overlay.layerPointerEvents()).toBe('none');
  // A click on the underlined words reaches the textarea and moves the caret there.
  const [underline] = await portal.overlay.underlines();
  await page.mouse.click(underline!.box.left + 2, underline!.box.top + underline!.box.height / 2);
  const caret = await portal.reply.evaluate((textarea: HTMLTextAreaElement) => [document.activeElement === textarea, textarea.selectionStart]);
  expect(caret).toEqual([true, 0]);
});

test('when the window narrows and the reply rewraps, the underline moves with the phrase', async ({ page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  const opening = 'Thank you for writing to me about the mornings in the parking lot, and about work. ';
  await portal.typeReply(`${opening}${PHRASE}.`);
  const start = opening.length;
  await portal.overlay.waitForUnderlines(1);
  const wide = await portal.phraseLayout(start, start + PHRASE.length);

  await page.setViewportSize({ width: 760, height: 860 });
  await portal.reply.scrollIntoViewIfNeeded();

  const narrow = await portal.phraseLayout(start, start + PHRASE.length);
  // The phrase really moved within the field: it now starts at another place in its line.
  expect(Math.abs(narrow.box.left - narrow.content.left - (wide.box.left - wide.content.left))).toBeGreaterThan(20);
  await expect
    .poll(async () => {
      const [underline] = await portal.overlay.underlines();
      return underline ? Math.round(underline.box.left - narrow.box.left) : null;
    }, { timeout: 5_000 })
    .toBe(0);
  expectBoxClose((await portal.overlay.underlines())[0]!.box, narrow.box);
});

test('a portal embedded in another page’s iframe is reviewed inside the frame', async ({ page, server }) => {
  await page.goto(server.url('/portal/embedded.html'));
  const frame = page.frameLocator('#portal-frame');
  await frame.locator('#reply').pressSequentially(`${PHRASE}.`);

  const underlines = frame.locator('attune-review [data-attune-underline]');
  await expect.poll(() => underlines.count(), { timeout: 5_000 }).toBe(1);
  expect(await underlines.first().getAttribute('data-end')).toBe(String(PHRASE.length));
  expect(await frame.locator('attune-review [data-attune-badge]').getAttribute('aria-label')).toBe('Attune: 1 suggestion');
  // Nothing is drawn in the outer page, which has no field of its own.
  expect(await page.locator('attune-review [data-attune-underline]').count()).toBe(0);
});

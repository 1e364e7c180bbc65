import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import type { AttuneOverlay } from './pages/attune-overlay';
import { waitForFocusedControl } from './pages/editor-page';
import { ForumPage } from './pages/forum';
import { PortalPage } from './pages/portal';

// How the cards, the list and the keys behave, in the portal's textarea and the forum's contenteditable.

const PHRASE = 'I know exactly how you feel';
const ME_TOO = 'Same here.';
/** Two findings: "Same here" at 0, and PHRASE at 34. */
const TWO_FINDINGS = `${ME_TOO} Thank you for writing. ${PHRASE}.`;
const PHRASE_START = TWO_FINDINGS.indexOf(PHRASE);

const textareaCaret = (portal: PortalPage) => portal.reply.evaluate((textarea: HTMLTextAreaElement) => textarea.selectionStart);

/** Records, for each shortcut (a key with Ctrl or Alt) that reaches the page, whether something had already claimed it. */
async function recordKeysReachingPage(page: Page): Promise<() => Promise<{ key: string; claimed: boolean }[]>> {
  await page.evaluate(() => {
    const seen: { key: string; claimed: boolean }[] = [];
    (window as unknown as { keysSeen: typeof seen }).keysSeen = seen;
    window.addEventListener('keydown', (event) => {
      if (event.ctrlKey || event.altKey) seen.push({ key: event.key, claimed: event.defaultPrevented });
    });
  });
  return () => page.evaluate(() => (window as unknown as { keysSeen: { key: string; claimed: boolean }[] }).keysSeen);
}

async function openCardIds(overlay: AttuneOverlay): Promise<string | null> {
  return (await overlay.card())?.rule ?? null;
}

test('Alt+F8 and Shift+Alt+F8 move the caret from finding to finding, opening each card and saying which it is', async ({ page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.typeReply(TWO_FINDINGS);
  await portal.overlay.waitForUnderlines(2);

  // From the end of the draft, "next" wraps around to the first finding.
  await page.keyboard.press('Alt+F8');
  await expect.poll(() => openCardIds(portal.overlay)).toBe('me-too');
  expect(await textareaCaret(portal)).toBe(0);
  expect(await portal.overlay.announcement()).toBe('Turns the focus to your own experience (1 of 2)');

  await page.keyboard.press('Alt+F8');
  await expect.poll(() => openCardIds(portal.overlay)).toBe('presumed-understanding');
  expect(await textareaCaret(portal)).toBe(PHRASE_START);
  expect(await portal.overlay.announcement()).toBe('Claims to know how they feel (2 of 2)');

  await page.keyboard.press('Shift+Alt+F8');
  await expect.poll(() => openCardIds(portal.overlay)).toBe('me-too');
  expect(await textareaCaret(portal)).toBe(0);
  // The caret stays in the field: the card only shows.
  expect(await portal.reply.evaluate((textarea) => document.activeElement === textarea)).toBe(true);
  expect((await portal.overlay.card())?.focused).toBeNull();
});

test('Esc closes a card opened with Ctrl+. and puts the caret back in the field where it was', async ({ page, server }) => {
  const forum = new ForumPage(page, server);
  await forum.open();
  await forum.typeReply(`${PHRASE}.`);
  await forum.overlay.waitForUnderlines(1);
  for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowLeft');
  // The caret inside the phrase shows its card without taking the caret away.
  await forum.overlay.waitForCard();

  await page.keyboard.press('Control+Period');
  const card = await forum.overlay.waitForCard();
  await waitForFocusedControl(forum.overlay, card.fixes[0]!);

  await page.keyboard.press('Escape');
  await forum.overlay.waitForNoCard();
  const caret = await forum.editor.evaluate((editor) => {
    const selection = getSelection()!;
    return { focused: document.activeElement === editor, node: selection.focusNode?.textContent, offset: selection.focusOffset };
  });
  expect(caret).toEqual({ focused: true, node: `${PHRASE}.`, offset: PHRASE.length - 3 });
  // Typing goes on where it was.
  await page.keyboard.type('X');
  expect(await forum.editor.innerText()).toBe(`${PHRASE.slice(0, -3)}X${PHRASE.slice(-3)}.`);
});

test('Ctrl+. and Alt+F8 are left to the page when there is nothing to fix at the caret', async ({ page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  const keysReachingPage = await recordKeysReachingPage(page);
  await portal.typeReply('Thank you for writing.');
  await portal.overlay.waitForAnalysis();
  await page.keyboard.press('Control+Period');
  await page.keyboard.press('Alt+F8');

  // A finding elsewhere in the draft does not make Ctrl+. Attune's either.
  await portal.typeReply(` ${PHRASE}.`);
  await portal.overlay.waitForUnderlines(1);
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+Period');

  expect((await keysReachingPage()).filter(({ key }) => key === '.' || key === 'F8')).toEqual([
    { key: '.', claimed: false },
    { key: 'F8', claimed: false },
    { key: '.', claimed: false },
  ]);
  expect(await portal.overlay.card()).toBeNull();
});

test('the badge lists every finding; choosing one puts the caret on it and opens its card', async ({ page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.typeReply(TWO_FINDINGS);
  await portal.overlay.waitForBadgeCount(2);

  await page.locator('attune-review [data-attune-badge]').click();
  const items = page.locator('attune-review [data-attune-list-item]');
  await expect.poll(() => items.allInnerTexts()).toEqual([
    expect.stringContaining('Turns the focus to your own experience'),
    expect.stringContaining('Claims to know how they feel'),
  ]);
  expect(await page.locator('attune-review [data-attune-badge]').getAttribute('aria-expanded')).toBe('true');
  expect(await items.nth(1).innerText()).toContain(PHRASE);

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const card = await portal.overlay.waitForCard();
  expect(card.rule).toBe('presumed-understanding');
  await waitForFocusedControl(portal.overlay, card.fixes[0]!);
  expect(await page.locator('attune-review [data-attune-list]').count()).toBe(0);

  await page.keyboard.press('Escape');
  await portal.overlay.waitForNoCard();
  expect(await portal.reply.evaluate((textarea) => document.activeElement === textarea)).toBe(true);
  expect(await textareaCaret(portal)).toBe(PHRASE_START);
});

test('Ignore hides that finding until the text changes, and the count change is announced politely', async ({ page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.typeReply(TWO_FINDINGS);
  await portal.overlay.waitForUnderlines(2);
  const announcer = page.locator('attune-review [data-attune-announcer]');
  expect(await announcer.getAttribute('aria-live')).toBe('polite');
  await expect.poll(() => portal.overlay.announcement()).toBe('Attune: 2 suggestions');

  const [, phrase] = await portal.overlay.underlines();
  await page.mouse.move(phrase!.box.left + 10, phrase!.box.top + phrase!.box.height / 2);
  await portal.overlay.waitForCard();
  await page.locator('attune-review [data-attune-action="ignore"]').click();

  const [left] = await portal.overlay.waitForUnderlines(1);
  expect(left?.rule).toBe('me-too');
  await portal.overlay.waitForBadgeCount(1);
  await expect.poll(() => portal.overlay.announcement()).toBe('Attune: 1 suggestion');
  expect(await portal.reply.inputValue()).toBe(TWO_FINDINGS);

  await portal.reply.press('End');
  await portal.typeReply(' ');
  await portal.overlay.waitForUnderlines(2);
});

test('a hover card closes once the pointer leaves both the phrase and the card', async ({ page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.typeReply(`${PHRASE}.`);
  const [underline] = await portal.overlay.waitForUnderlines(1);

  await page.mouse.move(underline!.box.left + 5, underline!.box.top + underline!.box.height / 2);
  const card = await portal.overlay.waitForCard();
  // On its way to the card the pointer crosses plain text; the card waits for it.
  await page.mouse.move(card.box.left + 20, card.box.top + 20, { steps: 5 });
  await page.waitForTimeout(600);
  expect(await portal.overlay.card()).not.toBeNull();

  await page.mouse.move(5, 5, { steps: 3 });
  await portal.overlay.waitForNoCard();
});

test('a textarea and an editor inside an open shadow root, added after load, are reviewed and fixed', async ({ page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  await page.evaluate(() => {
    const host = document.createElement('div');
    host.id = 'web-component';
    host.attachShadow({ mode: 'open' }).innerHTML = `
      <style>textarea, div { display: block; width: 420px; min-height: 60px; font: 15px/1.5 sans-serif; }</style>
      <textarea aria-label="Note"></textarea>
      <div contenteditable="true" aria-label="Rich note"></div>`;
    document.querySelector('.composer')!.append(host);
  });
  const textarea = page.locator('#web-component textarea');
  const editor = page.locator('#web-component [contenteditable]');

  await textarea.pressSequentially(`${PHRASE}. Thanks.`);
  const [underline] = await portal.overlay.waitForUnderlines(1);
  expect(underline).toMatchObject({ rule: 'presumed-understanding', start: 0, end: PHRASE.length });
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+Period');
  const card = await portal.overlay.waitForCard();
  await waitForFocusedControl(portal.overlay, card.fixes[0]!);
  await page.keyboard.press('Enter');
  await expect.poll(() => textarea.inputValue()).toMatch(/^It sounds like .* Thanks\.$/);
  await portal.overlay.waitForUnderlines(0);

  await editor.pressSequentially(`${ME_TOO} Thanks.`);
  const [richUnderline] = await portal.overlay.waitForUnderlines(1);
  expect(richUnderline).toMatchObject({ rule: 'me-too', start: 0, end: ME_TOO.length - 1, painted: false });
  expect(await portal.overlay.highlightNames()).toEqual(['attune-warning']);
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+Period');
  const richCard = await portal.overlay.waitForCard();
  await waitForFocusedControl(portal.overlay, richCard.fixes[0]!);
  await page.keyboard.press('Enter');
  await expect.poll(() => editor.innerText()).toMatch(/^It sounds like .* Thanks\.$/);
  await page.keyboard.press('Control+z');
  await expect.poll(() => editor.innerText()).toBe(`${ME_TOO} Thanks.`);
});

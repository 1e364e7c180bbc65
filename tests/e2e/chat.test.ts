import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expectBoxClose } from './box-assertions';
import { expect, SCREENSHOT_DIR, test } from './fixtures';
import { ChatPage } from './pages/chat';

test('typing "Me too!" in the composer underlines "Me too" and counts it on the badge', async ({ page, server }) => {
  const chat = new ChatPage(page, server);
  await chat.open();
  await chat.typeMessage('Me too! Mine was the same last year.');

  const [underline] = await chat.overlay.waitForUnderlines(1);
  expect(underline).toMatchObject({ rule: 'me-too', start: 0, end: 'Me too'.length });
  expectBoxClose(underline!.box, (await chat.phraseBox('Me too'))!);
  await chat.overlay.waitForBadgeCount(1);

  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'chat.png') });
});

test('Enter still sends the message; the emptied composer loses its underline and badge', async ({ page, server }) => {
  const chat = new ChatPage(page, server);
  await chat.open();
  const before = await chat.outgoingBubbles.count();
  await chat.typeMessage('Same here.');
  await chat.overlay.waitForBadgeCount(1);

  await chat.pressEnter();

  expect(await chat.outgoingBubbles.count()).toBe(before + 1);
  expect(await chat.outgoingBubbles.last().textContent()).toContain('Same here.');
  expect(await chat.composer.innerText()).toBe('');
  await chat.overlay.waitForUnderlines(0);
  await chat.overlay.waitForBadgeCount(0);
});

test('selecting the message and deleting it clears the underline and the badge', async ({ page, server }) => {
  const chat = new ChatPage(page, server);
  await chat.open();
  await chat.typeMessage('Same here.');
  await chat.overlay.waitForUnderlines(1);

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');

  expect((await chat.composer.innerText()).trim()).toBe('');
  await chat.overlay.waitForUnderlines(0);
  await chat.overlay.waitForBadgeCount(0);
});

test('a message about them gets no underline', async ({ page, server }) => {
  const chat = new ChatPage(page, server);
  await chat.open();
  await chat.typeMessage('That sounds exhausting, Sam. How are you holding up tonight?');
  await chat.overlay.waitForAnalysis();

  expect(await chat.overlay.underlines()).toEqual([]);
  expect(await chat.overlay.badge()).toBeNull();
});

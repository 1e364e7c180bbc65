import type { Page } from 'playwright-core';
import { readFeelings } from '../../lib/reflect';
import { chooseReplyToRequest } from '../../lib/settings/tab-status';
import { FIXTURE_SITE, sendToTab, tabIdOf, writeSettings } from './extension-settings';
import { expect, test } from './fixtures';
import { AttuneOverlay } from './pages/attune-overlay';
import { PopupPage } from './pages/popup';

const ME_TOO = 'Me too!';

/** Whitespace as a reader sees it: the page lays paragraphs out, Attune reads them a line each. */
const asRead = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

interface FixtureSite {
  site: string;
  path: string;
  field: string;
  /** The message shown above the field, read from the page itself, independently of Attune. */
  readIncoming(page: Page): Promise<string>;
}

const fixtureSites: FixtureSite[] = [
  {
    site: 'the patient portal',
    path: '/portal/',
    field: '#reply',
    readIncoming: (page) => page.locator('article.message--incoming .message__body').innerText(),
  },
  {
    site: 'the forum',
    path: '/forum/',
    field: '#reply-editor',
    readIncoming: (page) => page.locator('#parent-post .post__body').innerText(),
  },
  {
    site: 'the chat',
    path: '/chat/',
    field: '#composer',
    // The bubbles Sam sent after the user's last one, without their times.
    readIncoming: (page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('li.bubble--outgoing ~ li.bubble--incoming')].map((bubble) => bubble.firstChild?.textContent).join('\n'),
      ),
  },
];

const fieldText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((field) => (field instanceof HTMLTextAreaElement ? field.value : (field as HTMLElement).innerText));

test.beforeEach(async ({ browser }) => {
  await writeSettings(browser.context, { sites: [FIXTURE_SITE] });
});

test.for(fixtureSites)(
  'on $site, "Me too!" is offered a reflection of the feeling in the message shown, and applying it leaves that reflection',
  async ({ path, field, readIncoming }, { page, extensionPage, browser, server }) => {
    await page.goto(server.url(path));
    const overlay = new AttuneOverlay(page);
    const incoming = await readIncoming(page);
    const theirFeelings = readFeelings(incoming).filter((mention) => !mention.negated).map((mention) => mention.feeling);
    expect(theirFeelings).not.toEqual([]);

    await page.locator(field).pressSequentially(ME_TOO);
    const [underline] = await overlay.waitForUnderlines(1);
    expect(underline).toMatchObject({ rule: 'me-too', start: 0, end: 'Me too'.length });

    // The popup shows the message the page's review replies to: the one above the field.
    const popup = new PopupPage(extensionPage, browser.extensionId);
    await popup.open(await tabIdOf(browser.context, page.url()));
    await popup.replyTo.waitFor();
    const replyTo = (await popup.replyTo.textContent()) ?? '';
    expect(asRead(replyTo)).toBe(asRead(incoming));
    expect(await popup.findingCount.textContent()).toBe('1 suggestion in the active field');

    // The card on the underline offers reflections of their feeling first; its first fix replaces the whole reply.
    await page.bringToFront();
    await page.mouse.move(underline!.box.left + underline!.box.width / 2, underline!.box.top + underline!.box.height / 2);
    const card = await overlay.waitForCard();
    const reflection = /^Reflect: “(.+)”$/.exec(card.fixes[0] ?? '')?.[1] ?? '';
    expect(reflection).toMatch(/^It sounds like you're feeling /);
    expect(theirFeelings.some((feeling) => reflection.includes(feeling))).toBe(true);
    await page.locator('attune-review [data-attune-fix]').first().click();

    await expect.poll(() => fieldText(page, field), { timeout: 5_000 }).toBe(reflection);
    await overlay.waitForUnderlines(0);
  },
);

test('text picked with "Reply to this with Attune" replaces the page’s message until the popup clears it', async ({
  page,
  extensionPage,
  browser,
  server,
}) => {
  await page.goto(server.url('/forum/'));
  const overlay = new AttuneOverlay(page);
  await page.locator('#reply-editor').pressSequentially(ME_TOO);
  await overlay.waitForUnderlines(1);
  const tabId = await tabIdOf(browser.context, page.url());
  // Words about the situation and no feeling: the reflection can only be the general one.
  const picked = 'My brother talks about the house sale like it’s a chore, and at work people have stopped asking.';

  // What the context menu's click sends to the tab.
  await sendToTab(browser.context, tabId, chooseReplyToRequest(picked));

  const [underline] = await overlay.waitForUnderlines(1);
  await page.mouse.move(underline!.box.left + underline!.box.width / 2, underline!.box.top + underline!.box.height / 2);
  await expect
    .poll(async () => (await overlay.card())?.fixes[0], { timeout: 5_000 })
    .toBe('Reflect: “It sounds like this has been really hard. Is that right?”');

  const popup = new PopupPage(extensionPage, browser.extensionId);
  await popup.open(tabId);
  await expect.poll(() => popup.replyTo.textContent(), { timeout: 5_000 }).toBe(picked);

  await popup.clearReplyToButton.click();
  await expect.poll(() => popup.replyTo.count(), { timeout: 5_000 }).toBe(0);
  expect(await popup.findingCount.textContent()).toBe('1 suggestion in the active field');
  await popup.open(tabId);
  await popup.findingCount.waitFor();
  expect(await popup.replyTo.count()).toBe(0);
});

test('a quote in the forum draft is the message replied to, and its own "me too" is not flagged', async ({
  page,
  extensionPage,
  browser,
  server,
}) => {
  await page.goto(server.url('/forum/'));
  const overlay = new AttuneOverlay(page);
  const editor = page.locator('#reply-editor');
  // As an editor's Quote button leaves it: the quoted words in a blockquote, the caret on a new line below.
  await editor.evaluate((element) => {
    element.innerHTML = '<blockquote>Me too, honestly. The evenings are the worst and I feel so alone.</blockquote><div><br></div>';
    element.focus();
    getSelection()!.collapse(element.lastChild, 0);
  });
  await editor.pressSequentially(ME_TOO);

  const [underline] = await overlay.waitForUnderlines(1);
  const draftStart = 'Me too, honestly. The evenings are the worst and I feel so alone.\n'.length;
  expect(underline).toMatchObject({ rule: 'me-too', start: draftStart, end: draftStart + 'Me too'.length });

  const popup = new PopupPage(extensionPage, browser.extensionId);
  await popup.open(await tabIdOf(browser.context, page.url()));
  await popup.replyTo.waitFor();
  expect(await popup.replyTo.textContent()).toBe('Me too, honestly. The evenings are the worst and I feel so alone.');
});

test('in a portal embedded in an iframe, the popup hears from the frame with the field', async ({ page, extensionPage, browser, server }) => {
  await page.goto(server.url('/portal/embedded.html'));
  const frame = page.frameLocator('#portal-frame');
  await frame.locator('#reply').pressSequentially(ME_TOO);
  await expect.poll(() => frame.locator('attune-review [data-attune-underline]').count(), { timeout: 5_000 }).toBe(1);

  const popup = new PopupPage(extensionPage, browser.extensionId);
  await popup.open(await tabIdOf(browser.context, page.url()));
  await popup.replyTo.waitFor();
  expect(asRead(await popup.replyTo.textContent())).toBe(asRead(await frame.locator('article.message--incoming .message__body').innerText()));
  expect(await popup.findingCount.textContent()).toBe('1 suggestion in the active field');
});

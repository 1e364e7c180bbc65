import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup';

test('the extension loads, and its popup renders without errors', async ({ page, browser }) => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  const popup = new PopupPage(page, browser.extensionId);
  await popup.open();
  await expect.poll(() => popup.renderedText(), { timeout: 5_000 }).toContain('Attune');
});

test('Attune’s UI sits outside <body> and shows nothing until there is something to say', async ({ page, server }) => {
  await page.goto(server.url('/portal/'));
  await expect.poll(() => page.locator('attune-review').count(), { timeout: 5_000 }).toBe(1);
  // Outside <body>, so the page's own layout and `body > *` rules never meet it.
  expect(await page.evaluate(() => document.querySelector('attune-review')?.parentElement === document.documentElement)).toBe(true);
  expect(await page.locator('attune-review [data-attune-underline], attune-review [data-attune-badge]').count()).toBe(0);
});

test('reviewing a draft makes no network request', async ({ page, server }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(server.url('/forum/'));
  await page.waitForLoadState('networkidle');
  // Extension files load from the extension itself (under a per-session dynamic id), never from the network.
  const ownFiles = (url: string) => url.startsWith(server.origin) || url.startsWith('chrome-extension://');
  expect(requests.filter((url) => !ownFiles(url))).toEqual([]);

  requests.length = 0;
  await page.locator('#reply-editor').pressSequentially('I know exactly how you feel. Me too!');
  await expect.poll(() => page.locator('attune-review [data-attune-underline]').count(), { timeout: 5_000 }).toBe(2);
  expect(requests).toEqual([]);
});

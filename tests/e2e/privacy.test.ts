import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chooseReplyToRequest } from '../../lib/settings/tab-status';
import { logFromContentScriptWorld, recordConsole } from './extension-console';
import { FIXTURE_SITE, extensionWorker, sendToTab, tabIdOf, writeSettings } from './extension-settings';
import { readExtensionStorage, readWebStorage } from './extension-storage';
import { EXTENSION_DIR, expect, test } from './fixtures';
import { AttuneOverlay } from './pages/attune-overlay';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';

/**
 * Each site's draft: words made up for this test (so a fragment found anywhere can only have come from the draft)
 * around the phrases Attune flags, typed with real keys; the messages shown to the user (`incoming`), one of which
 * (`pick`) they choose with "Reply to this with Attune".
 */
const fixtureSites = [
  {
    site: 'the patient portal',
    path: '/portal/',
    field: '#reply',
    draft: 'Dr Vantrell here about the quorlish tablets. I know exactly how you feel.',
    more: ' The brimswick plan starts Friday. Me too!',
    incoming: 'article.message--incoming .message__body',
    pick: 'article.message--incoming .message__body p >> nth=0',
  },
  {
    site: 'the forum',
    path: '/forum/',
    field: '#reply-editor',
    draft: 'Marrowgast evenings near the plintery lake. Me too!',
    more: ' My fendrake jar of letters helps. Same here.',
    incoming: '#parent-post .post__body',
    pick: '#parent-post .post__body p >> nth=1',
  },
  {
    site: 'the chat',
    path: '/chat/',
    field: '#composer',
    draft: 'zelvane cobbleroot again? I know how you feel.',
    more: ' the trundlewisp van broke too. me too',
    incoming: 'li.bubble--incoming',
    pick: 'li.bubble--incoming >> nth=-1',
  },
];

const INVENTED = ['vantrell', 'quorlish', 'brimswick', 'marrowgast', 'plintery', 'fendrake', 'zelvane', 'cobbleroot', 'trundlewisp'];

const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

function trigramsOf(text: string): string[] {
  const words = wordsOf(text);
  return words.slice(2).map((word, index) => `${words[index]} ${words[index + 1]} ${word}`);
}

/** Every word and three-word run in the built extension: text it could say or store without reading any page. */
async function extensionVocabulary(): Promise<Set<string>> {
  const files = await readdir(EXTENSION_DIR, { recursive: true, withFileTypes: true });
  const vocabulary = new Set<string>();
  for (const file of files.filter((entry) => entry.isFile())) {
    const text = await readFile(join(file.parentPath, file.name), 'utf8');
    for (const piece of [...wordsOf(text), ...trigramsOf(text)]) vocabulary.add(piece);
  }
  return vocabulary;
}

/**
 * What would show that a draft or an incoming message was kept: any word of five letters or more, or any three
 * words in a row, from those texts that the extension's own files do not contain.
 */
function fragmentsOf(texts: string[], vocabulary: Set<string>): string[] {
  const pieces = texts.flatMap((text) => [...wordsOf(text).filter((word) => word.length >= 5), ...trigramsOf(text)]);
  return [...new Set(pieces)].filter((piece) => !vocabulary.has(piece));
}

/** The fragments found in `haystack`, matched as words (a word inside a longer one counts too). */
function fragmentsIn(haystack: string, fragments: string[]): string[] {
  const text = ` ${wordsOf(haystack).join(' ')} `;
  const joined = wordsOf(haystack).join('');
  return fragments.filter((fragment) => text.includes(` ${fragment} `) || (!fragment.includes(' ') && joined.includes(fragment)));
}

/** Whitespace as a reader sees it: the page lays paragraphs out, Attune reads them a line each. */
const asRead = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

async function waitForSomeUnderline(overlay: AttuneOverlay) {
  await expect.poll(async () => (await overlay.underlines()).length, { timeout: 5_000 }).toBeGreaterThan(0);
  return overlay.underlines();
}

const fieldText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((field) => (field instanceof HTMLTextAreaElement ? field.value : (field as HTMLElement).innerText));

let vocabulary: Set<string>;

test.beforeAll(async () => {
  vocabulary = await extensionVocabulary();
});

test.beforeEach(async ({ browser }) => {
  await writeSettings(browser.context, { sites: [FIXTURE_SITE] });
});

test('the fragment check finds a draft’s words and word runs wherever they are, and not the extension’s own text', () => {
  const fragments = fragmentsOf(['The quorlish tablets help me sleep.', 'Maria wrote about lying awake until the alarm'], vocabulary);
  expect(fragments).toContain('quorlish');
  expect(fragments).toContain('about lying awake');
  expect(fragmentsIn('{"note":"Quorlish"}', fragments)).toEqual(['quorlish']);
  expect(fragmentsIn('x: wrote-about-lying awake', fragments)).toContain('about lying awake');
  // Words the extension ships (its rules, messages and settings) are no evidence of anything.
  expect(fragmentsOf(['Attune could not save that change', 'I know exactly how you feel'], vocabulary)).toEqual([]);
});

test.for(fixtureSites)(
  'on $site, after typing, a quick fix, "Reply to this with Attune", the popup and the options page, nothing of the draft or the message is stored or logged',
  async ({ path, field, draft, more, incoming, pick }, { page, extensionPage, browser, server }) => {
    const { context } = browser;
    const consoleLog = recordConsole(context);
    await page.goto(server.url(path));
    const overlay = new AttuneOverlay(page);
    const tabId = await tabIdOf(context, page.url());

    await page.locator(field).pressSequentially(draft);
    const [underline] = await waitForSomeUnderline(overlay);
    await page.mouse.move(underline!.box.left + underline!.box.width / 2, underline!.box.top + underline!.box.height / 2);
    const card = await overlay.waitForCard();
    await page.locator('attune-review [data-attune-fix]').first().click();
    const fix = /^Reflect: “(.+)”$/.exec(card.fixes[0] ?? '')?.[1] ?? '';
    await expect.poll(() => fieldText(page, field), { timeout: 5_000 }).toContain(fix);

    // "Reply to this with Attune": the user selects the message with the mouse; the menu hands the selection over.
    await page.locator(pick).click({ clickCount: 3 });
    const picked = await page.evaluate(() => getSelection()?.toString().trim() ?? '');
    expect(picked.length).toBeGreaterThan(20);
    await sendToTab(context, tabId, chooseReplyToRequest(picked));
    await page.locator(field).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(more);
    await waitForSomeUnderline(overlay);
    const incomingText = (await page.locator(incoming).allInnerTexts()).join('\n');

    const popup = new PopupPage(extensionPage, browser.extensionId);
    await popup.open(tabId);
    await expect.poll(async () => asRead(await popup.replyTo.textContent()), { timeout: 5_000 }).toBe(asRead(picked));
    await extensionPage.evaluate(() => console.log('attune-canary-popup'));
    const options = new OptionsPage(extensionPage, browser.extensionId);
    await options.open();
    await extensionPage.evaluate(() => console.log('attune-canary-options'));

    // Proof that every context's console is heard, so silence below means something.
    await (await extensionWorker(context)).evaluate(() => console.log('attune-canary-worker'));
    await logFromContentScriptWorld(context, tabId, 'attune-canary-content-script');
    const canaries = () => consoleLog.entries.filter((entry) => entry.text.startsWith('attune-canary-')).map((entry) => entry.text).sort();
    await expect.poll(canaries).toEqual(['attune-canary-content-script', 'attune-canary-options', 'attune-canary-popup', 'attune-canary-worker']);

    const fragments = fragmentsOf([draft, more, incomingText, picked], vocabulary);
    expect(fragments).toEqual(expect.arrayContaining(INVENTED.filter((word) => `${draft}${more}`.toLowerCase().includes(word))));
    expect(fragments.filter((fragment) => incomingText.toLowerCase().includes(fragment)).length).toBeGreaterThan(5);

    const stored = await readExtensionStorage(context);
    // The settings are there (so this is the real storage), and nothing else.
    expect(stored.sync).toMatchObject({ sites: [FIXTURE_SITE] });
    const extensionWebStorage = await readWebStorage(extensionPage);
    const pageWebStorage = await readWebStorage(page);
    expect(fragmentsIn(JSON.stringify(stored), fragments)).toEqual([]);
    expect(fragmentsIn(JSON.stringify(extensionWebStorage), fragments)).toEqual([]);
    expect(fragmentsIn(JSON.stringify(pageWebStorage), fragments)).toEqual([]);

    consoleLog.stop();
    const logged = consoleLog.entries.filter((entry) => !entry.text.startsWith('attune-canary-'));
    expect(logged.filter((entry) => fragmentsIn(entry.text, fragments).length > 0)).toEqual([]);
  },
);

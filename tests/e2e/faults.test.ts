import type { Frame, Page } from 'playwright-core';
import { FIXTURE_SITE, readStoredSettings, writeSettings } from './extension-settings';
import { expect, test } from './fixtures';
import { AttuneOverlay } from './pages/attune-overlay';
import { OptionsPage } from './pages/options';
import { PortalPage } from './pages/portal';

// What the page or the browser does to a field under review. Every test here also fails on a console error or an
// uncaught exception in the page (see fixtures.ts), and the file on any request that leaves for elsewhere.

const PHRASE = 'I know exactly how you feel';

/** The text of a field as the page's own code reads it. */
const textOf = (page: Page | Frame, selector: string) =>
  page.locator(selector).evaluate((field) => (field instanceof HTMLTextAreaElement ? field.value : (field as HTMLElement).innerText));

test.beforeEach(async ({ browser }) => {
  await writeSettings(browser.context, { sites: [FIXTURE_SITE] });
});

const fields = [
  { kind: 'textarea', path: '/portal/', field: '#reply' },
  { kind: 'contenteditable editor', path: '/forum/', field: '#reply-editor' },
];

test.for(fields)(
  'a $kind the page replaces in the same task as a keystroke (as a framework re-render does) keeps the text, and the new one is reviewed',
  async ({ path, field }, { page, server }) => {
    await page.goto(server.url(path));
    const overlay = new AttuneOverlay(page);
    // The page's own script: on the keystroke that ends the sentence, a fresh element with the same text takes the
    // field's place, before any analysis Attune scheduled for that keystroke can run.
    await page.locator(field).evaluate((original: HTMLElement) => {
      original.addEventListener('input', () => {
        const text = original instanceof HTMLTextAreaElement ? original.value : original.innerText;
        if (!text.endsWith('.')) return;
        const fresh = original.cloneNode(false) as HTMLElement;
        if (fresh instanceof HTMLTextAreaElement && original instanceof HTMLTextAreaElement) fresh.value = original.value;
        else fresh.innerHTML = original.innerHTML;
        original.replaceWith(fresh);
        Object.assign(window, { replacedField: original });
        fresh.focus();
        if (fresh instanceof HTMLTextAreaElement) fresh.setSelectionRange(fresh.value.length, fresh.value.length);
        else getSelection()!.setBaseAndExtent(fresh, fresh.childNodes.length, fresh, fresh.childNodes.length);
      });
    });

    await page.locator(field).pressSequentially(`${PHRASE}.`);
    const replaced = await page.evaluate(() => {
      const old = (window as unknown as { replacedField?: HTMLElement }).replacedField;
      return old && { connected: old.isConnected, text: old instanceof HTMLTextAreaElement ? old.value : old.innerText };
    });
    expect(replaced).toEqual({ connected: false, text: `${PHRASE}.` });

    await page.keyboard.type(' Me too!');
    const underlines = await overlay.waitForUnderlines(2);
    expect(underlines.map((underline) => underline.rule)).toEqual(['presumed-understanding', 'me-too']);
    await overlay.waitForBadgeCount(2);
    expect(await textOf(page, field)).toBe(`${PHRASE}. Me too!`);
  },
);

test.for([
  { when: 'in the same task as the paste', schedule: 'now' },
  { when: 'in the next task', schedule: 'task' },
  { when: 'in the next frame', schedule: 'frame' },
  { when: 'a quarter second later', schedule: 'later' },
] as const)('a textarea removed $when, while a long draft in it is analysed, keeps its text and leaves nothing behind', async ({ schedule }, { page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  const draft = `Thank you for the sleep diary; the pattern of waking at three is clear. ${PHRASE}. `.repeat(120);
  await portal.reply.evaluate((textarea: HTMLTextAreaElement, schedule) => {
    textarea.addEventListener('input', () => {
      const remove = () => {
        Object.assign(window, { removedField: textarea });
        textarea.closest('form')!.remove();
      };
      if (schedule === 'now') remove();
      else if (schedule === 'task') setTimeout(remove);
      else if (schedule === 'frame') requestAnimationFrame(remove);
      else setTimeout(remove, 250);
    }, { once: true });
  }, schedule);
  await portal.reply.focus();
  await page.keyboard.insertText(draft);

  await expect.poll(() => page.evaluate(() => 'removedField' in window)).toBe(true);
  await portal.overlay.waitForAnalysis();
  expect(await portal.overlay.underlines()).toEqual([]);
  expect(await portal.overlay.badge()).toBeNull();
  expect(await page.evaluate(() => (window as unknown as { removedField: HTMLTextAreaElement }).removedField.value)).toBe(draft);

  // The review goes on for the page's next field.
  await page.evaluate(() => {
    const textarea = document.createElement('textarea');
    textarea.id = 'second-reply';
    textarea.rows = 4;
    document.querySelector('main')!.append(textarea);
  });
  await page.locator('#second-reply').pressSequentially('Me too!');
  await portal.overlay.waitForUnderlines(1);
});

/** The frame the iframe shows now, after any navigation. */
async function frameOf(page: Page, selector: string): Promise<Frame> {
  return (await (await page.waitForSelector(selector)).contentFrame())!;
}

test.for([
  { when: 'once its field shows a finding', midAnalysis: false },
  { when: 'from the keystroke that starts an analysis', midAnalysis: true },
])('a same-origin iframe that navigates to another page $when raises no error, and the new page is reviewed', async ({ midAnalysis }, { page, server }) => {
  await page.goto(server.url('/portal/embedded.html'));
  const portalFrame = await frameOf(page, '#portal-frame');
  const reply = portalFrame.locator('#reply');
  if (midAnalysis) {
    await reply.evaluate((textarea: HTMLTextAreaElement) =>
      textarea.addEventListener('input', () => {
        if (textarea.value.endsWith('.')) window.location.href = '/forum/';
      }),
    );
  }
  await reply.pressSequentially(`${PHRASE}.`);
  if (!midAnalysis) {
    await new AttuneOverlay(portalFrame).waitForUnderlines(1);
    await page.locator('#portal-frame').evaluate((frame: HTMLIFrameElement) => (frame.src = '/forum/'));
  }

  await expect.poll(async () => (await frameOf(page, '#portal-frame')).url()).toBe(server.url('/forum/'));
  const forumFrame = await frameOf(page, '#portal-frame');
  const editor = forumFrame.locator('#reply-editor');
  await editor.waitFor();
  await editor.pressSequentially(`${PHRASE}. Me too!`);
  const overlay = new AttuneOverlay(forumFrame);
  expect((await overlay.waitForUnderlines(2)).map((underline) => underline.rule)).toEqual(['presumed-understanding', 'me-too']);
  expect(await textOf(forumFrame, '#reply-editor')).toBe(`${PHRASE}. Me too!`);
  // The outer page, with no field of its own, shows nothing.
  expect(await new AttuneOverlay(page).underlines()).toEqual([]);
});

/** Ignored phrases that fill storage.sync's 8,192-byte item quota but for `room` bytes; none of them is in a draft here. */
function phrasesFillingQuota(room: number): string[] {
  const phrases: string[] = [];
  const size = () => 'ignoredPhrases'.length + JSON.stringify(phrases).length;
  for (let index = 0; size() < 8192 - room - 200; index++) phrases.push(`placeholder phrase ${index} `.padEnd(180, 'x'));
  phrases.push('y'.repeat(8192 - room - size() - 3));
  return phrases;
}

test('with sync storage full, a card’s "Ignore this phrase" says it could not save, the finding stays, and settings and text are untouched', async ({
  page,
  extensionPage,
  browser,
  server,
}) => {
  const fullList = phrasesFillingQuota(10);
  await writeSettings(browser.context, { sites: [FIXTURE_SITE], ignoredPhrases: fullList });
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.typeReply(`${PHRASE}. Me too!`);
  const [phrase] = await portal.overlay.waitForUnderlines(2);

  await page.mouse.move(phrase!.box.left + phrase!.box.width / 2, phrase!.box.top + phrase!.box.height / 2);
  await portal.overlay.waitForCard();
  await page.locator('attune-review [data-attune-action="ignore-phrase"]').click();

  await expect
    .poll(() => portal.overlay.announcement(), { timeout: 5_000 })
    .toMatch(/^Attune could not save “Ignore this phrase”: the browser’s storage for synced settings is full \(.*quota.*\)$/i);
  expect((await portal.overlay.underlines()).map((underline) => underline.rule)).toEqual(['presumed-understanding', 'me-too']);
  expect(await portal.reply.inputValue()).toBe(`${PHRASE}. Me too!`);
  expect(await readStoredSettings(browser.context)).toMatchObject({ ignoredPhrases: fullList });

  // The options page, asked for the same, says so too.
  const options = new OptionsPage(extensionPage, browser.extensionId);
  await options.open();
  await options.ignorePhrase(PHRASE);
  await expect
    .poll(() => extensionPage.locator('main > p.error[role="alert"]').textContent(), { timeout: 5_000 })
    .toMatch(/^Attune could not save that change: the browser’s storage for synced settings is full \(.*quota.*\)$/i);
  expect(await readStoredSettings(browser.context)).toMatchObject({ ignoredPhrases: fullList });
});

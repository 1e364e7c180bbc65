import { expect, test } from './fixtures';
import { ForumPage } from './pages/forum';
import { PortalPage } from './pages/portal';
import { SignInPage } from './pages/signin';

// Every test here also fails if the page logs a console error or throws (see fixtures.ts).

const PHRASE = 'I know exactly how you feel';

test('a reply field removed while its analysis is pending leaves nothing behind', async ({ page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.typeReply(`${PHRASE}.`);
  await page.evaluate(() => document.getElementById('reply-form')!.remove());
  await portal.overlay.waitForAnalysis();

  expect(await portal.overlay.underlines()).toEqual([]);
  expect(await portal.overlay.badge()).toBeNull();
});

test('removing a field that shows a finding removes its underline and badge', async ({ page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.typeReply(`${PHRASE}.`);
  await portal.overlay.waitForBadgeCount(1);

  await page.evaluate(() => document.getElementById('reply-form')!.remove());

  await portal.overlay.waitForUnderlines(0);
  await portal.overlay.waitForBadgeCount(0);
});

test('navigating away while an analysis is pending raises no error', async ({ page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.typeReply(`${PHRASE}.`);
  const forum = new ForumPage(page, server);
  await forum.open();
  await forum.overlay.waitForAnalysis();

  expect(await forum.overlay.underlines()).toEqual([]);
  expect(await forum.overlay.badge()).toBeNull();
});

test('a 100,000-character paste keeps the page responsive and the text intact, and is reviewed all the same', async ({ page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  const pasted = `${PHRASE}. `.repeat(Math.ceil(100_000 / (PHRASE.length + 2))).slice(0, 100_000);
  await portal.reply.focus();
  await page.keyboard.insertText(pasted);

  const startedTyping = Date.now();
  await portal.reply.pressSequentially(' Me too!');
  expect(Date.now() - startedTyping).toBeLessThan(5_000);
  // A zero-delay timer runs promptly only if nothing is hogging the page's main thread.
  const timerDelay = await page.evaluate(() => new Promise<number>((resolve) => {
    const queued = performance.now();
    setTimeout(() => resolve(performance.now() - queued), 0);
  }));
  expect(timerDelay).toBeLessThan(250);

  // Every sentence of it is flagged; only those near the part that shows are underlined.
  const flagged = Math.floor(pasted.length / (PHRASE.length + 2));
  await expect.poll(async () => Number((await portal.overlay.badge())?.text ?? 0), { timeout: 10_000 }).toBeGreaterThanOrEqual(flagged);
  expect((await portal.overlay.underlines()).length).toBeLessThan(flagged);
  expect(await portal.reply.inputValue()).toBe(`${pasted} Me too!`);
});

test('a long draft is reviewed, with the underline on its last line', async ({ page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  const notes = 'The new dose seems to help with falling asleep, and the diary shows waking around three. '.repeat(110);
  await portal.reply.fill(notes);
  await portal.reply.press('End');
  await portal.typeReply(PHRASE);

  const [underline] = await portal.overlay.waitForUnderlines(1);
  expect(underline).toMatchObject({ start: notes.length, end: notes.length + PHRASE.length });
  const expected = await portal.phraseLayout(notes.length, notes.length + PHRASE.length);
  expect(Math.abs(underline!.box.top - expected.box.top)).toBeLessThanOrEqual(1);
  expect(Math.abs(underline!.box.left - expected.box.left)).toBeLessThanOrEqual(1);
});

test('password and one-line inputs are never reviewed', async ({ page, server }) => {
  const signIn = new SignInPage(page, server);
  await signIn.open();
  await signIn.password.pressSequentially(`${PHRASE}. Me too!`);
  await signIn.username.fill('');
  await signIn.username.pressSequentially('Same here.');
  await signIn.overlay.waitForAnalysis();

  expect(await signIn.overlay.underlines()).toEqual([]);
  expect(await signIn.overlay.badge()).toBeNull();
});

test('a readonly textarea is never reviewed, even when its text changes', async ({ page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.visitSummary.evaluate((summary: HTMLTextAreaElement, phrase) => {
    summary.value = `${phrase}. Me too!`;
    summary.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, PHRASE);
  await portal.visitSummary.click();
  await page.keyboard.type('x');
  await portal.overlay.waitForAnalysis();

  expect(await portal.overlay.underlines()).toEqual([]);
  expect(await portal.overlay.badge()).toBeNull();
});

test('a field inside data-gramm="false" is left alone until the page lifts the opt-out', async ({ page, server }) => {
  const forum = new ForumPage(page, server);
  await forum.open();
  await page.evaluate(() => document.querySelector('.reply-box')!.setAttribute('data-gramm', 'false'));
  await forum.typeReply(`${PHRASE}.`);
  await forum.overlay.waitForAnalysis();
  expect(await forum.overlay.underlines()).toEqual([]);

  await page.evaluate(() => document.querySelector('.reply-box')!.removeAttribute('data-gramm'));
  await forum.typeReply(' Me too!');

  const underlines = await forum.overlay.waitForUnderlines(2);
  expect(underlines.map((underline) => underline.rule).sort()).toEqual(['me-too', 'presumed-understanding']);
});

test('a reply field added to the page later is reviewed', async ({ page, server }) => {
  const portal = new PortalPage(page, server);
  await portal.open();
  await page.evaluate(() => {
    const note = document.createElement('textarea');
    note.id = 'late-note';
    note.className = 'composer__input';
    document.querySelector('.composer')!.append(note);
  });
  await page.locator('#late-note').pressSequentially(`Same here.`);

  const [underline] = await portal.overlay.waitForUnderlines(1);
  expect(underline).toMatchObject({ rule: 'me-too', start: 0, end: 'Same here'.length });
});

import { FIXTURE_SITE, readStoredSettings, writeSettings } from './extension-settings';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { PortalPage } from './pages/portal';

// Settings changed in the options page reach an open tab without a reload, within a second.
const LIVE = { timeout: 1_000 };
const DRAFT = 'I know exactly how you feel. Me too!';

async function openPortalWithDraft(portal: PortalPage): Promise<void> {
  await portal.open();
  await portal.typeReply(DRAFT);
  const underlines = await portal.overlay.waitForUnderlines(2);
  expect(underlines.map((underline) => underline.rule)).toEqual(['presumed-understanding', 'me-too']);
}

const underlinedRules = async (portal: PortalPage) => (await portal.overlay.underlines()).map((underline) => underline.rule);

test('a rule switched off in the options page stops its findings in an open tab, and new text is not flagged by it', async ({
  page,
  extensionPage,
  browser,
  server,
}) => {
  await writeSettings(browser.context, { sites: [FIXTURE_SITE] });
  const portal = new PortalPage(page, server);
  await openPortalWithDraft(portal);

  const options = new OptionsPage(extensionPage, browser.extensionId);
  await options.open();
  await options.switchOff(options.ruleSwitch('me-too'));

  await expect.poll(() => underlinedRules(portal), LIVE).toEqual(['presumed-understanding']);
  await portal.typeReply(' Same here.');
  await portal.overlay.waitForAnalysis();
  expect(await underlinedRules(portal)).toEqual(['presumed-understanding']);
  await portal.overlay.waitForBadgeCount(1);
});

test('a rule switched off for this site only stops its findings in an open tab', async ({ page, extensionPage, browser, server }) => {
  await writeSettings(browser.context, { sites: [FIXTURE_SITE] });
  const portal = new PortalPage(page, server);
  await openPortalWithDraft(portal);

  const options = new OptionsPage(extensionPage, browser.extensionId);
  await options.open();
  await options.switchOff(options.siteRuleSwitch('presumed-understanding'));

  await expect.poll(() => underlinedRules(portal), LIVE).toEqual(['me-too']);
  expect(await readStoredSettings(browser.context)).toMatchObject({
    siteOverrides: { [FIXTURE_SITE]: { 'presumed-understanding': { enabled: false } } },
  });
});

test('a phrase added to the ignored phrases is no longer flagged in an open tab', async ({ page, extensionPage, browser, server }) => {
  await writeSettings(browser.context, { sites: [FIXTURE_SITE] });
  const portal = new PortalPage(page, server);
  await openPortalWithDraft(portal);

  const options = new OptionsPage(extensionPage, browser.extensionId);
  await options.open();
  await options.ignorePhrase('i know exactly how you feel');

  await expect.poll(() => underlinedRules(portal), LIVE).toEqual(['me-too']);
  expect(await readStoredSettings(browser.context)).toMatchObject({ ignoredPhrases: ['i know exactly how you feel'] });
});

test.for([
  { action: 'ignore-phrase', label: 'Ignore this phrase', stored: { ignoredPhrases: ['I know exactly how you feel'] } },
  { action: 'disable-rule', label: 'Disable rule', stored: { rules: { 'presumed-understanding': { enabled: false, severity: 'warning' } } } },
])('$label on a finding card is saved as a setting, and the open tab stops flagging it', async ({ action, stored }, { page, browser, server }) => {
  await writeSettings(browser.context, { sites: [FIXTURE_SITE] });
  const portal = new PortalPage(page, server);
  await openPortalWithDraft(portal);

  const [phrase] = await portal.overlay.underlines();
  await page.mouse.move(phrase!.box.left + phrase!.box.width / 2, phrase!.box.top + phrase!.box.height / 2);
  await portal.overlay.waitForCard();
  await page.locator(`attune-review [data-attune-action="${action}"]`).click();

  await expect.poll(() => underlinedRules(portal), LIVE).toEqual(['me-too']);
  expect(await readStoredSettings(browser.context)).toMatchObject(stored);
  await portal.typeReply(' I know exactly how you feel.');
  await portal.overlay.waitForAnalysis();
  expect(await underlinedRules(portal)).toEqual(['me-too']);
});

const brokenFiles = [
  { what: 'a file that is not JSON', fileName: 'attune-settings.json', contents: '{ "attune": "settings", "version": 2, ' },
  { what: 'another program’s JSON', fileName: 'other.json', contents: JSON.stringify({ theme: 'dark', sites: [] }) },
  {
    what: 'settings with one bad value',
    fileName: 'attune-settings.json',
    contents: JSON.stringify({ attune: 'settings', version: 2, sites: ['not a site'], rules: {}, ignoredPhrases: [], reflection: { checkIn: false }, siteOverrides: {} }),
  },
];

test.for(brokenFiles)(
  'importing $what says why and changes no setting, here or in an open tab',
  async ({ fileName, contents }, { page, extensionPage, browser, server }) => {
    await writeSettings(browser.context, { sites: [FIXTURE_SITE], ignoredPhrases: ['same here'] });
    const portal = new PortalPage(page, server);
    await openPortalWithDraft(portal);
    const before = await readStoredSettings(browser.context);

    const options = new OptionsPage(extensionPage, browser.extensionId);
    await options.open();
    await options.importFile(fileName, contents);

    await expect.poll(() => options.transferOutcome.innerText(), { timeout: 5_000 }).toContain(`Nothing was imported from ${fileName}.`);
    expect(await options.transferOutcome.getAttribute('class')).toBe('error');
    expect(await readStoredSettings(browser.context)).toEqual(before);
    await portal.overlay.waitForAnalysis();
    expect(await underlinedRules(portal)).toEqual(['presumed-understanding', 'me-too']);
  },
);

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/OptionsApp';
import { cardSettingHooks, readPageSettings } from '../../../entrypoints/review.content/extension-link';
import { defaultSettings } from '../../../lib/settings/model';
import { addSite, readSettings, updateSetting, watchSettings } from '../../../lib/settings/storage';
import { click, getByLabel, render, settle, typeInto, unmount } from './dom';

// What Chromium says when a write goes over storage.sync's quota, and when storage cannot be reached at all.
const QUOTA = 'QUOTA_BYTES quota exceeded';
const FULL = `the browser’s storage for synced settings is full (${QUOTA})`;
const UNAVAILABLE = 'IO error: .../Sync Extension Settings/000003.log: Unable to create writable file';

const saved = { sites: ['https://portal.example.org/*'], ignoredPhrases: ['same here'], rules: { 'me-too': { enabled: true, severity: 'error' } } };
const storedSync = () => fakeBrowser.storage.sync.get(null);
/** The options page's alert about a change it could not save. */
const saveError = (page: HTMLElement) => page.querySelector('main > p.error[role="alert"]')?.textContent;

/** Every later write to sync storage fails as it does over the quota. */
function refuseWrites(): void {
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error(QUOTA));
}

/** Every later read of sync storage fails as it does when the browser cannot reach its storage. */
function refuseReads(): void {
  vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error(UNAVAILABLE));
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => true);
  await fakeBrowser.storage.sync.set(saved);
});

afterEach(unmount);

describe('when the browser will not save a setting (sync quota)', () => {
  it('says so in words, with the browser’s reason, for too many writes too', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await expect(addSite('https://forum.example/*')).rejects.toThrow(
      'too many changes were saved in a short time; try again in a minute (MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded)',
    );
  });

  it('a change rejects with the browser’s reason and the stored settings stay as they were', async () => {
    refuseWrites();
    await expect(addSite('https://forum.example/*')).rejects.toThrow(FULL);
    vi.restoreAllMocks();
    expect(await storedSync()).toEqual(saved);
  });

  it('the options page says why in an alert, and the rule it could not turn off stays on', async () => {
    const page = await render(<OptionsApp />);
    refuseWrites();
    const meToo = getByLabel(page, 'me-too') as HTMLInputElement;

    click(meToo);
    await settle();

    expect(saveError(page)).toBe(`Attune could not save that change: ${FULL}`);
    expect(meToo.checked).toBe(true);
    vi.restoreAllMocks();
    expect(await storedSync()).toEqual(saved);
  });

  it('the options page says why, and a phrase it could not save stays out of the list but in the field', async () => {
    const page = await render(<OptionsApp />);
    refuseWrites();

    const input = getByLabel(page, 'Add a phrase') as HTMLInputElement;
    typeInto(input, 'me too');
    click(input.form!.querySelector('button')!);
    await settle();

    expect(saveError(page)).toBe(`Attune could not save that change: ${FULL}`);
    expect([...page.querySelectorAll('.item-list__text')].map((item) => item.textContent)).not.toContain('me too');
    expect(input.value).toBe('me too');
    vi.restoreAllMocks();
    expect(await storedSync()).toEqual(saved);
  });

  it.each([
    ['Ignore this phrase', () => cardSettingHooks.onIgnorePhrase('I know exactly how you feel')],
    ['Disable rule', () => cardSettingHooks.onDisableRule('me-too')],
  ])('a finding card’s "%s" rejects with the reason, for the card to say so, and changes nothing', async (_, choose) => {
    refuseWrites();
    await expect(choose()).rejects.toThrow(FULL);
    vi.restoreAllMocks();
    expect(await storedSync()).toEqual(saved);
  });
});

describe('when the browser cannot read settings (storage unavailable)', () => {
  it('reading gives the defaults and says the saved settings could not be read', async () => {
    refuseReads();
    expect(await readSettings()).toEqual({ settings: defaultSettings(), resetItems: [], readError: UNAVAILABLE });
  });

  it('a change is refused rather than saved over the settings that could not be read', async () => {
    refuseReads();
    const write = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await expect(updateSetting('ignoredPhrases', (phrases) => [...phrases, 'me too'])).rejects.toThrow(UNAVAILABLE);
    expect(write).not.toHaveBeenCalled();
  });

  it('a watcher keeps the settings it had rather than hearing the defaults, and hears the next change it can read', async () => {
    const onChange = vi.fn();
    const unwatch = watchSettings(onChange);
    const reads = vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error(UNAVAILABLE));
    await fakeBrowser.storage.sync.set({ ignoredPhrases: ['same here', 'me too'] });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(onChange).not.toHaveBeenCalled();

    reads.mockRestore();
    await fakeBrowser.storage.sync.set({ ignoredPhrases: ['same here', 'me too', 'been there'] });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(onChange.mock.calls[0]?.[0]).toMatchObject({ settings: { ignoredPhrases: ['same here', 'me too', 'been there'] } });
    expect(onChange.mock.calls[0]?.[0]).not.toHaveProperty('readError');
    unwatch();
  });

  it('the options page shows the defaults under a notice that says so, and a change fails with the reason', async () => {
    refuseReads();
    const page = await render(<OptionsApp />);

    expect(page.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
    expect(page.querySelector('.notice')?.textContent).toBe(
      `Attune could not read its saved settings (${UNAVAILABLE}), so these are the defaults. Changes can’t be saved until it can.`,
    );
    click(getByLabel(page, 'me-too'));
    await settle();
    expect(saveError(page)).toBe(`Attune could not save that change: ${UNAVAILABLE}`);
  });

  it('a page’s review stays off, quietly', async () => {
    refuseReads();
    expect(await readPageSettings()).toMatchObject({ enabled: false });
  });
});

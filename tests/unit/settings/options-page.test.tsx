// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/OptionsApp';
import { defaultSettings } from '../../../lib/settings/model';
import { exportSettingsFile } from '../../../lib/settings/transfer';
import { click, getButton, getByLabel, render, settle, typeInto, unmount } from './dom';

const storedSync = () => fakeBrowser.storage.sync.get(null);

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => true);
});

afterEach(unmount);

describe('options page, adding a site', () => {
  it('shows an invalid pattern next to the field and saves nothing', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => true);
    const page = await render(<OptionsApp />);
    const input = getByLabel(page, 'Add a site') as HTMLInputElement;

    typeInto(input, 'ftp://x');
    click(getButton(page, 'Add'));
    await settle();

    const error = page.querySelector('#site-error');
    expect(error?.textContent).toBe('"ftp://x" — only http and https sites can be reviewed');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain('site-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(request).not.toHaveBeenCalled();
    expect(await storedSync()).toEqual({});
  });

  it('asks for the site while handling the click, then saves its pattern', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => true);
    const page = await render(<OptionsApp />);

    typeInto(getByLabel(page, 'Add a site') as HTMLInputElement, 'https://portal.example.org/inbox/42');
    click(getButton(page, 'Add'));
    // Asked before anything was awaited: the browser only prompts during the user's action.
    expect(request).toHaveBeenCalledWith({ origins: ['https://portal.example.org/*'] });
    await settle();

    expect(await storedSync()).toMatchObject({ sites: ['https://portal.example.org/*'] });
    expect(page.querySelector('.item-list code')?.textContent).toBe('https://portal.example.org/*');
    expect(page.querySelector('[role="status"].status')?.textContent).toBe('Added https://portal.example.org/*.');
  });

  it('adds nothing when the permission is refused, and says so', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => false);
    const page = await render(<OptionsApp />);

    typeInto(getByLabel(page, 'Add a site') as HTMLInputElement, 'forum.example.org');
    click(getButton(page, 'Add'));
    await settle();

    expect(page.querySelector('#site-error')?.textContent).toBe(
      'Attune was not given access to https://forum.example.org/*, so the site was not added.',
    );
    expect(await storedSync()).toEqual({});
  });
});

describe('options page, stored settings', () => {
  it('names the settings that were malformed and now read as defaults', async () => {
    await fakeBrowser.storage.sync.set({ rules: 'all on', ignoredPhrases: ['same here'] });
    const page = await render(<OptionsApp />);
    expect(page.querySelector('.notice')?.textContent).toContain('using the defaults for: Rules.');
    expect(page.textContent).toContain('same here');
  });

  it('switches a rule off and keeps its severity', async () => {
    const page = await render(<OptionsApp />);
    const meToo = getByLabel(page, 'me-too') as HTMLInputElement;
    expect(meToo.checked).toBe(true);

    click(meToo);
    await settle();

    expect(await storedSync()).toMatchObject({ rules: { 'me-too': { enabled: false, severity: expect.any(String) } } });
    expect((getByLabel(page, 'me-too') as HTMLInputElement).checked).toBe(false);
  });

  it('follows a change made elsewhere, such as the popup', async () => {
    const page = await render(<OptionsApp />);
    await fakeBrowser.storage.sync.set({ sites: ['https://portal.example.org/*'] });
    await settle();
    expect(page.querySelector('.item-list code')?.textContent).toBe('https://portal.example.org/*');
  });
});

describe('options page, import', () => {
  async function importFile(page: HTMLElement, name: string, text: string) {
    const input = getByLabel(page, 'Import settings…') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    return page.querySelector('#transfer-outcome');
  }

  it('changes nothing for a broken file and says why in a live region', async () => {
    await fakeBrowser.storage.sync.set({ ignoredPhrases: ['same here'] });
    const before = await storedSync();
    const page = await render(<OptionsApp />);

    const outcome = await importFile(page, 'broken.json', '{"attune": "settings", "version": 2, "sites": ["ftp://x"]');

    expect(outcome?.getAttribute('role')).toBe('status');
    expect(outcome?.textContent).toBe('Nothing was imported from broken.json. This file is not valid JSON, so it cannot be Attune settings.');
    expect(await storedSync()).toEqual(before);
  });

  it('applies a valid file and confirms it', async () => {
    const page = await render(<OptionsApp />);
    const file = exportSettingsFile({ ...defaultSettings(), ignoredPhrases: ['I hear you'] });

    const outcome = await importFile(page, 'attune-settings.json', file);

    expect(outcome?.textContent).toBe('Settings imported from attune-settings.json.');
    expect(await storedSync()).toMatchObject({ ignoredPhrases: ['I hear you'] });
    expect(page.textContent).toContain('I hear you');
  });
});

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../../components/PopupApp';
import { click, getButton, render, settle, unmount } from './dom';

const noReceiver = new Error('Could not establish connection. Receiving end does not exist.');

async function openOn(url: string) {
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [tab]);
  return tab;
}

const isMessageOfType = (message: unknown, type: string) =>
  typeof message === 'object' && message !== null && 'type' in message && message.type === type;

const siteSwitch = (popup: HTMLElement) => popup.querySelector<HTMLButtonElement>('[role="switch"]');
const storedSync = () => fakeBrowser.storage.sync.get(null);

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(noReceiver);
});

afterEach(unmount);

describe('popup on a page Attune cannot run on', () => {
  it.each(['chrome://extensions/', 'about:blank', 'https://chromewebstore.google.com/detail/abc'])('%s says so', async (url) => {
    await openOn(url);
    const popup = await render(<PopupApp />);
    expect(popup.textContent).toContain('Attune can’t run on this page.');
    expect(siteSwitch(popup)).toBeNull();
  });
});

describe('popup site switch', () => {
  it('is a labelled switch, off on a site nobody turned on, with nothing else to show', async () => {
    await openOn('https://portal.example.org/inbox/42');
    const popup = await render(<PopupApp />);
    const toggle = siteSwitch(popup);
    expect(toggle?.getAttribute('aria-checked')).toBe('false');
    const label = popup.querySelector(`#${CSS.escape(toggle?.getAttribute('aria-labelledby') ?? '')}`);
    expect(label?.textContent).toBe('Review my writing on portal.example.org');
    expect(popup.querySelector('.field-status')).toBeNull();
  });

  it('asks for the site during the click, then turns it on', async () => {
    await openOn('https://portal.example.org/inbox/42');
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => true);
    const popup = await render(<PopupApp />);

    click(siteSwitch(popup)!);
    expect(request).toHaveBeenCalledWith({ origins: ['https://portal.example.org/*'] });
    await settle();

    expect(await storedSync()).toMatchObject({ sites: ['https://portal.example.org/*'] });
    expect(siteSwitch(popup)?.getAttribute('aria-checked')).toBe('true');
  });

  it('stays off when the permission is refused, and says why', async () => {
    await openOn('https://portal.example.org/inbox/42');
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => false);
    const popup = await render(<PopupApp />);

    click(siteSwitch(popup)!);
    await settle();

    expect(await storedSync()).toEqual({});
    expect(siteSwitch(popup)?.getAttribute('aria-checked')).toBe('false');
    expect(popup.textContent).toContain('Attune stays off: it was not given access to portal.example.org.');
  });

  it('turns a site off and forgets its overrides', async () => {
    await fakeBrowser.storage.sync.set({
      sites: ['https://portal.example.org/*'],
      siteOverrides: { 'https://portal.example.org/*': { 'me-too': { enabled: false } } },
    });
    await openOn('https://portal.example.org/inbox/42');
    const popup = await render(<PopupApp />);
    expect(siteSwitch(popup)?.getAttribute('aria-checked')).toBe('true');

    click(siteSwitch(popup)!);
    await settle();

    expect(await storedSync()).toMatchObject({ sites: [], siteOverrides: {} });
    expect(siteSwitch(popup)?.getAttribute('aria-checked')).toBe('false');
  });

  it('points to the options page when a broader pattern turns the site on', async () => {
    await fakeBrowser.storage.sync.set({ sites: ['*://*.forum.example/*'] });
    await openOn('https://talk.forum.example/t/1');
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    const popup = await render(<PopupApp />);
    const toggle = siteSwitch(popup)!;

    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(toggle.getAttribute('aria-disabled')).toBe('true');
    expect(popup.querySelector(`#${CSS.escape(toggle.getAttribute('aria-describedby') ?? '')}`)?.textContent).toBe(
      'On through *://*.forum.example/*. Change it in Attune’s options.',
    );
    click(toggle);
    await settle();
    expect(request).not.toHaveBeenCalled();
    expect(await storedSync()).toEqual({ sites: ['*://*.forum.example/*'] });
  });
});

describe('popup status of the active field', () => {
  it('shows the findings and the message being replied to, and clears it', async () => {
    await fakeBrowser.storage.sync.set({ sites: ['https://portal.example.org/*'] });
    const tab = await openOn('https://portal.example.org/inbox/42');
    let replyTo: string | undefined = 'I feel so stuck at work.';
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tabId, message) => {
      if (isMessageOfType(message, 'attune:clear-reply-to')) replyTo = undefined;
      return { findings: 2, replyTo };
    });
    const popup = await render(<PopupApp />);

    expect(sendMessage).toHaveBeenCalledWith(tab.id, { type: 'attune:status' });
    expect(popup.querySelector('.field-status__count')?.textContent).toBe('2 suggestions in the active field');
    expect(popup.querySelector('blockquote')?.textContent).toBe('I feel so stuck at work.');

    click(getButton(popup, 'Clear the message being replied to'));
    await settle();

    expect(sendMessage).toHaveBeenCalledWith(tab.id, { type: 'attune:clear-reply-to' });
    expect(popup.querySelector('blockquote')).toBeNull();
  });

  it('shows nothing when no review script answers in the tab', async () => {
    await fakeBrowser.storage.sync.set({ sites: ['https://portal.example.org/*'] });
    await openOn('https://portal.example.org/inbox/42');
    const popup = await render(<PopupApp />);
    expect(siteSwitch(popup)?.getAttribute('aria-checked')).toBe('true');
    expect(popup.querySelector('.field-status')).toBeNull();
  });
});

describe('popup for a tab named in its address (automation)', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('is about the tab in ?tab=<id>, not the active one', async () => {
    await openOn('https://other.example/');
    const named = await fakeBrowser.tabs.create({ url: 'https://portal.example.org/inbox/42', active: false });
    window.history.replaceState(null, '', `/popup.html?tab=${named.id}`);
    const popup = await render(<PopupApp />);
    const toggle = siteSwitch(popup)!;
    expect(popup.querySelector(`#${CSS.escape(toggle.getAttribute('aria-labelledby') ?? '')}`)?.textContent).toBe(
      'Review my writing on portal.example.org',
    );
  });

  it('ignores a ?tab= that is not a tab id', async () => {
    await openOn('https://portal.example.org/inbox/42');
    window.history.replaceState(null, '', '/popup.html?tab=javascript:1');
    const popup = await render(<PopupApp />);
    expect(popup.textContent).toContain('Review my writing on portal.example.org');
  });
});

describe('popup options link', () => {
  it('opens the options page', async () => {
    await openOn('https://portal.example.org/');
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    const popup = await render(<PopupApp />);
    const link = popup.querySelector('a');
    expect(link?.textContent).toBe('Options');
    click(link!);
    expect(openOptionsPage).toHaveBeenCalled();
  });
});

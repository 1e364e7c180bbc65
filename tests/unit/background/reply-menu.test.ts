import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REPLY_MENU_ID, replyToSelection, showReplyMenuOn } from '@/entrypoints/background/reply-menu';
import { chooseReplyToRequest } from '@/lib/settings/tab-status';

type MenuInfo = Browser.contextMenus.OnClickData;
type Tab = Browser.tabs.Tab;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the "Reply to this with Attune" menu', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue();
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation((_properties, callback) => {
      callback?.();
      return REPLY_MENU_ID;
    });
  });

  it('is offered on selected text, only on the sites where Attune is on', async () => {
    await showReplyMenuOn(['https://portal.example.org/*']);
    expect(fakeBrowser.contextMenus.create).toHaveBeenCalledWith(
      { id: REPLY_MENU_ID, title: 'Reply to this with Attune', contexts: ['selection'], documentUrlPatterns: ['https://portal.example.org/*'] },
      expect.any(Function),
    );
  });

  it('is not offered at all when no site is on', async () => {
    await showReplyMenuOn([]);
    expect(fakeBrowser.contextMenus.removeAll).toHaveBeenCalled();
    expect(fakeBrowser.contextMenus.create).not.toHaveBeenCalled();
  });
});

describe('choosing "Reply to this with Attune"', () => {
  const click = (info: Partial<MenuInfo>, tab?: Partial<Tab>) =>
    replyToSelection({ menuItemId: REPLY_MENU_ID, editable: false, pageUrl: '', ...info }, tab as Tab | undefined);

  beforeEach(() => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => true);
  });

  it('hands the selected text to the review script in every frame of that tab', async () => {
    click({ selectionText: 'I feel so alone.', frameId: 3 }, { id: 7 });
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(7, chooseReplyToRequest('I feel so alone.'));
  });

  it.each([
    ['another menu item', { menuItemId: 'other', selectionText: 'x' }, { id: 7 }],
    ['a click without selected text', {}, { id: 7 }],
    ['a click outside a tab', { selectionText: 'x' }, undefined],
  ])('ignores %s', async (_, info, tab) => {
    click(info, tab);
    expect(fakeBrowser.tabs.sendMessage).not.toHaveBeenCalled();
  });
});

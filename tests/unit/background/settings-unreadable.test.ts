import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { REVIEW_SCRIPT_FILE, REVIEW_SCRIPT_ID } from '@/entrypoints/background/site-activation';

const PORTAL = 'https://portal.example.org/*';
const UNAVAILABLE = 'IO error: .../Sync Extension Settings/000003.log: Unable to create writable file';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  // Events the fake browser does not carry; nothing fires them here.
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
});

it('when the settings cannot be read at start, the review script stays registered where it was, and the worker says why', async () => {
  const registered = [{ id: REVIEW_SCRIPT_ID, matches: [PORTAL], js: [REVIEW_SCRIPT_FILE], allFrames: true }];
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => structuredClone(registered));
  const unregister = vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async () => undefined);
  const update = vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation(async () => undefined);
  vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error(UNAVAILABLE));
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

  background.main();

  await vi.waitFor(() => expect(logged).toHaveBeenCalled());
  expect(logged.mock.calls[0]?.[0]).toBe('Attune could not update where it runs:');
  expect(String(logged.mock.calls[0]?.[1])).toContain(UNAVAILABLE);
  expect(unregister).not.toHaveBeenCalled();
  expect(update).not.toHaveBeenCalled();
});

import type { BrowserContext, ConsoleMessage } from 'playwright-core';
import { extensionWorker } from './extension-settings';

/** One console message, with the context it came from. */
export interface ConsoleEntry {
  type: string;
  text: string;
  /** `service worker <url>` or `page <url>`; a content script logs into its page's console. */
  context: string;
  /** The script that logged it, e.g. chrome-extension://…/content-scripts/review.js. */
  source: string;
}

/**
 * Records the console of every context in the browser from now on: the service worker (and the one that replaces it
 * after a reload), the pages with their content scripts, and the extension's own pages. Stop it to detach.
 */
export function recordConsole(context: BrowserContext): { entries: ConsoleEntry[]; stop(): void } {
  const entries: ConsoleEntry[] = [];
  const onConsole = (message: ConsoleMessage) => {
    const worker = message.worker();
    const page = message.page();
    entries.push({
      type: message.type(),
      text: message.text(),
      context: worker ? `service worker ${worker.url()}` : `page ${page?.url() ?? 'unknown'}`,
      source: message.location().url,
    });
  };
  context.on('console', onConsole);
  return { entries, stop: () => context.off('console', onConsole) };
}

/** The part of the extension API used here (`chrome` has no types in the tests). */
declare const chrome: {
  scripting: {
    executeScript(injection: { target: { tabId: number; allFrames?: boolean }; world: 'ISOLATED'; func: (text: string) => void; args: [string] }): Promise<unknown>;
  };
};

/** Logs `text` from the extension's isolated world in a tab, where its content script runs, as the content script would. */
export async function logFromContentScriptWorld(context: BrowserContext, tabId: number, text: string): Promise<void> {
  const worker = await extensionWorker(context);
  await worker.evaluate(
    ({ tabId, text }) =>
      chrome.scripting.executeScript({ target: { tabId }, world: 'ISOLATED', func: (line) => console.log(line), args: [text] }),
    { tabId, text },
  );
}

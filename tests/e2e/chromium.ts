// How Chromium must be started here with Attune loaded; free of Vitest, so the page benchmark uses it too.

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Command-line flags for headless Chromium with the unpacked extension in `extensionDir`. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    // Without these Chromium keeps dialling Google's hosts, which this machine's closed network refuses.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

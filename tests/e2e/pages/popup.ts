import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The toolbar popup, opened as an extension page. */
export class PopupPage {
  readonly siteSwitch: Locator;
  readonly findingCount: Locator;
  readonly replyTo: Locator;
  readonly clearReplyToButton: Locator;

  constructor(
    readonly page: Page,
    private readonly extensionId: string,
  ) {
    this.siteSwitch = page.getByRole('switch');
    this.findingCount = page.locator('.field-status__count');
    this.replyTo = page.locator('.reply-to__text');
    this.clearReplyToButton = page.getByRole('button', { name: 'Clear the message being replied to' });
  }

  /** `tabId` makes the popup act on that tab: opened as a page, the popup would otherwise be its own active tab. */
  async open(tabId?: number): Promise<void> {
    const query = tabId === undefined ? '' : `?tab=${tabId}`;
    await this.page.goto(`chrome-extension://${this.extensionId}/popup.html${query}`);
  }

  /** The visible text React rendered into the popup's root. */
  renderedText(): Promise<string> {
    return this.page.locator('#root').innerText();
  }

  async isSiteOn(): Promise<boolean> {
    return (await this.siteSwitch.getAttribute('aria-checked')) === 'true';
  }

  /** Clicks the site switch and waits until it shows the new state (after any permission answer). */
  async toggleSite(): Promise<void> {
    const wasOn = await this.isSiteOn();
    await this.siteSwitch.click();
    await expect.poll(() => this.isSiteOn(), { timeout: 5_000 }).toBe(!wasOn);
  }
}

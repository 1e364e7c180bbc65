import type { Page } from 'playwright-core';

/** The toolbar popup, opened as an extension page. */
export class PopupPage {
  constructor(
    readonly page: Page,
    private readonly extensionId: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`chrome-extension://${this.extensionId}/popup.html`);
  }

  /** The visible text React rendered into the popup's root. */
  renderedText(): Promise<string> {
    return this.page.locator('#root').innerText();
  }
}

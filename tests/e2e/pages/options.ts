import type { Locator, Page } from 'playwright-core';

/** Attune's options page, opened as an extension page. */
export class OptionsPage {
  readonly ignoredPhraseInput: Locator;
  readonly importInput: Locator;
  readonly transferOutcome: Locator;

  constructor(
    readonly page: Page,
    private readonly extensionId: string,
  ) {
    this.ignoredPhraseInput = page.locator('#ignored-phrase-input');
    this.importInput = page.locator('input[type="file"]');
    this.transferOutcome = page.locator('#transfer-outcome');
  }

  async open(): Promise<void> {
    await this.page.goto(`chrome-extension://${this.extensionId}/options.html`);
    await this.page.locator('main[aria-busy="false"]').waitFor();
  }

  /** The rule's on/off checkbox in the Rules section. */
  ruleSwitch(ruleId: string): Locator {
    return this.page.locator(`#rule-${ruleId}-enabled`);
  }

  /** The rule's checkbox under "Per-site overrides", for the site picked there. */
  siteRuleSwitch(ruleId: string): Locator {
    return this.page.locator(`#override-${ruleId}`);
  }

  /** Unticks a checkbox; it shows unticked only once the change is saved, so this waits for that. */
  async switchOff(checkbox: Locator): Promise<void> {
    await checkbox.click();
    await checkbox.and(this.page.locator(':not(:checked)')).waitFor({ timeout: 5_000 });
  }

  async ignorePhrase(phrase: string): Promise<void> {
    await this.ignoredPhraseInput.fill(phrase);
    await this.ignoredPhraseInput.press('Enter');
  }

  async importFile(name: string, contents: string): Promise<void> {
    await this.importInput.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
  }
}

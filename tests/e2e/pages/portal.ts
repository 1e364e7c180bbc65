import type { Locator, Page } from 'playwright-core';
import type { FixtureServer } from '../server';
import { AttuneOverlay } from './attune-overlay';
import { textareaPhraseLayout } from './text-geometry';

/** CareBridge: a clinician answers a patient's secure message in a plain textarea. */
export class PortalPage {
  readonly overlay: AttuneOverlay;
  readonly reply: Locator;
  readonly visitSummary: Locator;
  readonly outgoingMessages: Locator;

  constructor(
    readonly page: Page,
    private readonly server: FixtureServer,
  ) {
    this.overlay = new AttuneOverlay(page);
    this.reply = page.locator('#reply');
    this.visitSummary = page.locator('#visit-summary');
    this.outgoingMessages = page.locator('article.message--outgoing');
  }

  async open(): Promise<void> {
    await this.page.goto(this.server.url('/portal/'));
  }

  /** Types with real key presses; "\n" presses Enter, which makes a new line in this textarea. */
  async typeReply(text: string): Promise<void> {
    await this.reply.pressSequentially(text);
  }

  async send(): Promise<void> {
    await this.page.locator('#send').click();
  }

  phraseLayout(start: number, end: number) {
    return textareaPhraseLayout(this.page, '#reply', start, end);
  }
}

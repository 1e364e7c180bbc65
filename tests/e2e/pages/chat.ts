import type { Locator, Page } from 'playwright-core';
import type { FixtureServer } from '../server';
import { AttuneOverlay } from './attune-overlay';
import { renderedPhraseBox } from './text-geometry';

/** Murmur: a one-line contenteditable composer where Enter sends. */
export class ChatPage {
  readonly overlay: AttuneOverlay;
  readonly composer: Locator;
  readonly outgoingBubbles: Locator;

  constructor(
    readonly page: Page,
    private readonly server: FixtureServer,
  ) {
    this.overlay = new AttuneOverlay(page);
    this.composer = page.locator('#composer');
    this.outgoingBubbles = page.locator('li.bubble--outgoing');
  }

  async open(): Promise<void> {
    await this.page.goto(this.server.url('/chat/'));
  }

  async typeMessage(text: string): Promise<void> {
    await this.composer.pressSequentially(text);
  }

  async pressEnter(): Promise<void> {
    await this.composer.press('Enter');
  }

  phraseBox(phrase: string) {
    return renderedPhraseBox(this.page, '#composer', phrase);
  }
}

import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
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

/**
 * Typing at the end of a reply that holds `draft` (one finding of `draftRule`) is still reviewed: " Me too!" adds
 * a second underline and badge count, and lands after the draft.
 */
export async function expectTypingStillReviewed(portal: PortalPage, draft: string, draftRule: string): Promise<void> {
  await portal.reply.press('End');
  await portal.typeReply(' Me too!');
  expect((await portal.overlay.waitForUnderlines(2)).map((underline) => underline.rule)).toEqual([draftRule, 'me-too']);
  await portal.overlay.waitForBadgeCount(2);
  expect(await portal.reply.inputValue()).toBe(`${draft} Me too!`);
}

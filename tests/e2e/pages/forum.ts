import type { Locator, Page } from 'playwright-core';
import type { FixtureServer } from '../server';
import { AttuneOverlay } from './attune-overlay';
import { renderedPhraseBox } from './text-geometry';

/** Kindred: a peer supporter replies to a post in a contenteditable editor. */
export class ForumPage {
  readonly overlay: AttuneOverlay;
  readonly editor: Locator;
  readonly posts: Locator;

  constructor(
    readonly page: Page,
    private readonly server: FixtureServer,
  ) {
    this.overlay = new AttuneOverlay(page);
    this.editor = page.locator('#reply-editor');
    this.posts = page.locator('article.post');
  }

  async open(): Promise<void> {
    await this.page.goto(this.server.url('/forum/'));
  }

  /** Types with real key presses; "\n" presses Enter, which starts a new paragraph (<div>). */
  async typeReply(text: string): Promise<void> {
    await this.editor.pressSequentially(text);
  }

  async postReply(): Promise<void> {
    await this.page.locator('#post-reply').click();
  }

  phraseBox(phrase: string) {
    return renderedPhraseBox(this.page, '#reply-editor', phrase);
  }
}

import type { Locator, Page } from 'playwright-core';
import type { FixtureServer } from '../server';
import { AttuneOverlay } from './attune-overlay';

/** CareBridge's sign-in form: a username and a password input. */
export class SignInPage {
  readonly overlay: AttuneOverlay;
  readonly username: Locator;
  readonly password: Locator;

  constructor(
    readonly page: Page,
    private readonly server: FixtureServer,
  ) {
    this.overlay = new AttuneOverlay(page);
    this.username = page.locator('#username');
    this.password = page.locator('#password');
  }

  async open(): Promise<void> {
    await this.page.goto(this.server.url('/portal/signin.html'));
  }
}

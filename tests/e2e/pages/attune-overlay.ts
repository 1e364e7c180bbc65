import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface UnderlineSnapshot {
  rule: string;
  start: number;
  end: number;
  /** False when the CSS Custom Highlight API draws the squiggle instead of the overlay. */
  painted: boolean;
  box: Box;
  segments: Box[];
}

export interface CardSnapshot {
  rule: string;
  message: string;
  why: string;
  /** The quick fixes' titles, in order. */
  fixes: string[];
  /** Ignore, Ignore this phrase, Disable rule: whichever are offered. */
  actions: string[];
  box: Box;
  /** The accessible text of the card's button that has focus, or null when focus is outside the card. */
  focused: string | null;
}

export interface BadgeSnapshot {
  text: string;
  label: string;
  box: Box;
}

/** Long enough for an analysis (a task after the edit) and the next frame's layout to have run, with room for a slow CI machine. */
const ANALYSIS_SETTLE_MS = 600;

/** Reads what Attune draws in its shadow root — underlines, the count badge, the open card — in a page or a frame. */
export class AttuneOverlay {
  constructor(private readonly page: Page | Frame) {}

  underlines(): Promise<UnderlineSnapshot[]> {
    return this.page.evaluate(() => {
      const toBox = (rect: DOMRect) => ({ left: rect.left, top: rect.top, width: rect.width, height: rect.height });
      const shadow = document.querySelector('attune-review')?.shadowRoot;
      return [...(shadow?.querySelectorAll<HTMLElement>('[data-attune-underline]') ?? [])].map((underline) => ({
        rule: underline.dataset.rule ?? '',
        start: Number(underline.dataset.start),
        end: Number(underline.dataset.end),
        painted: underline.dataset.painted === 'true',
        box: toBox(underline.getBoundingClientRect()),
        segments: [...underline.querySelectorAll('[data-attune-segment]')].map((segment) => toBox(segment.getBoundingClientRect())),
      }));
    });
  }

  badge(): Promise<BadgeSnapshot | null> {
    return this.page.evaluate(() => {
      const badge = document.querySelector('attune-review')?.shadowRoot?.querySelector<HTMLElement>('[data-attune-badge]');
      if (!badge) return null;
      const rect = badge.getBoundingClientRect();
      return {
        text: badge.textContent ?? '',
        label: badge.getAttribute('aria-label') ?? '',
        box: { left: rect.left, top: rect.top, width: rect.width, height: rect.height },
      };
    });
  }

  card(): Promise<CardSnapshot | null> {
    return this.page.evaluate(() => {
      const shadow = document.querySelector('attune-review')?.shadowRoot;
      const card = shadow?.querySelector<HTMLElement>('[data-attune-card]');
      if (!shadow || !card) return null;
      const rect = card.getBoundingClientRect();
      const texts = (selector: string) => [...card.querySelectorAll(selector)].map((element) => element.textContent ?? '');
      const focused = shadow.activeElement;
      return {
        rule: card.dataset.rule ?? '',
        message: card.querySelector('.attune-card__message')?.textContent ?? '',
        why: card.querySelector('.attune-card__why')?.textContent ?? '',
        fixes: texts('[data-attune-fix]'),
        actions: texts('[data-attune-action]'),
        box: { left: rect.left, top: rect.top, width: rect.width, height: rect.height },
        focused: focused && card.contains(focused) ? (focused.textContent ?? '') : null,
      };
    });
  }

  async waitForCard(): Promise<CardSnapshot> {
    await expect.poll(() => this.card(), { timeout: 5_000 }).not.toBeNull();
    return (await this.card())!;
  }

  async waitForNoCard(): Promise<void> {
    await expect.poll(() => this.card(), { timeout: 5_000 }).toBeNull();
  }

  /** What the polite live region says now. */
  announcement(): Promise<string> {
    return this.page.evaluate(
      () => document.querySelector('attune-review')?.shadowRoot?.querySelector('[data-attune-announcer]')?.textContent ?? '',
    );
  }

  /** Whether the shadow-root layer lets clicks through to the page. */
  layerPointerEvents(): Promise<string | null> {
    return this.page.evaluate(() => {
      const layer = document.querySelector('attune-review')?.shadowRoot?.querySelector('[data-attune-layer]');
      return layer ? getComputedStyle(layer).pointerEvents : null;
    });
  }

  /** Names registered in the page's CSS highlight registry by Attune. */
  highlightNames(): Promise<string[]> {
    return this.page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('attune-')));
  }

  /**
   * Waits for `count` underlines that stay the same from one look to the next: each key is analysed as it is typed,
   * so while the last keys' analysis runs, an underline of a shorter text ("Same" before "Same here") may still show.
   */
  async waitForUnderlines(count: number): Promise<UnderlineSnapshot[]> {
    let previous: string | null = null;
    await expect
      .poll(async () => {
        const underlines = await this.underlines();
        const current = JSON.stringify(underlines.map(({ rule, start, end }) => [rule, start, end]));
        const settled = current === previous;
        previous = current;
        return settled ? underlines.length : 'still changing';
      }, { timeout: 5_000 })
      .toBe(count);
    return this.underlines();
  }

  async waitForBadgeCount(count: number): Promise<void> {
    await expect.poll(async () => (await this.badge())?.text ?? '0', { timeout: 5_000 }).toBe(String(count));
  }

  /** For asserting that nothing shows up: there is no event for "analysis found nothing". */
  async waitForAnalysis(): Promise<void> {
    await this.page.waitForTimeout(ANALYSIS_SETTLE_MS);
  }
}

import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ANALYSIS_DELAY_MS } from '../../../lib/page/page-reviewer';

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

export interface BadgeSnapshot {
  text: string;
  label: string;
  box: Box;
}

/** Long enough for the debounced analysis and the next frame's layout to have run, with room for a slow CI machine. */
const ANALYSIS_SETTLE_MS = ANALYSIS_DELAY_MS * 4;

/** Reads what Attune draws in its shadow root: underlines and the count badge. */
export class AttuneOverlay {
  constructor(private readonly page: Page) {}

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

  async waitForUnderlines(count: number): Promise<UnderlineSnapshot[]> {
    await expect.poll(() => this.underlines(), { timeout: 5_000 }).toHaveLength(count);
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

import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { expect, SCREENSHOT_DIR, test } from './fixtures';
import { waitForFocusedControl } from './pages/editor-page';
import { PortalPage } from './pages/portal';
import type { FixtureServer } from './server';

const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeSummary {
  violations: { id: string; help: string; targets: string[] }[];
  /** Rules that passed on at least one node of Attune's UI: proof that the UI was checked at all. */
  passed: string[];
}

/** Runs axe-core on Attune's shadow-root UI only (the fixture pages are not under test here). */
async function axeOnAttune(page: Page): Promise<AxeSummary> {
  await page.addScriptTag({ content: await AXE_SOURCE });
  return page.evaluate(async () => {
    type Result = { id: string; help: string; nodes: { target: unknown[] }[] };
    type Axe = { run(context: unknown): Promise<{ violations: Result[]; passes: Result[] }> };
    const { axe } = window as unknown as { axe: Axe };
    const results = await axe.run({ include: [['attune-review']] });
    return {
      violations: results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => JSON.stringify(node.target)) })),
      passed: results.passes.map(({ id }) => id),
    };
  });
}

/**
 * The WCAG contrast ratio of every piece of text in Attune's UI against the background it sits on. axe-core
 * cannot work this out here: it looks for backgrounds only under <body>, and Attune's UI sits after it.
 */
function textContrasts(page: Page): Promise<{ text: string; ratio: number }[]> {
  return page.evaluate(() => {
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = rgb(color).map((channel) => {
        const c = channel / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const backgroundOf = (element: Element | null): string => {
      for (let node = element; node; node = node.parentElement) {
        const background = getComputedStyle(node).backgroundColor;
        if ((rgb(background)[3] ?? 1) > 0) return background;
      }
      return 'rgb(255, 255, 255)';
    };
    const shadow = document.querySelector('attune-review')!.shadowRoot!;
    const texts = [...shadow.querySelectorAll<HTMLElement>('[data-attune-layer] *')].filter((element) =>
      [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() && element.getClientRects().length > 0),
    );
    return texts
      .filter((element) => !element.closest('[data-attune-announcer]'))
      .map((element) => {
        const [lighter, darker] = [luminance(getComputedStyle(element).color), luminance(backgroundOf(element))].sort((a, b) => b - a);
        return { text: element.textContent!, ratio: Math.round(((lighter! + 0.05) / (darker! + 0.05)) * 100) / 100 };
      });
  });
}

const TWO_FINDINGS = 'Same here. Thank you for writing. I know exactly how you feel.';

async function portalWithTwoFindings(page: Page, server: FixtureServer, colorScheme: 'light' | 'dark'): Promise<PortalPage> {
  await page.emulateMedia({ colorScheme });
  const portal = new PortalPage(page, server);
  await portal.open();
  await portal.typeReply(TWO_FINDINGS);
  await portal.overlay.waitForUnderlines(2);
  return portal;
}

describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
  test('a card opened from the keyboard passes axe, and all its text has 4.5:1 contrast', async ({ page, server }) => {
    const portal = await portalWithTwoFindings(page, server, colorScheme);
    // Into "feel", so the caret is on the finding.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+Period');
    const card = await portal.overlay.waitForCard();
    await waitForFocusedControl(portal.overlay, card.fixes[0]!);

    const { violations, passed } = await axeOnAttune(page);
    expect(violations).toEqual([]);
    expect(passed).toEqual(expect.arrayContaining(['aria-dialog-name', 'button-name', 'aria-valid-attr-value']));

    const contrasts = await textContrasts(page);
    expect(contrasts.map(({ text }) => text)).toEqual(expect.arrayContaining([card.message, card.fixes[0], 'Ignore', '2']));
    expect(contrasts.filter(({ ratio }) => ratio < 4.5)).toEqual([]);
    // The theme follows the system's: a light card on a light system, a dark one on a dark system.
    const cardBackground = await page.locator('attune-review [data-attune-card]').evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(cardBackground).toBe(colorScheme === 'dark' ? 'rgb(31, 36, 43)' : 'rgb(255, 255, 255)');
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `card-${colorScheme}.png`) });
  });

  test('the list of findings passes axe, and all its text has 4.5:1 contrast', async ({ page, server }) => {
    await portalWithTwoFindings(page, server, colorScheme);
    await page.locator('attune-review [data-attune-badge]').click();
    await expect.poll(() => page.locator('attune-review [data-attune-list-item]').count()).toBe(2);

    const { violations, passed } = await axeOnAttune(page);
    expect(violations).toEqual([]);
    expect(passed).toEqual(expect.arrayContaining(['aria-dialog-name', 'button-name', 'list', 'listitem']));

    const contrasts = await textContrasts(page);
    expect(contrasts.length).toBeGreaterThanOrEqual(5);
    expect(contrasts.filter(({ ratio }) => ratio < 4.5)).toEqual([]);
  });
});

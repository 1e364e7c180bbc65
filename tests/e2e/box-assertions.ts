import { expect } from 'vitest';
import type { Box } from './pages/attune-overlay';

/** Sub-pixel differences come from rounding in layout; anything bigger is a misplaced underline. */
export function expectBoxClose(actual: Box, expected: Box, tolerance = 1): void {
  for (const side of ['left', 'top', 'width', 'height'] as const) {
    expect(Math.abs(actual[side] - expected[side]), `${side}: drawn at ${actual[side]}, text at ${expected[side]}`).toBeLessThanOrEqual(tolerance);
  }
}

export function expectBoxInside(inner: Box, outer: Box, tolerance = 1): void {
  expect(inner.left).toBeGreaterThanOrEqual(outer.left - tolerance);
  expect(inner.top).toBeGreaterThanOrEqual(outer.top - tolerance);
  expect(inner.left + inner.width).toBeLessThanOrEqual(outer.left + outer.width + tolerance);
  expect(inner.top + inner.height).toBeLessThanOrEqual(outer.top + outer.height + tolerance);
}

import { describe, expect, it } from 'vitest';
import { indicesInBand, nearViewBand } from '@/lib/page/near-view';

/** Findings on lines 20 px apart, in text order; null for one that shows nowhere. */
const tops = (...values: (number | null)[]) => values;

describe('indicesInBand', () => {
  it.each([
    ['nothing to measure', tops(), { top: 0, bottom: 100 }, []],
    ['all inside', tops(0, 20, 40), { top: 0, bottom: 100 }, [0, 1, 2]],
    ['the band in the middle', tops(0, 20, 40, 60, 80, 100, 120), { top: 30, bottom: 90 }, [2, 3, 4]],
    ['edges count as inside', tops(0, 20, 40, 60), { top: 20, bottom: 40 }, [1, 2]],
    ['all above', tops(0, 20, 40), { top: 100, bottom: 200 }, []],
    ['all below', tops(300, 320), { top: 100, bottom: 200 }, []],
    ['several on one line', tops(0, 50, 50, 50, 90), { top: 40, bottom: 60 }, [1, 2, 3]],
    ['one that shows nowhere is passed over', tops(0, 20, null, 60, 80), { top: 10, bottom: 70 }, [1, 3]],
  ])('%s', (_, values, band, expected) => {
    expect(indicesInBand(values.length, (index) => values[index]!, band)).toEqual(expected);
  });

  it('measures a handful of findings, not all of them, in a long field', () => {
    const measured = new Set<number>();
    const topOf = (index: number) => {
      measured.add(index);
      return index * 20;
    };
    expect(indicesInBand(10_000, topOf, { top: 100_000, bottom: 100_100 })).toEqual([5000, 5001, 5002, 5003, 5004, 5005]);
    expect(measured.size).toBeLessThan(30);
  });
});

describe('nearViewBand', () => {
  it('reaches one visible height above and below what shows', () => {
    expect(nearViewBand({ top: 100, height: 300 })).toEqual({ top: -200, bottom: 700 });
  });
});

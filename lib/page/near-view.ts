/** A vertical stretch of the viewport, in CSS pixels. */
export interface Band {
  top: number;
  bottom: number;
}

/**
 * The indices, in order, of the items whose top lies inside `band`. Items in text order lie top to bottom, so a
 * binary search finds the first one and only a handful outside the band are ever measured: in a long field,
 * measuring every finding on every frame would cost more than the page's own layout. `topOf` is null for an item
 * with nothing on screen to measure (such an item is passed over).
 */
export function indicesInBand(count: number, topOf: (index: number) => number | null, band: Band): number[] {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    // Where the middle one shows nowhere, the next one that shows stands in for it.
    let probe = middle;
    let top = topOf(probe);
    while (top === null && probe + 1 < high) top = topOf(++probe);
    if (top === null || top >= band.top) high = middle;
    else low = probe + 1;
  }
  const inside: number[] = [];
  for (let index = low; index < count; index++) {
    const top = topOf(index);
    if (top === null) continue;
    if (top > band.bottom) break;
    inside.push(index);
  }
  return inside;
}

/** The band a field's findings are measured and painted in: what shows, and as much again above and below. */
export function nearViewBand(clip: { top: number; height: number }): Band {
  return { top: clip.top - clip.height, bottom: clip.top + clip.height * 2 };
}

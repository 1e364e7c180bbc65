/** A rectangle in viewport (CSS pixel) coordinates. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

type RectLike = Pick<DOMRectReadOnly, 'left' | 'top' | 'width' | 'height'>;

export function toBox({ left, top, width, height }: RectLike): Box {
  return { left, top, width, height };
}

export function unionBox(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  const left = Math.min(...boxes.map((box) => box.left));
  const top = Math.min(...boxes.map((box) => box.top));
  const right = Math.max(...boxes.map((box) => box.left + box.width));
  const bottom = Math.max(...boxes.map((box) => box.top + box.height));
  return { left, top, width: right - left, height: bottom - top };
}

export function intersectBoxes(a: Box, b: Box): Box | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  if (right <= left || bottom <= top) return null;
  return { left, top, width: right - left, height: bottom - top };
}

/**
 * One box per visual line. `Range.getClientRects()` gives a rect per text node or inline box
 * (several on one line when the phrase crosses a `<b>`) and empty rects at line ends.
 */
export function lineBoxes(rects: Iterable<RectLike>): Box[] {
  const lines: Box[] = [];
  const sorted = [...rects].filter((rect) => rect.width > 0 && rect.height > 0).map(toBox);
  sorted.sort((a, b) => a.top - b.top || a.left - b.left);
  for (const box of sorted) {
    const line = lines.find((candidate) => sharesLine(candidate, box));
    if (line) Object.assign(line, unionBox([line, box]));
    else lines.push(box);
  }
  return lines;
}

/** Two rects are on one line when each one's vertical middle lies inside the other. */
function sharesLine(a: Box, b: Box): boolean {
  const middleA = a.top + a.height / 2;
  const middleB = b.top + b.height / 2;
  return middleA > b.top && middleA < b.top + b.height && middleB > a.top && middleB < a.top + a.height;
}

/** The field's padding box: where its text can show (border and scrollbar excluded). */
export function paddingBox(element: Element): Box {
  const rect = element.getBoundingClientRect();
  return {
    left: rect.left + element.clientLeft,
    top: rect.top + element.clientTop,
    width: element.clientWidth,
    height: element.clientHeight,
  };
}

const CLIPPING_OVERFLOW = new Set(['hidden', 'clip', 'scroll', 'auto']);

/**
 * The part of the field that is on screen: its padding box cut by the viewport and by every
 * ancestor that clips its overflow (a scrolling chat pane, a modal body).
 */
export function visibleClip(element: Element, window: Window): Box | null {
  const viewport = { left: 0, top: 0, width: window.innerWidth, height: window.innerHeight };
  let clip = intersectBoxes(paddingBox(element), viewport);
  for (let ancestor = element.parentElement; clip && ancestor && ancestor !== window.document.documentElement; ancestor = ancestor.parentElement) {
    const style = window.getComputedStyle(ancestor);
    if (!CLIPPING_OVERFLOW.has(style.overflowX) && !CLIPPING_OVERFLOW.has(style.overflowY)) continue;
    clip = intersectBoxes(clip, paddingBox(ancestor));
  }
  return clip;
}

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { intersectBoxes, lineBoxes, unionBox, visibleClip, type Box } from '@/lib/page/geometry';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, width, height });

describe('lineBoxes', () => {
  it.each([
    ['no rects', [], []],
    ['one rect', [box(10, 20, 50, 18)], [box(10, 20, 50, 18)]],
    ['two text nodes on one line merge', [box(10, 20, 30, 18), box(40, 20, 25, 18)], [box(10, 20, 55, 18)]],
    ['a taller bold run on the same line merges', [box(10, 20, 30, 18), box(40, 19, 25, 20)], [box(10, 19, 55, 20)]],
    ['two lines stay apart, top first', [box(10, 44, 40, 18), box(200, 20, 60, 18)], [box(200, 20, 60, 18), box(10, 44, 40, 18)]],
    ['empty rects at line ends are dropped', [box(10, 20, 50, 18), box(60, 20, 0, 18), box(10, 44, 0, 18)], [box(10, 20, 50, 18)]],
  ])('%s', (_, rects, expected) => {
    expect(lineBoxes(rects)).toEqual(expected);
  });
});

describe('unionBox', () => {
  it.each([
    [[], null],
    [[box(0, 0, 10, 10)], box(0, 0, 10, 10)],
    [[box(10, 20, 50, 18), box(0, 44, 30, 18)], box(0, 20, 60, 42)],
  ])('%j → %j', (boxes, expected) => {
    expect(unionBox(boxes)).toEqual(expected);
  });
});

describe('intersectBoxes', () => {
  it.each([
    ['overlapping', box(0, 0, 100, 100), box(50, 60, 100, 100), box(50, 60, 50, 40)],
    ['one inside the other', box(0, 0, 100, 100), box(10, 10, 20, 20), box(10, 10, 20, 20)],
    ['apart', box(0, 0, 10, 10), box(20, 20, 10, 10), null],
    ['touching edges only', box(0, 0, 10, 10), box(10, 0, 10, 10), null],
  ])('%s', (_, a, b, expected) => {
    expect(intersectBoxes(a, b)).toEqual(expected);
  });
});

describe('visibleClip', () => {
  /** happy-dom does no layout, so each element gets the geometry a browser would report. */
  function place(element: Element, rect: Box, border = 0): void {
    element.getBoundingClientRect = () => new DOMRect(rect.left, rect.top, rect.width, rect.height);
    Object.defineProperties(element, {
      clientLeft: { value: border },
      clientTop: { value: border },
      clientWidth: { value: rect.width - 2 * border },
      clientHeight: { value: rect.height - 2 * border },
    });
  }

  it('is the padding box when the field is fully on screen', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    place(field, box(100, 100, 300, 120), 1);
    expect(visibleClip(field, window)).toEqual(box(101, 101, 298, 118));
  });

  it('is cut by a scrolling ancestor', () => {
    document.body.innerHTML = '<div id="pane" style="overflow-x: hidden; overflow-y: auto"><textarea></textarea></div>';
    const pane = document.getElementById('pane')!;
    const field = document.querySelector('textarea')!;
    place(pane, box(0, 0, 500, 150));
    place(field, box(100, 100, 300, 120));
    expect(visibleClip(field, window)).toEqual(box(100, 100, 300, 50));
  });

  it('is null when the field is scrolled out of view', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    place(field, box(100, window.innerHeight + 50, 300, 120));
    expect(visibleClip(field, window)).toBeNull();
  });
});

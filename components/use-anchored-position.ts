import { computePosition, flip, offset, shift, size, type Placement, type VirtualElement } from '@floating-ui/dom';
import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Box } from '@/lib/page/geometry';

/** Where a popup sits: null until measured, so it never flashes at the wrong place. */
export type AnchoredPosition = { left: number; top: number; maxHeight: number } | null;

const VIEWPORT_MARGIN = 8;

/**
 * Places a fixed popup next to its anchor (a box in viewport coordinates, or an element) and keeps
 * it on screen: it flips to the other side when there is no room and shifts along the edge.
 */
export function useAnchoredPosition(
  popup: RefObject<HTMLElement | null>,
  anchor: Box | RefObject<HTMLElement | null>,
  placement: Placement,
): AnchoredPosition {
  const [position, setPosition] = useState<AnchoredPosition>(null);
  // After every render: the layer re-renders when the page scrolls or reflows, and the anchor may have moved.
  useLayoutEffect(() => {
    const floating = popup.current;
    const reference: VirtualElement | HTMLElement | null = 'current' in anchor ? anchor.current : virtualElementAt(anchor);
    if (!floating || !reference) return;
    let current = true;
    let maxHeight = Infinity;
    void computePosition(reference, floating, {
      strategy: 'fixed',
      placement,
      middleware: [
        offset(6),
        flip({ padding: VIEWPORT_MARGIN }),
        shift({ padding: VIEWPORT_MARGIN }),
        size({ padding: VIEWPORT_MARGIN, apply: ({ availableHeight }) => void (maxHeight = availableHeight) }),
      ],
    }).then(({ x, y }) => {
      if (!current) return;
      setPosition((previous) =>
        previous && previous.left === x && previous.top === y && previous.maxHeight === maxHeight ? previous : { left: x, top: y, maxHeight },
      );
    });
    return () => {
      current = false;
    };
  });
  return position;
}

function virtualElementAt(box: Box): VirtualElement {
  const rect = { x: box.left, y: box.top, ...box, right: box.left + box.width, bottom: box.top + box.height };
  return { getBoundingClientRect: () => rect };
}

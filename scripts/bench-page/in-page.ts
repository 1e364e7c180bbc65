// Timing that runs inside the benchmark's pages (main world, installed before the page's own scripts), so no
// figure includes the DevTools round trip. Serialized by Playwright: it may use nothing from outside the function.

export interface PageProbe {
  /** For each keydown since `reset`: ms from the key event's timestamp to the end of the next frame's rendering. */
  keyToPaint: number[];
  reset(): void;
  /** Resolves once the frame after the latest keydown is done: the page has caught up with the keys. */
  keyPainted(): Promise<void>;
  /**
   * The next keydown completes a flagged phrase of `length` characters, ending at the caret: `underlineLatency`
   * then says when Attune showed an underline over it.
   */
  watchNextKey(length: number, timeoutMs: number): void;
  /** Ms from the watched key event to the end of the first frame that shows the underline; null if none came in time. */
  underlineLatency(): Promise<number | null>;
}

declare global {
  interface Window {
    attuneBench?: PageProbe;
  }
}

export function installPageProbe(): void {
  if (window.top !== window) return;

  // A message posted from a requestAnimationFrame callback is handled once that frame's style, layout and paint
  // are done: its time is when the frame is ready to be shown.
  const channel = new MessageChannel();
  const afterFrame: (() => void)[] = [];
  channel.port1.onmessage = () => afterFrame.shift()?.();
  const whenFrameDone = (callback: () => void) =>
    requestAnimationFrame(() => {
      afterFrame.push(callback);
      channel.port2.postMessage(null);
    });

  /** Whether Attune's overlay draws an underline starting in the phrase that ends at the textarea's caret and reaching it. */
  const textareaPhraseUnderlined = (field: HTMLTextAreaElement, length: number) => {
    const end = field.selectionEnd;
    const start = end - length;
    const shadow = document.querySelector('attune-review')?.shadowRoot;
    for (const underline of shadow?.querySelectorAll<HTMLElement>('[data-attune-underline][data-painted="true"]') ?? []) {
      const from = Number(underline.dataset.start);
      const to = Number(underline.dataset.end);
      if (from >= start && from < end && to >= end) return true;
    }
    return false;
  };

  /** Where the phrase that ends at the caret begins, walking back through the field's text nodes. */
  const phraseStart = (field: Element, caret: Node, offset: number, length: number): Range | null => {
    if (caret.nodeType !== Node.TEXT_NODE) return null;
    const at = (node: Node, position: number) => {
      const range = document.createRange();
      range.setStart(node, position);
      return range;
    };
    if (offset >= length) return at(caret, offset - length);
    let remaining = length - offset;
    const walker = document.createTreeWalker(field, NodeFilter.SHOW_TEXT);
    walker.currentNode = caret;
    for (let node = walker.previousNode(); node; node = walker.previousNode()) {
      const size = (node as Text).length;
      if (size >= remaining) return at(node, size - remaining);
      remaining -= size;
    }
    return null;
  };

  /** Whether one of Attune's CSS Custom Highlights starts in the phrase that ends at the caret and reaches it. */
  const richTextPhraseHighlighted = (field: Element, length: number) => {
    const selection = getSelection();
    if (!selection?.focusNode || !field.contains(selection.focusNode)) return false;
    const caret = document.createRange();
    caret.setStart(selection.focusNode, selection.focusOffset);
    const start = phraseStart(field, selection.focusNode, selection.focusOffset, length);
    let found = false;
    CSS.highlights.forEach((highlight, name) => {
      if (found || !name.startsWith('attune-')) return;
      highlight.forEach((range) => {
        if (found || !(range instanceof Range)) return;
        found =
          (start === null || range.compareBoundaryPoints(Range.START_TO_START, start) >= 0) &&
          range.compareBoundaryPoints(Range.START_TO_START, caret) < 0 &&
          range.compareBoundaryPoints(Range.END_TO_END, caret) >= 0;
      });
    });
    return found;
  };

  const underlineShown = (length: number) => {
    const field = document.activeElement;
    if (field instanceof HTMLTextAreaElement) return textareaPhraseUnderlined(field, length);
    return field ? richTextPhraseHighlighted(field, length) : false;
  };

  const keyToPaint: number[] = [];
  let keyPainted = Promise.resolve();
  let nextWatch: { length: number; timeoutMs: number } | null = null;
  let latency: Promise<number | null> = Promise.resolve(null);

  addEventListener(
    'keydown',
    (event) => {
      // The event's timestamp is when the browser received the key, so time spent waiting for a busy page counts.
      const pressedAt = event.timeStamp;
      keyPainted = new Promise((resolve) =>
        whenFrameDone(() => {
          keyToPaint.push(performance.now() - pressedAt);
          resolve();
        }),
      );
      if (!nextWatch) return;
      const { length, timeoutMs } = nextWatch;
      nextWatch = null;
      latency = new Promise((resolve) => {
        const check = () => {
          if (underlineShown(length)) resolve(performance.now() - pressedAt);
          else if (performance.now() - pressedAt > timeoutMs) resolve(null);
          else whenFrameDone(check);
        };
        whenFrameDone(check);
      });
    },
    { capture: true },
  );

  window.attuneBench = {
    keyToPaint,
    reset: () => {
      keyToPaint.length = 0;
    },
    keyPainted: () => keyPainted,
    watchNextKey: (length, timeoutMs) => {
      nextWatch = { length, timeoutMs };
    },
    underlineLatency: () => latency,
  };
}

import { describe, expect, it } from 'vitest';
import { createHighlightPainter } from '@/lib/page/highlights';

/** Just enough of a browser window for the painter: a highlight registry, Highlight and constructable stylesheets. */
function fakeWindow({ withHighlights = true } = {}) {
  class FakeHighlight {
    readonly ranges: unknown[];
    constructor(...ranges: unknown[]) {
      this.ranges = ranges;
    }
  }
  class FakeStyleSheet {
    cssText = '';
    replaceSync(text: string) {
      this.cssText = text;
    }
  }
  const registry = new Map<string, FakeHighlight>();
  const document = { adoptedStyleSheets: [] as FakeStyleSheet[] };
  const window = {
    CSS: withHighlights ? { highlights: registry } : {},
    Highlight: withHighlights ? FakeHighlight : undefined,
    CSSStyleSheet: FakeStyleSheet,
    document,
  };
  // The painter only touches the members faked above.
  return { window: window as unknown as Window & typeof globalThis, registry, document };
}

const range = (label: string) => ({ label }) as unknown as Range;

/** A field whose root node is `root`: the document, or a shadow root with its own adopted stylesheets. */
const fieldIn = (root: unknown) => ({ getRootNode: () => root }) as unknown as Element;

describe('createHighlightPainter', () => {
  it('is null where the browser has no CSS Custom Highlight API', () => {
    expect(createHighlightPainter(fakeWindow({ withHighlights: false }).window)).toBeNull();
  });

  it('adopts one stylesheet with a ::highlight rule per severity', () => {
    const { window, document } = fakeWindow();
    createHighlightPainter(window);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    const css = (document.adoptedStyleSheets[0] as unknown as { cssText: string }).cssText;
    for (const name of ['attune-error', 'attune-warning', 'attune-info', 'attune-hint']) expect(css).toContain(`::highlight(${name})`);
  });

  it('groups ranges from all fields by severity and forgets a cleared field', () => {
    const { window, registry } = fakeWindow();
    const painter = createHighlightPainter(window)!;
    const forum = fieldIn(window.document);
    const chat = fieldIn(window.document);
    painter.paint(forum, [{ range: range('know'), severity: 'warning' }]);
    painter.paint(chat, [{ range: range('me too'), severity: 'warning' }, { range: range('story'), severity: 'info' }]);

    const ranges = (name: string) => (registry.get(name) as unknown as { ranges: { label: string }[] } | undefined)?.ranges.map((r) => r.label);
    expect(ranges('attune-warning')).toEqual(['know', 'me too']);
    expect(ranges('attune-info')).toEqual(['story']);
    expect(registry.has('attune-error')).toBe(false);

    painter.clear(chat);
    expect(ranges('attune-warning')).toEqual(['know']);
    expect(registry.has('attune-info')).toBe(false);
  });

  it('removes every highlight and its stylesheet on dispose, keeping the page’s own sheets', () => {
    const { window, registry, document } = fakeWindow();
    const pageSheet = new window.CSSStyleSheet();
    document.adoptedStyleSheets.push(pageSheet as never);
    const painter = createHighlightPainter(window)!;
    const shadowRoot = { adoptedStyleSheets: [pageSheet] };
    painter.paint(fieldIn(document), [{ range: range('know'), severity: 'warning' }]);
    painter.paint(fieldIn(shadowRoot), [{ range: range('feel'), severity: 'warning' }]);

    painter.dispose();

    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
    expect(shadowRoot.adoptedStyleSheets).toEqual([pageSheet]);
  });

  it('adopts its stylesheet into the shadow root of a field there, once', () => {
    const { window, document } = fakeWindow();
    const painter = createHighlightPainter(window)!;
    const shadowRoot = { adoptedStyleSheets: [] as unknown[] };
    painter.paint(fieldIn(shadowRoot), [{ range: range('know'), severity: 'warning' }]);
    painter.paint(fieldIn(shadowRoot), [{ range: range('feel'), severity: 'warning' }]);

    expect(shadowRoot.adoptedStyleSheets).toEqual(document.adoptedStyleSheets);
  });
});

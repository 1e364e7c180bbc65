import type { Severity } from '../engine/types';

export interface HighlightedRange {
  range: Range;
  severity: Severity;
}

/** Paints squiggles under rich-text findings with the CSS Custom Highlight API, leaving the editor's DOM untouched. */
export interface HighlightPainter {
  paint(field: Element, ranges: readonly HighlightedRange[]): void;
  clear(field: Element): void;
  dispose(): void;
}

export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  error: 'attune-error',
  warning: 'attune-warning',
  info: 'attune-info',
  hint: 'attune-hint',
};

// Colours match the overlay squiggles in entrypoints/review.content/style.css.
const HIGHLIGHT_CSS = `
::highlight(attune-error) { text-decoration: underline wavy #e5484d; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(attune-warning) { text-decoration: underline wavy #d97706; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(attune-info) { text-decoration: underline wavy #3b82f6; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(attune-hint) { text-decoration: underline dotted #8b8d98; text-decoration-skip-ink: none; text-underline-offset: 3px; }
`;

/** Null where the browser has no `CSS.highlights`; callers then paint squiggles in the overlay instead. */
export function createHighlightPainter(window: Window & typeof globalThis): HighlightPainter | null {
  const registry = window.CSS?.highlights;
  if (!registry || typeof window.Highlight !== 'function') return null;
  const { document } = window;
  const sheet = new window.CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  const rangesByField = new Map<Element, readonly HighlightedRange[]>();
  // ::highlight() rules reach a shadow tree only from that tree's own stylesheets.
  const shadowRoots = new Set<DocumentOrShadowRoot>();
  const adoptInto = (root: DocumentOrShadowRoot) => {
    if (shadowRoots.has(root)) return;
    shadowRoots.add(root);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  };
  const repaint = () => {
    for (const [severity, name] of Object.entries(HIGHLIGHT_NAMES)) {
      const ranges = [...rangesByField.values()].flat().filter((entry) => entry.severity === severity);
      if (ranges.length === 0) registry.delete(name);
      else registry.set(name, new window.Highlight(...ranges.map((entry) => entry.range)));
    }
  };

  return {
    paint(field, ranges) {
      const root = field.getRootNode() as Node & Partial<DocumentOrShadowRoot>;
      if (root !== document && root.adoptedStyleSheets) adoptInto(root as DocumentOrShadowRoot);
      rangesByField.set(field, ranges);
      repaint();
    },
    clear(field) {
      if (rangesByField.delete(field)) repaint();
    },
    dispose() {
      rangesByField.clear();
      repaint();
      for (const root of [document, ...shadowRoots]) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    },
  };
}

/** Everything a reply might be drafted in; `isReviewableField` narrows it down. */
export const FIELD_SELECTOR = 'textarea, [contenteditable], [role="textbox"]';

/** Set on a field or an ancestor by pages (or by Grammarly-aware pages) that want no writing assistant. */
const OPT_OUT_SELECTOR = '[data-attune="off"], [data-gramm="false"]';

/** Search and autocomplete boxes are not replies (Google's search box is a textarea with role=combobox). */
const NON_REPLY_ROLES = new Set(['searchbox', 'combobox', 'spinbutton']);

export function isTextarea(element: Element): element is HTMLTextAreaElement {
  return element.tagName === 'TEXTAREA';
}

export function isOptedOut(element: Element): boolean {
  return closestAcrossShadows(element, OPT_OUT_SELECTOR) !== null;
}

/** Like `closest`, but goes on from a shadow root to its host: a page's opt-out or `hidden` covers its components' fields. */
function closestAcrossShadows(element: Element, selector: string): Element | null {
  for (let scope: Element | null = element; scope; ) {
    const found = scope.closest(selector);
    if (found) return found;
    const root = scope.getRootNode();
    scope = 'host' in root ? (root as ShadowRoot).host : null;
  }
  return null;
}

/** True for fields Attune reviews: enabled, writable textareas and the host element of a rich-text editor. */
export function isReviewableField(element: Element): element is HTMLElement {
  if (isOptedOut(element)) return false;
  if (NON_REPLY_ROLES.has(element.getAttribute('role') ?? '')) return false;
  if (closestAcrossShadows(element, '[hidden], [inert]') !== null) return false;
  if (isTextarea(element)) return !element.disabled && !element.readOnly;
  return isEditingHost(element) && element.getAttribute('aria-readonly') !== 'true' && element.getAttribute('aria-disabled') !== 'true';
}

/** The outermost contenteditable element: inner editable nodes belong to the same field. */
function isEditingHost(element: Element): element is HTMLElement {
  // Duck-typed: SVG and MathML elements have no isContentEditable.
  if (!('isContentEditable' in element) || element.isContentEditable !== true) return false;
  return !element.parentElement?.isContentEditable;
}

/** Reviewable fields at or below `root`, in document order, then those inside open shadow roots. */
export function findReviewableFields(root: Document | Element): HTMLElement[] {
  const candidates = [...root.querySelectorAll(FIELD_SELECTOR)];
  if ('matches' in root && root.matches(FIELD_SELECTOR)) candidates.unshift(root);
  for (const shadowRoot of openShadowRoots(root)) candidates.push(...shadowRoot.querySelectorAll(FIELD_SELECTOR));
  return candidates.filter(isReviewableField);
}

/** The open shadow roots at or below `root`, nested ones included: `querySelectorAll` does not look inside them. */
export function openShadowRoots(root: Document | Element | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (scope: Document | Element | ShadowRoot) => {
    if ('shadowRoot' in scope && scope.shadowRoot) {
      found.push(scope.shadowRoot);
      visit(scope.shadowRoot);
    }
    for (const element of scope.querySelectorAll('*')) {
      if (!element.shadowRoot) continue;
      found.push(element.shadowRoot);
      visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

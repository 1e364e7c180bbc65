import type { Finding } from '../engine/types';
import { readDraft } from './draft';
import { rangeForOffsets, type EditableText, type TextPiece } from './editable-text';
import { findingKey, mostSevere, type FieldView, type UnderlineView } from './field-view';
import { FIELD_SELECTOR, findReviewableFields, isReviewableField, isTextarea, openShadowRoots } from './fields';
import { lineBoxes, visibleClip, type Box } from './geometry';
import type { HighlightPainter } from './highlights';
import { findChange, rebaseFinding } from './rebase-ranges';
import { measureTextareaRanges } from './textarea-mirror';

/** Typing must pause this long before a draft is analysed: analysis never runs on the keystroke path. */
export const ANALYSIS_DELAY_MS = 150;

/** Longer drafts are a pasted document rather than a reply; they are left alone so the page never stalls. */
export const MAX_REVIEWED_LENGTH = 20_000;

/** Attributes that can turn a field's review on or off. */
const WATCHED_ATTRIBUTES = [
  'contenteditable', 'readonly', 'disabled', 'hidden', 'inert', 'role', 'aria-readonly', 'aria-disabled', 'data-attune', 'data-gramm',
];

/** Changes that can add, remove or switch a field on or off. */
const FIELD_MUTATIONS: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES };

/** What the reviewer needs from its content script: the page, the overlay, and timers that stop when the script is orphaned. */
export interface ReviewerEnvironment {
  window: Window & typeof globalThis;
  /** A hidden element in Attune's shadow root for laying out textarea text. */
  mirror: HTMLElement;
  highlights: HighlightPainter | null;
  /** `pieces` locate a rich-text draft's characters in the field, e.g. to tell quoted passages apart. */
  analyze(draft: string, field: HTMLElement, pieces?: readonly TextPiece[]): Finding[];
  render(fields: FieldView[]): void;
  setTimeout(handler: () => void, delay: number): number;
  requestAnimationFrame(callback: () => void): number;
  listen(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
}

interface ReviewedField {
  id: number;
  element: HTMLElement;
  /** The text the findings' ranges point into. */
  text: string;
  findings: Finding[];
  /** Rich-text editors only: DOM ranges for the findings, which the browser keeps in place as the text is edited. */
  liveRanges: (Range | null)[];
  analysisTimer: number | undefined;
  composing: boolean;
  /** Rich-text editors only: sees changes made by page script, which fire no input event. */
  contentObserver: MutationObserver | undefined;
  /** Findings the user chose to ignore this once (by `findingKey`), until `ignoredIn` changes. */
  ignored: Set<string>;
  ignoredIn: string;
}

/** Finds the page's reply fields, analyses their drafts as the user pauses, and lays out underlines and badges. */
export class PageReviewer {
  private readonly fields = new Map<Element, ReviewedField>();
  private readonly resizeObserver: ResizeObserver;
  private readonly mutationObserver: MutationObserver;
  private nextFieldId = 1;
  private layoutRequested = false;
  private stopped = false;

  constructor(private readonly env: ReviewerEnvironment) {
    this.resizeObserver = new env.window.ResizeObserver(() => this.requestLayout());
    this.mutationObserver = new env.window.MutationObserver((records) => this.onPageMutations(records));
  }

  start(): void {
    const { window, listen } = this.env;
    const { document } = window;
    this.mutationObserver.observe(document, FIELD_MUTATIONS);
    this.watchForFields(document);

    // Events from a field in a shadow root reach the document retargeted to its host; the path starts at the field.
    listen(document, 'input', (event) => this.onEdit(event.composedPath()[0] ?? null), { capture: true });
    listen(document, 'compositionstart', (event) => this.onComposition(event.composedPath()[0] ?? null, true), { capture: true });
    listen(document, 'compositionend', (event) => this.onComposition(event.composedPath()[0] ?? null, false), { capture: true });
    listen(window, 'scroll', () => this.requestLayout(), { capture: true, passive: true });
    listen(window, 'resize', () => this.requestLayout(), { passive: true });
    // Pages clear a textarea from script after Send, which fires no input event; layout notices the new value.
    listen(document, 'keyup', () => this.requestLayout(), { capture: true, passive: true });
    listen(document, 'click', () => this.requestLayout(), { capture: true, passive: true });
  }

  /** Analyses every field again, as after the settings changed. */
  reviewAgain(): void {
    for (const field of this.fields.values()) this.scheduleAnalysis(field);
  }

  /** Hides one finding until the field's text changes (the card's "Ignore"). */
  ignoreOnce(element: Element, finding: Finding): void {
    const field = this.fields.get(element);
    if (!field) return;
    field.ignored.add(findingKey(finding));
    field.ignoredIn = readDraft(field.element, this.env.window).text;
    this.analyzeField(field);
  }

  /** How many findings a field shows; undefined for an element Attune does not review. */
  findingCount(element: Element): number | undefined {
    return this.fields.get(element)?.findings.length;
  }

  /** Goes quiet for good: observers off, highlights gone. The overlay itself is removed by its owner. */
  stop(): void {
    this.stopped = true;
    this.mutationObserver.disconnect();
    this.resizeObserver.disconnect();
    for (const field of this.fields.values()) this.forget(field);
    this.fields.clear();
    this.env.highlights?.dispose();
  }

  private track(element: HTMLElement): ReviewedField {
    const existing = this.fields.get(element);
    if (existing) return existing;
    const field: ReviewedField = {
      id: this.nextFieldId++,
      element,
      text: '',
      findings: [],
      liveRanges: [],
      analysisTimer: undefined,
      composing: false,
      contentObserver: undefined,
      ignored: new Set(),
      ignoredIn: '',
    };
    this.fields.set(element, field);
    this.resizeObserver.observe(element);
    if (!isTextarea(element)) {
      field.contentObserver = new this.env.window.MutationObserver(() => this.scheduleAnalysis(field));
      field.contentObserver.observe(element, { childList: true, characterData: true, subtree: true });
    }
    if (readDraft(element, this.env.window).text.length > 0) this.scheduleAnalysis(field);
    return field;
  }

  private untrack(element: Element): void {
    const field = this.fields.get(element);
    if (!field) return;
    this.forget(field);
    this.fields.delete(element);
    this.resizeObserver.unobserve(element);
    this.requestLayout();
  }

  private forget(field: ReviewedField): void {
    this.env.window.clearTimeout(field.analysisTimer);
    field.contentObserver?.disconnect();
    this.env.highlights?.clear(field.element);
  }

  private onEdit(target: EventTarget | null): void {
    const field = this.fieldFor(target);
    if (!field) return;
    this.scheduleAnalysis(field);
    this.requestLayout();
  }

  /** Nothing is underlined while an IME composes: the text is not final yet. */
  private onComposition(target: EventTarget | null, composing: boolean): void {
    const field = this.fieldFor(target);
    if (!field) return;
    field.composing = composing;
    if (composing) {
      this.env.window.clearTimeout(field.analysisTimer);
      this.env.highlights?.clear(field.element);
    } else {
      this.scheduleAnalysis(field);
    }
    this.requestLayout();
  }

  /** The tracked field an event came from, tracking it now if it was missed (a field made editable later). */
  private fieldFor(target: EventTarget | null): ReviewedField | undefined {
    if (this.stopped || !(target instanceof this.env.window.Element)) return undefined;
    const element = this.fields.has(target) ? target : target.closest(FIELD_SELECTOR);
    if (!element) return undefined;
    const field = this.fields.get(element);
    if (field) return field;
    return isReviewableField(element) ? this.track(element) : undefined;
  }

  private onPageMutations(records: MutationRecord[]): void {
    let nodesRemoved = false;
    for (const record of records) {
      if (record.type === 'attributes') {
        this.reconsider(record.target as Element);
        continue;
      }
      nodesRemoved ||= record.removedNodes.length > 0;
      for (const node of record.addedNodes) {
        if (node instanceof this.env.window.Element) this.watchForFields(node);
      }
    }
    if (nodesRemoved) {
      for (const element of [...this.fields.keys()]) if (!element.isConnected) this.untrack(element);
    }
    this.requestLayout();
  }

  /** Tracks the fields at or under `root`, and watches the open shadow roots there for fields to come. */
  private watchForFields(root: Document | Element): void {
    for (const element of findReviewableFields(root)) this.track(element);
    // The document's observer does not see into shadow roots: each open one is watched on its own.
    const ownUi = this.env.mirror.getRootNode();
    for (const shadowRoot of openShadowRoots(root)) {
      // Attune's own UI changes every frame and holds no field.
      if (shadowRoot !== ownUi) this.mutationObserver.observe(shadowRoot, FIELD_MUTATIONS);
    }
  }

  /** An attribute changed on `element`: fields at or under it may have been switched on or off. */
  private reconsider(element: Element): void {
    const candidates = [...element.querySelectorAll(FIELD_SELECTOR)];
    if (element.matches(FIELD_SELECTOR)) candidates.push(element);
    for (const candidate of candidates) {
      if (isReviewableField(candidate)) this.track(candidate);
      else this.untrack(candidate);
    }
  }

  private scheduleAnalysis(field: ReviewedField): void {
    this.env.window.clearTimeout(field.analysisTimer);
    field.analysisTimer = this.env.setTimeout(() => {
      field.analysisTimer = undefined;
      this.analyzeField(field);
    }, ANALYSIS_DELAY_MS);
  }

  private analyzeField(field: ReviewedField): void {
    const { element } = field;
    if (!element.isConnected) {
      this.untrack(element);
      return;
    }
    if (field.composing) return;
    const draft = readDraft(element, this.env.window);
    field.text = draft.text;
    if (draft.text !== field.ignoredIn) field.ignored.clear();
    const findings = draft.text.length > MAX_REVIEWED_LENGTH ? [] : this.env.analyze(draft.text, element, draft.pieces);
    field.findings = findings.filter((finding) => !field.ignored.has(findingKey(finding)));
    if (draft.pieces) {
      const content: EditableText = { text: draft.text, pieces: draft.pieces };
      const { document } = this.env.window;
      field.liveRanges = field.findings.map(({ range }) => rangeForOffsets(content, document, range.start, range.end));
      this.env.highlights?.paint(
        element,
        field.findings.flatMap((finding, index) => {
          const range = field.liveRanges[index];
          return range ? [{ range, severity: finding.severity }] : [];
        }),
      );
    }
    this.requestLayout();
  }

  private requestLayout(): void {
    if (this.layoutRequested || this.stopped) return;
    this.layoutRequested = true;
    this.env.requestAnimationFrame(() => {
      this.layoutRequested = false;
      if (!this.stopped) this.env.render(this.layout());
    });
  }

  private layout(): FieldView[] {
    const views: FieldView[] = [];
    for (const field of [...this.fields.values()]) {
      if (!field.element.isConnected) {
        this.untrack(field.element);
        continue;
      }
      if (isTextarea(field.element) && field.element.value !== field.text) this.followTextareaEdit(field, field.element.value);
      if (field.composing || field.findings.length === 0) continue;
      const view = this.viewOf(field);
      if (view) views.push(view);
    }
    return views;
  }

  /** Moves underlines along with text typed before them and drops the ones the edit touched, until the next analysis. */
  private followTextareaEdit(field: ReviewedField, value: string): void {
    const change = findChange(field.text, value);
    field.findings = field.findings.flatMap((finding) => rebaseFinding(finding, change) ?? []);
    field.text = value;
    this.scheduleAnalysis(field);
  }

  private viewOf(field: ReviewedField): FieldView | null {
    const { element, findings } = field;
    const { window } = this.env;
    const clip = visibleClip(element, window);
    if (!clip) return null;
    const boxesPerFinding: Box[][] = isTextarea(element)
      ? measureTextareaRanges(element, findings.map((finding) => finding.range), this.env.mirror, window)
      : field.liveRanges.map((range) => (range ? lineBoxes(range.getClientRects()) : []));
    const underlines: UnderlineView[] = findings.map((finding, index) => ({
      key: `${index}:${finding.ruleId}`,
      findingIndex: index,
      ruleId: finding.ruleId,
      severity: finding.severity,
      start: finding.range.start,
      end: finding.range.end,
      boxes: boxesPerFinding[index] ?? [],
    }));
    return {
      id: field.id,
      element,
      text: field.text,
      findings,
      clip,
      underlines: underlines.filter((underline) => underline.boxes.length > 0),
      findingCount: findings.length,
      severity: mostSevere(findings.map((finding) => finding.severity)),
      paintsSquiggles: isTextarea(element) || this.env.highlights === null,
    };
  }
}

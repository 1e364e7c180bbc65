import type { Finding } from '../engine/types';
import { readDraft, type Draft } from './draft';
import { rangeForOffsets, type EditableText, type TextPiece } from './editable-text';
import { findingKey, mostSevere, type FieldView, type UnderlineView } from './field-view';
import { FIELD_SELECTOR, findReviewableFields, isReviewableField, isTextarea, openShadowRoots } from './fields';
import { lineBoxes, visibleClip, type Box } from './geometry';
import type { HighlightPainter } from './highlights';
import { indicesInBand, nearViewBand, type Band } from './near-view';
import { findChange, rebaseFinding } from './rebase-ranges';
import { TextareaMirror } from './textarea-mirror';

/**
 * A draft this long is a pasted document rather than a reply: its analysis (tens of milliseconds however it is
 * sliced) waits for typing to pause, and only the findings near the part of the field that shows are measured
 * and painted.
 */
export const LONG_DRAFT_LENGTH = 20_000;

/** How long typing in a long draft must pause before it is analysed again; meanwhile its underlines follow the text. */
export const LONG_DRAFT_PAUSE_MS = 150;

/** Analysis work is done in tasks of about this length, so the page can go on handling input in between. */
const ANALYSIS_SLICE_MS = 8;

/** New text up to this long (a typed key, a pasted phrase) is analysed at once: only a sentence or two are new. */
const SMALL_EDIT_LENGTH = 400;

/** Whether `after` is `before` with a short stretch typed or pasted, so preparing it in slices would only add work. */
function isSmallEdit(before: string, after: string): boolean {
  const change = findChange(before, after);
  return change.insertedEnd - change.start <= SMALL_EDIT_LENGTH;
}

/** Attributes that can turn a field's review on or off. */
const WATCHED_ATTRIBUTES = [
  'contenteditable', 'readonly', 'disabled', 'hidden', 'inert', 'role', 'aria-readonly', 'aria-disabled', 'data-attune', 'data-gramm',
];

/** Changes that can add, remove or switch a field on or off. */
const FIELD_MUTATIONS: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES };

/** What the reviewer needs from its content script: the page, the overlay, and timers that stop when the script is orphaned. */
export interface ReviewerEnvironment {
  window: Window & typeof globalThis;
  /** An element in Attune's shadow root to hold the hidden copies of textareas' text that are laid out to measure it. */
  mirror: HTMLElement;
  highlights: HighlightPainter | null;
  /**
   * Does the slow part of analysing `draft` ahead of `analyze`, asking `timeUp` whether to stop; true once `analyze`
   * will be quick. Called as often as it takes, in separate tasks.
   */
  prepare(draft: string, timeUp: () => boolean): boolean;
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
  /** The text last analysed; `text` may since have followed edits that were not. */
  analyzedText: string;
  findings: Finding[];
  /** Rich-text editors only: DOM ranges for the findings, which the browser keeps in place as the text is edited. */
  liveRanges: (Range | null)[];
  /** The field changed since its findings were worked out. */
  analysisDue: boolean;
  /** Long drafts only: running while typing goes on; the analysis waits for it. */
  pauseTimer: number | undefined;
  /** The draft being analysed over several tasks, read once; dropped when the field changes meanwhile. */
  pendingDraft: Draft | undefined;
  /** The pending draft once prepared: its analysis is all that is left. */
  preparedText: string | undefined;
  composing: boolean;
  /** Rich-text editors only: sees changes made by page script, which fire no input event. */
  contentObserver: MutationObserver | undefined;
  /** Findings the user chose to ignore this once (by `findingKey`), until `ignoredIn` changes. */
  ignored: Set<string>;
  ignoredIn: string;
  /** Textareas only: their text laid out again, to measure where findings are. */
  mirror: TextareaMirror | undefined;
  /** Rich-text editors only: which findings the highlights show, so a frame that changes nothing paints nothing. */
  painted: { findings: readonly Finding[]; indices: string } | undefined;
}

/** Where a field's findings are on screen, measured one finding at a time, on demand. */
interface FindingMeasurer {
  /** The top of the finding's first character, in viewport coordinates; null when it shows nowhere. */
  topOf(index: number): number | null;
  /** The finding's line boxes in viewport coordinates, only those inside `band` when there is one. */
  boxesOf(index: number, band: Band | null): Box[];
}

/** Finds the page's reply fields, analyses their drafts as the user types, and lays out underlines and badges. */
export class PageReviewer {
  private readonly fields = new Map<Element, ReviewedField>();
  private readonly resizeObserver: ResizeObserver;
  private readonly mutationObserver: MutationObserver;
  private nextFieldId = 1;
  private frameRequested = false;
  /** Layouts asked for, and how many of those asks the last layout met: a frame skips a layout a task has just done. */
  private layoutRequests = 0;
  private layoutRequestsMet = 0;
  /** What the overlay shows now. */
  private rendered: FieldView[] | null = null;
  private analysisQueued = false;
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
    // A click may also have moved the field (a class toggled above it), which no observer here sees.
    listen(document, 'keyup', () => this.noticeScriptEdits(), { capture: true, passive: true });
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
    this.scheduleAnalysis(field);
  }

  /**
   * Analyses now what short drafts have due, before their queued task, so a command (Ctrl+., Alt+F8) or a caret
   * check acts on findings that match the text just typed. A long draft's analysis is left to its tasks.
   */
  catchUp(): void {
    this.analyzeDueFields(true);
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
      analyzedText: '',
      findings: [],
      liveRanges: [],
      analysisDue: false,
      pauseTimer: undefined,
      pendingDraft: undefined,
      preparedText: undefined,
      composing: false,
      contentObserver: undefined,
      ignored: new Set(),
      ignoredIn: '',
      mirror: undefined,
      painted: undefined,
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
    field.analysisDue = false;
    this.env.window.clearTimeout(field.pauseTimer);
    field.pendingDraft = undefined;
    field.contentObserver?.disconnect();
    field.mirror?.remove();
    this.env.highlights?.clear(field.element);
  }

  /** The keystroke path: it only notes that the field changed, whatever the draft's length. */
  private onEdit(target: EventTarget | null): void {
    const field = this.fieldFor(target);
    if (!field) return;
    this.scheduleAnalysis(field);
    this.requestLayout();
  }

  /** Lays out again when page script changed a textarea's value; a keyup after typing changes nothing to lay out. */
  private noticeScriptEdits(): void {
    for (const field of this.fields.values()) {
      if (isTextarea(field.element) && field.element.value !== field.text) return this.requestLayout();
    }
  }

  /** Nothing is underlined while an IME composes: the text is not final yet. */
  private onComposition(target: EventTarget | null, composing: boolean): void {
    const field = this.fieldFor(target);
    if (!field) return;
    field.composing = composing;
    if (composing) {
      field.analysisDue = false;
      this.env.window.clearTimeout(field.pauseTimer);
      field.pauseTimer = undefined;
      field.painted = undefined;
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
    field.analysisDue = true;
    field.pendingDraft = undefined;
    if (field.text.length < LONG_DRAFT_LENGTH) return this.queueAnalysis();
    this.env.window.clearTimeout(field.pauseTimer);
    field.pauseTimer = this.env.setTimeout(() => {
      field.pauseTimer = undefined;
      this.queueAnalysis();
    }, LONG_DRAFT_PAUSE_MS);
  }

  /**
   * Analysis runs in a task of its own, never in the event that asked for it, and one task serves every edit made
   * before it starts. For a short draft (about a millisecond) it comes before the next frame, so the underline
   * shows with the character just typed.
   */
  private queueAnalysis(): void {
    if (this.analysisQueued || this.stopped) return;
    this.analysisQueued = true;
    this.env.setTimeout(() => this.analyzeDueFields(), 0);
  }

  /**
   * One slice of analysis work; another task takes up what is left, so a pasted document never blocks the page.
   * `shortDraftsOnly`: run ahead of the queued task (at the start of a frame, or for a command), for the short drafts
   * alone, so what is shown or acted on matches the text.
   */
  private analyzeDueFields(shortDraftsOnly = false): void {
    if (!shortDraftsOnly) this.analysisQueued = false;
    if (this.stopped) return;
    const { performance } = this.env.window;
    const sliceEnd = performance.now() + ANALYSIS_SLICE_MS;
    const timeUp = () => performance.now() >= sliceEnd;
    let worked = false;
    let unfinished = false;
    let analyzed = false;
    for (const field of [...this.fields.values()]) {
      if (!field.analysisDue || field.pauseTimer !== undefined || (shortDraftsOnly && field.text.length >= LONG_DRAFT_LENGTH)) continue;
      // Every slice takes at least one field a step further, so a long draft gets done however busy the page is.
      if (worked && timeUp()) {
        unfinished = true;
        break;
      }
      worked = true;
      if (!this.analyzeField(field, timeUp, shortDraftsOnly)) unfinished = true;
      else analyzed ||= !field.analysisDue;
    }
    if (unfinished) this.queueAnalysis();
    // Findings reach the overlay and the cards at once, unless the slice is spent (a long draft): then the frame does it.
    if (analyzed && !timeUp()) this.layoutNow();
  }

  /** Takes a field's analysis as far as `timeUp` allows; false when a later slice must go on with it. */
  private analyzeField(field: ReviewedField, timeUp: () => boolean, shortDraftsOnly: boolean): boolean {
    const { element } = field;
    // Removed or switched off since its analysis was asked for: there is nothing to do.
    if (this.fields.get(element) !== field) return true;
    if (!element.isConnected) {
      this.untrack(element);
      return true;
    }
    if (field.composing) {
      field.analysisDue = false;
      return true;
    }
    let draft = field.pendingDraft;
    // Page script can set a textarea's value without an input event: a draft read before then is stale.
    if (!draft || (isTextarea(element) && element.value !== draft.text)) {
      draft = field.pendingDraft = readDraft(element, this.env.window);
      field.preparedText = undefined;
    }
    // A long draft's analysis is left to tasks of its own: a frame or a key waits for nothing of it.
    if (shortDraftsOnly && draft.text.length >= LONG_DRAFT_LENGTH) return false;
    if (field.preparedText !== draft.text && !isSmallEdit(field.analyzedText, draft.text)) {
      if (!this.env.prepare(draft.text, timeUp)) return false;
      field.preparedText = draft.text;
      // Analysing a long draft takes milliseconds even when prepared: it gets a fresh task rather than the end of a full one.
      if (draft.text.length >= LONG_DRAFT_LENGTH && timeUp()) return false;
    }
    field.analysisDue = false;
    field.pendingDraft = undefined;
    field.preparedText = undefined;
    field.text = field.analyzedText = draft.text;
    if (draft.text !== field.ignoredIn) field.ignored.clear();
    const findings = this.env.analyze(draft.text, element, draft.pieces);
    field.findings = findings.filter((finding) => !field.ignored.has(findingKey(finding)));
    if (draft.pieces) {
      const content: EditableText = { text: draft.text, pieces: draft.pieces };
      const { document } = this.env.window;
      field.liveRanges = field.findings.map(({ range }) => rangeForOffsets(content, document, range.start, range.end));
    }
    this.requestLayout();
    return true;
  }

  private requestLayout(): void {
    this.layoutRequests++;
    if (this.frameRequested || this.stopped) return;
    this.frameRequested = true;
    this.env.requestAnimationFrame(() => {
      if (this.stopped) return;
      // Before frameRequested is cleared, so the analysis asks for no second frame.
      this.analyzeDueFields(true);
      this.frameRequested = false;
      if (this.layoutRequestsMet < this.layoutRequests) this.layoutNow();
    });
  }

  /** Lays the fields' findings out and hands them over to be drawn. */
  private layoutNow(): void {
    if (this.stopped) return;
    this.layoutRequestsMet = this.layoutRequests;
    const views = this.layout();
    // A layout asked for by a scroll or a resize may well change nothing the overlay shows.
    if (this.rendered && sameViews(this.rendered, views)) return;
    this.rendered = views;
    this.env.render(views);
  }

  private layout(): FieldView[] {
    const views: FieldView[] = [];
    for (const field of [...this.fields.values()]) {
      if (!field.element.isConnected) {
        this.untrack(field.element);
        continue;
      }
      if (isTextarea(field.element) && field.element.value !== field.text) this.followTextareaEdit(field, field.element.value);
      if (field.composing || field.findings.length === 0) {
        if (!field.composing && !isTextarea(field.element)) this.paintHighlights(field, []);
        continue;
      }
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
    const allIndices = findings.map((_, index) => index);
    const isLong = field.text.length >= LONG_DRAFT_LENGTH;
    if (!clip) {
      if (!isTextarea(element)) this.paintHighlights(field, isLong ? [] : allIndices);
      return null;
    }
    const measurer = this.measurerFor(field);
    // A long draft's findings far from view are measured and painted when they scroll near it.
    const band = isLong ? nearViewBand(clip) : null;
    const measured = band ? indicesInBand(findings.length, (index) => measurer.topOf(index), band) : allIndices;
    if (!isTextarea(element)) this.paintHighlights(field, measured);
    const underlines: UnderlineView[] = measured.map((index) => {
      const finding = findings[index]!;
      return {
        key: `${index}:${finding.ruleId}`,
        findingIndex: index,
        ruleId: finding.ruleId,
        severity: finding.severity,
        start: finding.range.start,
        end: finding.range.end,
        boxes: measurer.boxesOf(index, band),
      };
    });
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

  private measurerFor(field: ReviewedField): FindingMeasurer {
    const { element, findings, liveRanges } = field;
    if (isTextarea(element)) {
      const mirror = (field.mirror ??= new TextareaMirror(this.env.mirror));
      mirror.update(element, this.env.window);
      return {
        topOf: (index) => mirror.topAt(findings[index]!.range.start),
        boxesOf: (index, band) => mirror.boxes(findings[index]!.range, band),
      };
    }
    return {
      topOf: (index) => {
        const range = liveRanges[index];
        return range ? firstCharacterTop(range) : null;
      },
      boxesOf: (index, band) => {
        const range = liveRanges[index];
        if (!range) return [];
        const rects = [...range.getClientRects()];
        return lineBoxes(band ? rects.filter((rect) => rect.bottom >= band.top && rect.top <= band.bottom) : rects);
      },
    };
  }

  /** Shows the given findings' highlights (rich-text editors), unless they show already. */
  private paintHighlights(field: ReviewedField, indices: readonly number[]): void {
    const { highlights } = this.env;
    if (!highlights) return;
    const key = indices.join(',');
    if (field.painted?.findings === field.findings && field.painted.indices === key) return;
    field.painted = { findings: field.findings, indices: key };
    const ranges = indices.flatMap((index) => {
      const range = field.liveRanges[index];
      return range ? [{ range, severity: field.findings[index]!.severity }] : [];
    });
    if (ranges.length === 0) highlights.clear(field.element);
    else highlights.paint(field.element, ranges);
  }
}

/** Whether two layouts show the same: the same findings of the same text, in the same places. */
function sameViews(before: readonly FieldView[], after: readonly FieldView[]): boolean {
  return (
    before.length === after.length &&
    before.every((view, index) => {
      const other = after[index]!;
      return (
        view.id === other.id &&
        view.text === other.text &&
        view.findings === other.findings &&
        view.paintsSquiggles === other.paintsSquiggles &&
        sameBox(view.clip, other.clip) &&
        view.underlines.length === other.underlines.length &&
        view.underlines.every(
          (underline, at) =>
            underline.key === other.underlines[at]!.key &&
            underline.boxes.length === other.underlines[at]!.boxes.length &&
            underline.boxes.every((box, boxAt) => sameBox(box, other.underlines[at]!.boxes[boxAt]!)),
        )
      );
    })
  );
}

function sameBox(a: Box, b: Box): boolean {
  return a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height;
}

/** Where a range's first character is drawn; measuring the whole range of a long finding would lay out all of it. */
function firstCharacterTop(range: Range): number | null {
  const { startContainer, startOffset } = range;
  let probe = range;
  if (startContainer.nodeType === 3 && startOffset < (startContainer as Text).length) {
    probe = range.cloneRange();
    probe.setEnd(startContainer, startOffset + 1);
  }
  const [box] = lineBoxes(probe.getClientRects());
  return box ? box.top : null;
}

import type { Finding, Fix } from '../engine/types';
import { applyFix } from './apply-fix';
import { caretOffset, deepActiveElement, placeCaret, saveSelection } from './caret';
import { readDraft } from './draft';
import { findingKey, type CardView, type FieldView, type FindingListView, type LayerView } from './field-view';
import { adjacentFinding, boxContains, findingAtCaret } from './finding-navigation';
import type { Box } from './geometry';
import { reviewCommandFor } from './review-keys';

/** The pointer must rest on an underline this long before its card opens, so passing over text shows nothing. */
export const HOVER_OPEN_DELAY_MS = 300;
/** A hover card waits this long after the pointer leaves, so the pointer can travel to it. */
export const HOVER_CLOSE_DELAY_MS = 400;

/** What the controller needs from the content script: the page, Attune's shadow host, and what the card's buttons reach. */
export interface CardControllerEnvironment {
  window: Window & typeof globalThis;
  /** Attune's shadow host: events from inside it come from Attune's own UI. */
  host: Element;
  isMac: boolean;
  render(layer: LayerView): void;
  ignoreOnce(field: HTMLElement, finding: Finding): void;
  /** Brings the findings up to date with the text where that is quick, before the caret is matched against them. */
  catchUp(): void;
  /** Stores a phrase never to flag again; without it the card offers no "Ignore this phrase". Rejects if not saved. */
  onIgnorePhrase?: (phrase: string) => Promise<void>;
  /** Turns a rule off; without it the card offers no "Disable rule". Rejects if not saved. */
  onDisableRule?: (ruleId: string) => Promise<void>;
  setTimeout(handler: () => void, delay: number): number;
  requestAnimationFrame(callback: () => void): number;
  listen(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
}

/** How a card came to be open, which decides how it goes away. */
type Trigger = 'hover' | 'caret' | 'keyboard';

interface OpenCard {
  fieldId: number;
  findingKey: string;
  trigger: Trigger;
  /** Puts the field's caret back when a card that took focus closes. */
  restoreSelection?: () => void;
}

interface FindingPlace {
  view: FieldView;
  index: number;
}

/**
 * Decides which finding card or list is open — on hover, on the caret, from the keyboard or the
 * badge — and carries out what their buttons ask, on the layouts the PageReviewer hands over.
 */
export class CardController {
  private fields: readonly FieldView[] = [];
  private card: OpenCard | null = null;
  private listFieldId: number | null = null;
  private announcement = '';
  private announcedTotal = 0;
  private hoverTimer: number | undefined;
  private hoverTarget: string | null = null;
  private caretCheckRequested = false;
  /** Set by typing: a caret that moved because the user typed opens no card. */
  private typedSinceCaretCheck = false;
  /** The card last closed: the caret resting in its finding does not open it again until the caret leaves. */
  private dismissed: string | null = null;

  constructor(private readonly env: CardControllerEnvironment) {}

  start(): void {
    const { window, listen } = this.env;
    const { document } = window;
    listen(document, 'mousemove', (event) => this.onPointerMove(event as MouseEvent), { passive: true });
    listen(document, 'keydown', (event) => this.onKeyDown(event as KeyboardEvent), { capture: true });
    listen(document, 'input', () => (this.typedSinceCaretCheck = true), { capture: true, passive: true });
    // Capturing also hears a textarea's selectionchange, which Chromium fires at the textarea.
    listen(document, 'selectionchange', () => this.requestCaretCheck(), { capture: true, passive: true });
  }

  /** Takes the latest layout from the reviewer. */
  update(fields: readonly FieldView[]): void {
    this.fields = fields;
    const total = fields.reduce((sum, field) => sum + field.findingCount, 0);
    if (total !== this.announcedTotal) {
      this.announcement = total === 0 ? 'Attune: no suggestions' : `Attune: ${total} ${total === 1 ? 'suggestion' : 'suggestions'}`;
      this.announcedTotal = total;
    }
    const card = this.card;
    if (card && !this.locate(card)) {
      this.card = null;
      // Focus was in the card that is gone: it goes back to the field rather than to nowhere.
      if (card.trigger === 'keyboard') card.restoreSelection?.();
    }
    if (this.listFieldId !== null && !this.viewById(this.listFieldId)) this.listFieldId = null;
    this.render();
  }

  private render(): void {
    this.env.render({
      fields: this.fields,
      card: this.cardView(),
      list: this.listView(),
      announcement: this.announcement,
      onOpenList: (fieldId) => this.toggleList(fieldId),
    });
  }

  private cardView(): CardView | null {
    const card = this.card;
    const place = card && this.locate(card);
    if (!card || !place) return null;
    const { view, index } = place;
    const finding = view.findings[index]!;
    const phrase = view.text.slice(finding.range.start, finding.range.end);
    const { onIgnorePhrase, onDisableRule } = this.env;
    const closeFor = (action: () => void) => () => {
      this.closeCard({ returnFocus: true });
      action();
    };
    return {
      key: keyOf(card),
      finding,
      phrase,
      anchor: this.anchorOf(view, index),
      takesFocus: card.trigger === 'keyboard',
      applyFix: (fix) => this.applyFix(view, fix),
      ignore: closeFor(() => this.env.ignoreOnce(view.element, finding)),
      ignorePhrase: onIgnorePhrase && closeFor(() => this.saveSetting(onIgnorePhrase(phrase), 'Ignore this phrase')),
      disableRule: onDisableRule && closeFor(() => this.saveSetting(onDisableRule(finding.ruleId), 'Disable rule')),
      close: (options) => this.closeCard(options),
    };
  }

  /** A card's choice being saved: if the browser refuses it (sync quota), the finding stays and the live region says why. */
  private saveSetting(saving: Promise<void>, action: string): void {
    saving.catch((reason: unknown) => {
      this.announcement = `Attune could not save “${action}”: ${reason instanceof Error ? reason.message : String(reason)}`;
      this.render();
    });
  }

  private listView(): FindingListView | null {
    const view = this.listFieldId === null ? undefined : this.viewById(this.listFieldId);
    if (!view) return null;
    return {
      fieldId: view.id,
      items: view.findings.map((finding) => ({
        key: findingKey(finding),
        finding,
        phrase: view.text.slice(finding.range.start, finding.range.end),
      })),
      choose: (index) => this.chooseFromList(view, index),
      close: ({ returnFocus }) => {
        this.listFieldId = null;
        if (returnFocus) view.element.focus({ preventScroll: true });
        this.render();
      },
    };
  }

  /** The first line of the finding on screen; the field itself when the finding is scrolled out of view. */
  private anchorOf(view: FieldView, index: number): Box {
    const underline = view.underlines.find((candidate) => candidate.findingIndex === index);
    return underline?.boxes[0] ?? view.clip;
  }

  private cardAt({ view, index }: FindingPlace): Pick<OpenCard, 'fieldId' | 'findingKey'> {
    return { fieldId: view.id, findingKey: findingKey(view.findings[index]!) };
  }

  private open(place: FindingPlace, trigger: Trigger, restoreSelection?: () => void): void {
    this.card = { ...this.cardAt(place), trigger, restoreSelection };
    this.listFieldId = null;
    this.render();
  }

  private closeCard({ returnFocus }: { returnFocus: boolean }): void {
    const card = this.card;
    if (!card) return;
    this.card = null;
    this.dismissed = keyOf(card);
    this.render();
    if (returnFocus) card.restoreSelection?.();
  }

  private toggleList(fieldId: number): void {
    this.listFieldId = this.listFieldId === fieldId ? null : fieldId;
    this.card = null;
    this.render();
  }

  private chooseFromList(view: FieldView, index: number): void {
    this.listFieldId = null;
    placeCaret(view.element, this.env.window, view.findings[index]!.range.start);
    this.open({ view, index }, 'keyboard', saveSelection(view.element, this.env.window));
  }

  private applyFix(view: FieldView, fix: Fix): void {
    this.card = null;
    this.render();
    // The fix's offsets point into the analysed text; after an edit since, wait for the next analysis.
    if (readDraft(view.element, this.env.window).text !== view.text) return;
    void applyFix(view.element, fix.edits, this.env.window);
  }

  private onPointerMove(event: MouseEvent): void {
    // On the card (or the badge) the pointer keeps what is open.
    if (event.composedPath().includes(this.env.host)) return this.cancelHover();
    const place = this.findingAtPoint(event.clientX, event.clientY);
    const trigger = this.card?.trigger;
    if (!place) {
      if (trigger === 'hover') this.scheduleHover('close', HOVER_CLOSE_DELAY_MS, () => this.closeCard({ returnFocus: false }));
      else this.cancelHover();
      return;
    }
    const key = keyOf(this.cardAt(place));
    if (this.card && key === keyOf(this.card)) return this.cancelHover();
    // A card the keyboard opened keeps focus until it is closed.
    if (trigger === 'keyboard') return;
    // From one hover card's finding to another's needs no second wait.
    this.scheduleHover(key, trigger === 'hover' ? 0 : HOVER_OPEN_DELAY_MS, () => this.open(place, 'hover'));
  }

  /** One pending hover change at a time; `target` names it, so moving on along the same words does not restart it. */
  private scheduleHover(target: string, delay: number, action: () => void): void {
    if (target === this.hoverTarget) return;
    this.cancelHover();
    this.hoverTarget = target;
    this.hoverTimer = this.env.setTimeout(() => {
      this.hoverTarget = null;
      action();
    }, delay);
  }

  private cancelHover(): void {
    this.env.window.clearTimeout(this.hoverTimer);
    this.hoverTarget = null;
  }

  private findingAtPoint(x: number, y: number): FindingPlace | null {
    for (const view of this.fields) {
      if (!boxContains(view.clip, x, y)) continue;
      for (const underline of view.underlines) {
        if (underline.boxes.some((box) => boxContains(box, x, y))) return { view, index: underline.findingIndex };
      }
    }
    return null;
  }

  private onKeyDown(event: KeyboardEvent): void {
    // Keys pressed in the card or list are theirs to handle.
    if (event.composedPath().includes(this.env.host)) return;
    if (event.key === 'Escape' && this.card) {
      this.closeCard({ returnFocus: false });
      consume(event);
      return;
    }
    const command = reviewCommandFor(event, this.env.isMac);
    if (!command) return;
    // A key pressed right after typing may come before the analysis of what was typed.
    this.env.catchUp();
    const caret = this.caret();
    if (!caret) return;
    const { view, offset } = caret;
    const ranges = view.findings.map((finding) => finding.range);
    if (command === 'open-fixes') {
      const index = findingAtCaret(ranges, offset);
      if (index === -1) return;
      consume(event);
      this.open({ view, index }, 'keyboard', saveSelection(view.element, this.env.window));
      return;
    }
    const index = adjacentFinding(ranges, offset, command === 'next-finding' ? 'next' : 'previous');
    if (index === -1) return;
    consume(event);
    const finding = view.findings[index]!;
    placeCaret(view.element, this.env.window, finding.range.start);
    this.announcement = `${finding.message} (${index + 1} of ${view.findings.length})`;
    this.open({ view, index }, 'caret');
  }

  private requestCaretCheck(): void {
    if (this.caretCheckRequested) return;
    this.caretCheckRequested = true;
    this.env.requestAnimationFrame(() => {
      this.caretCheckRequested = false;
      this.checkCaret();
    });
  }

  /** A caret moved into a finding opens its card; moving out of the finding closes it. */
  private checkCaret(): void {
    // The caret moved with typing whose analysis may still be due.
    this.env.catchUp();
    const typed = this.typedSinceCaretCheck;
    this.typedSinceCaretCheck = false;
    const trigger = this.card?.trigger;
    if (trigger === 'keyboard' || trigger === 'hover') return;
    const caret = this.caret();
    const ranges = caret ? caret.view.findings.map((finding) => finding.range) : [];
    if (trigger === 'caret') {
      const place = this.locate(this.card!);
      const stillOn = caret && place && place.view === caret.view && findingAtCaret([ranges[place.index]!], caret.offset) === 0;
      if (!stillOn) this.closeCard({ returnFocus: false });
      return;
    }
    if (!caret) return;
    const index = findingAtCaret(ranges, caret.offset, { strictlyInside: true });
    const key = index === -1 ? null : keyOf(this.cardAt({ view: caret.view, index }));
    if (key !== this.dismissed) this.dismissed = null;
    if (key && !typed && key !== this.dismissed) this.open({ view: caret.view, index }, 'caret');
  }

  /** The field with focus and its caret offset, while its findings still match its text. */
  private caret(): { view: FieldView; offset: number } | null {
    const { window } = this.env;
    const active = deepActiveElement(window.document);
    const view = active && this.fields.find((candidate) => candidate.element === active || candidate.element.contains(active));
    if (!view) return null;
    const draft = readDraft(view.element, window);
    if (draft.text !== view.text) return null;
    const offset = caretOffset(view.element, window, draft);
    if (offset === null) return null;
    return { view, offset };
  }

  private locate(card: OpenCard): FindingPlace | null {
    const view = this.viewById(card.fieldId);
    const index = view ? view.findings.findIndex((finding) => findingKey(finding) === card.findingKey) : -1;
    return view && index !== -1 ? { view, index } : null;
  }

  private viewById(id: number): FieldView | undefined {
    return this.fields.find((view) => view.id === id);
  }
}

/** Names a card by field and finding. */
function keyOf(card: Pick<OpenCard, 'fieldId' | 'findingKey'>): string {
  return `${card.fieldId}:${card.findingKey}`;
}

/** The key was Attune's: neither the field nor the page acts on it. */
function consume(event: Event): void {
  event.preventDefault();
  event.stopPropagation();
}

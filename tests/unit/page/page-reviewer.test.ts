// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/lib/engine/types';
import type { TextPiece } from '@/lib/page/editable-text';
import type { FieldView } from '@/lib/page/field-view';
import { LONG_DRAFT_LENGTH, LONG_DRAFT_PAUSE_MS, PageReviewer } from '@/lib/page/page-reviewer';

/** Flags every "Me too" so tests can tell what the reviewer handed to the engine. */
function fakeAnalyze(draft: string): Finding[] {
  return [...draft.matchAll(/Me too/g)].map((match) => ({
    ruleId: 'me-too',
    severity: 'warning',
    source: 'attune',
    range: { start: match.index, end: match.index + 'Me too'.length },
    message: 'Claims the same experience',
    why: '',
    fixes: [],
  }));
}

/** happy-dom does no layout: give a field the on-screen box a browser would. */
function placeOnScreen(element: Element): void {
  element.getBoundingClientRect = () => new DOMRect(20, 20, 400, 120);
  Object.defineProperties(element, { clientWidth: { value: 400 }, clientHeight: { value: 120 } });
}

function type(field: HTMLTextAreaElement | HTMLElement, text: string): void {
  if (field instanceof HTMLTextAreaElement) field.value = text;
  else field.textContent = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

/** Ready at once unless a test says otherwise, as for any short draft. */
let prepare: ReturnType<typeof vi.fn<(draft: string, timeUp: () => boolean) => boolean>>;
let analyze: ReturnType<typeof vi.fn<typeof fakeAnalyze>>;
/** The field each analysis was for, and for rich-text fields where its characters live. */
let analyzedFields: { field: HTMLElement; pieces?: readonly TextPiece[] }[];
let renders: FieldView[][];
let reviewer: PageReviewer;

/** `taskDelayMs`: how late the page runs a task the reviewer queues, as on a busy page. */
function startReviewer({ taskDelayMs = 0 } = {}): void {
  reviewer = new PageReviewer({
    window,
    mirror: document.createElement('div'),
    highlights: null,
    prepare: (draft, timeUp) => prepare(draft, timeUp),
    analyze: (draft, field, pieces) => {
      analyzedFields.push({ field, pieces });
      return analyze(draft);
    },
    render: (fields) => renders.push(fields),
    setTimeout: (handler, delay) => window.setTimeout(handler, delay + taskDelayMs),
    requestAnimationFrame: (callback) => window.setTimeout(callback, FRAME_MS),
    listen: (target, eventType, handler, options) => target.addEventListener(eventType, handler, options),
  });
  reviewer.start();
}

const FRAME_MS = 16;

/** Lets MutationObserver callbacks and due timers run: the analysis task and a frame or two. */
async function settle(ms = FRAME_MS * 3): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

/** Runs the next task, such as one slice of an analysis. */
async function nextTask(): Promise<void> {
  await vi.advanceTimersToNextTimerAsync();
}

/** A draft long enough to be a pasted document. */
const longDraft = (words: string) => `${words} `.repeat(Math.ceil(LONG_DRAFT_LENGTH / (words.length + 1)));

const lastRender = () => renders.at(-1) ?? [];

beforeEach(() => {
  vi.useFakeTimers();
  prepare = vi.fn(() => true);
  analyze = vi.fn(fakeAnalyze);
  analyzedFields = [];
  renders = [];
  document.body.innerHTML = '';
});

afterEach(() => {
  reviewer.stop();
  vi.useRealTimers();
});

describe('PageReviewer', () => {
  it('analyses in a task after the input, never in the input event, once for the inputs that came before it', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    startReviewer();

    type(field, 'Me');
    type(field, 'Me too');
    expect(prepare).not.toHaveBeenCalled();
    expect(analyze).not.toHaveBeenCalled();

    await nextTask();
    expect(analyze.mock.calls).toEqual([['Me too']]);

    type(field, 'Me too!');
    await nextTask();
    expect(analyze.mock.calls).toEqual([['Me too'], ['Me too!']]);
  });

  it('analyses typed keys at once, and prepares a pasted document in slices first', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    startReviewer();

    type(field, 'Same here.');
    await nextTask();
    expect(prepare).not.toHaveBeenCalled();
    expect(analyze.mock.calls).toEqual([['Same here.']]);

    const pasted = `Same here. ${'We talked for hours about everything and nothing at all. '.repeat(10)}`;
    type(field, pasted);
    await settle();
    expect(prepare.mock.calls.map(([draft]) => draft)).toContain(pasted);
    expect(analyze.mock.calls.at(-1)).toEqual([pasted]);
  });

  it('prepares a paste into a textarea even when a frame followed the text before the analysis ran', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    placeOnScreen(field);
    startReviewer({ taskDelayMs: FRAME_MS * 3 });
    type(field, 'Same here.');
    await settle(FRAME_MS * 6);
    analyze.mockClear();

    const pasted = `Same here. ${longDraft('We talked for hours about everything and nothing at all.')}`;
    type(field, pasted);
    await settle(LONG_DRAFT_PAUSE_MS + FRAME_MS * 8);
    expect(prepare.mock.calls.map(([draft]) => draft)).toContain(pasted);
    expect(analyze.mock.calls.at(-1)).toEqual([pasted]);
  });

  it('analyses a field that already holds a draft when the page loads', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Sorry.</p><p>Me too!</p></div>';
    startReviewer();
    await settle();
    expect(analyze.mock.calls).toEqual([['Sorry.\nMe too!']]);
  });

  it('counts findings per field for the badge', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    placeOnScreen(field);
    startReviewer();

    type(field, 'Me too! Me too!');
    await settle();
    await settle(20);
    expect(lastRender()).toHaveLength(1);
    expect(lastRender()[0]).toMatchObject({ findingCount: 2, severity: 'warning', paintsSquiggles: true });

    type(field, 'How are you?');
    await settle();
    await settle(20);
    expect(lastRender()).toEqual([]);
  });

  it('reviews a field the page adds later, such as a restored draft', async () => {
    startReviewer();
    const field = document.createElement('textarea');
    field.defaultValue = 'Me too';
    document.body.append(field);
    await settle();
    expect(analyze.mock.calls).toEqual([['Me too']]);
  });

  it.each([
    ['a click on Send', () => new MouseEvent('click', { bubbles: true })],
    ['the keyup of Enter', () => new KeyboardEvent('keyup', { key: 'Enter', bubbles: true })],
  ])('notices when page script empties a textarea after %s, which fires no input event', async (_, event) => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    placeOnScreen(field);
    startReviewer();
    type(field, 'Me too');
    await settle();
    await settle(20);
    expect(lastRender()[0]?.findingCount).toBe(1);

    field.value = '';
    document.body.dispatchEvent(event());
    await settle(20);
    expect(lastRender()).toEqual([]);
    await settle();
    expect(analyze.mock.calls).toEqual([['Me too'], ['']]);
  });

  it('never analyses readonly, opted-out or Grammarly-opted-out fields', async () => {
    document.body.innerHTML = `
      <textarea readonly></textarea>
      <textarea data-attune="off"></textarea>
      <div data-gramm="false"><div contenteditable="true"></div></div>`;
    startReviewer();
    for (const field of document.querySelectorAll<HTMLElement>('textarea, [contenteditable]')) type(field, 'Me too');
    await settle();
    expect(analyze).not.toHaveBeenCalled();
  });

  it('prepares a long draft over several tasks, then analyses it', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const draft = longDraft('Me too.');
    prepare.mockImplementation(() => prepare.mock.calls.length === 3);
    startReviewer();
    type(document.querySelector('textarea')!, draft);

    await nextTask();
    await nextTask();
    expect(prepare).toHaveBeenCalledTimes(2);
    expect(analyze).not.toHaveBeenCalled();
    await settle();
    expect(prepare.mock.calls.map(([text]) => text)).toEqual([draft, draft, draft]);
    expect(analyze.mock.calls).toEqual([[draft]]);
  });

  it('drops work on text that changed before its analysis was done, and analyses the newest text', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    const first = longDraft('Same here.');
    const second = `${first}Me too.`;
    prepare.mockImplementation((draft) => draft === second);
    startReviewer();

    type(field, first);
    await nextTask();
    type(field, second);
    await settle();

    expect(prepare.mock.calls.map(([text]) => text)).toEqual([first, second]);
    expect(analyze.mock.calls).toEqual([[second]]);
  });

  it('analyses a pasted document at once, then again only once typing in it pauses', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    startReviewer();
    type(field, longDraft('Me too.'));
    await settle();
    expect(analyze).toHaveBeenCalledTimes(1);
    analyze.mockClear();

    for (const word of [' Same', ' here', '.']) {
      type(field, `${field.value}${word}`);
      await settle(LONG_DRAFT_PAUSE_MS / 2);
    }
    expect(analyze).not.toHaveBeenCalled();
    await settle(LONG_DRAFT_PAUSE_MS);
    expect(analyze.mock.calls).toEqual([[field.value]]);
  });

  it('analyses a short draft in the frame after the edit when its task is late, so the frame shows its findings', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    placeOnScreen(field);
    startReviewer({ taskDelayMs: FRAME_MS * 2 });
    type(field, 'Me too');

    await settle(FRAME_MS);
    expect(analyze.mock.calls).toEqual([['Me too']]);
    expect(lastRender()[0]?.findingCount).toBe(1);
    await settle(FRAME_MS * 3);
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  it('draws nothing again for a frame that changes nothing, such as a scroll elsewhere', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    placeOnScreen(field);
    startReviewer();
    type(field, 'Me too');
    await settle();
    const drawn = renders.length;

    window.dispatchEvent(new Event('scroll'));
    field.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    await settle();
    expect(renders).toHaveLength(drawn);
  });

  it('drops a field removed before its analysis runs', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    startReviewer();
    type(field, 'Me too');
    field.remove();
    await settle();
    expect(analyze).not.toHaveBeenCalled();
  });

  it('drops a rich-text field the page removes between two slices of its analysis', async () => {
    document.body.innerHTML = '<div contenteditable="true"></div>';
    const field = document.querySelector<HTMLElement>('[contenteditable]')!;
    prepare.mockImplementation(() => prepare.mock.calls.length > 1);
    startReviewer();
    type(field, longDraft('Me too.'));
    await nextTask();
    expect(prepare).toHaveBeenCalledTimes(1);

    field.remove();
    await settle();
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(analyze).not.toHaveBeenCalled();
    expect(reviewer.findingCount(field)).toBeUndefined();
  });

  it('waits for an IME composition to end before analysing', async () => {
    document.body.innerHTML = '<div contenteditable="true"></div>';
    const field = document.querySelector<HTMLElement>('[contenteditable]')!;
    startReviewer();

    field.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    type(field, 'Me too');
    await settle();
    expect(analyze).not.toHaveBeenCalled();

    field.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    await settle();
    expect(analyze.mock.calls).toEqual([['Me too']]);
  });

  it('goes quiet once stopped', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    startReviewer();
    reviewer.stop();
    type(document.querySelector('textarea')!, 'Me too');
    await settle();
    expect(analyze).not.toHaveBeenCalled();
  });
});

describe('PageReviewer for the content script', () => {
  it('tells the analysis which field the draft is in, and where a rich-text draft’s characters live', async () => {
    document.body.innerHTML = '<textarea></textarea><div contenteditable="true"></div>';
    const textarea = document.querySelector('textarea')!;
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    startReviewer();

    type(textarea, 'Me too');
    type(editor, 'Me too');
    await settle();

    const analysisOf = (element: HTMLElement) => analyzedFields.find(({ field }) => field === element);
    expect(analyzedFields).toHaveLength(2);
    expect(analysisOf(textarea)).toEqual({ field: textarea, pieces: undefined });
    expect(analysisOf(editor)?.pieces?.map((piece) => piece.node)).toEqual([editor.firstChild]);
  });

  it('analyses every field again on request, as when the settings change', async () => {
    document.body.innerHTML = '<textarea>Me too</textarea><textarea>Me too, Me too</textarea>';
    startReviewer();
    await settle();
    analyze.mockClear();

    reviewer.reviewAgain();
    await settle();

    expect(analyze.mock.calls).toEqual([['Me too'], ['Me too, Me too']]);
  });

  it('counts the findings of a reviewed field, and knows no count for other elements', async () => {
    document.body.innerHTML = '<textarea>Me too, Me too</textarea><textarea readonly>Me too</textarea>';
    const [reviewed, readonly] = document.querySelectorAll('textarea');
    startReviewer();
    await settle();

    expect(reviewer.findingCount(reviewed!)).toBe(2);
    expect(reviewer.findingCount(readonly!)).toBeUndefined();
  });
});

describe('PageReviewer for the cards', () => {
  it('hands over the field, the analysed text and every finding', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    placeOnScreen(field);
    startReviewer();
    type(field, 'Oh. Me too! Me too.');
    await settle();
    await settle(20);

    const [view] = lastRender();
    expect(view).toMatchObject({ element: field, text: 'Oh. Me too! Me too.' });
    expect(view?.findings.map((finding) => finding.range)).toEqual([{ start: 4, end: 10 }, { start: 12, end: 18 }]);
  });

  it('hides a finding ignored once until the text changes', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    placeOnScreen(field);
    startReviewer();
    type(field, 'Me too. Me too.');
    await settle();
    await settle(20);
    const [first] = lastRender()[0]!.findings;

    reviewer.ignoreOnce(field, first!);
    await settle(20);
    expect(lastRender()[0]?.findings.map((finding) => finding.range.start)).toEqual([8]);
    expect(reviewer.findingCount(field)).toBe(1);

    type(field, 'Me too. Me too!');
    await settle();
    expect(reviewer.findingCount(field)).toBe(2);
  });

  it('reviews fields inside open shadow roots, including ones added there later', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<textarea>Me too</textarea>';
    startReviewer();
    await settle();
    expect(analyze.mock.calls).toEqual([['Me too']]);

    const later = document.createElement('div');
    later.contentEditable = 'true';
    later.textContent = 'Me too, really';
    shadow.append(later);
    await settle();
    expect(analyze.mock.calls).toEqual([['Me too'], ['Me too, really']]);
  });
});

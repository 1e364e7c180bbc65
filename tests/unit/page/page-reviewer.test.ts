// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/lib/engine/types';
import type { FieldView } from '@/lib/page/field-view';
import { ANALYSIS_DELAY_MS, MAX_REVIEWED_LENGTH, PageReviewer } from '@/lib/page/page-reviewer';

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

let analyze: ReturnType<typeof vi.fn<typeof fakeAnalyze>>;
let renders: FieldView[][];
let reviewer: PageReviewer;

function startReviewer(): void {
  reviewer = new PageReviewer({
    window,
    mirror: document.createElement('div'),
    highlights: null,
    analyze,
    render: (fields) => renders.push(fields),
    setTimeout: (handler, delay) => window.setTimeout(handler, delay),
    requestAnimationFrame: (callback) => window.setTimeout(callback, 16),
    listen: (target, eventType, handler, options) => target.addEventListener(eventType, handler, options),
  });
  reviewer.start();
}

/** Lets MutationObserver callbacks and due timers run. */
async function settle(ms = ANALYSIS_DELAY_MS + 50): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

const lastRender = () => renders.at(-1) ?? [];

beforeEach(() => {
  vi.useFakeTimers();
  analyze = vi.fn(fakeAnalyze);
  renders = [];
  document.body.innerHTML = '';
});

afterEach(() => {
  reviewer.stop();
  vi.useRealTimers();
});

describe('PageReviewer', () => {
  it('analyses only once typing has paused, with the latest text', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    startReviewer();

    type(field, 'Me');
    await settle(ANALYSIS_DELAY_MS / 2);
    type(field, 'Me too');
    await settle(ANALYSIS_DELAY_MS / 2);
    expect(analyze).not.toHaveBeenCalled();

    await settle();
    expect(analyze.mock.calls).toEqual([['Me too']]);
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

  it('notices when page script empties a textarea after Send, which fires no input event', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    placeOnScreen(field);
    startReviewer();
    type(field, 'Me too');
    await settle();
    await settle(20);
    expect(lastRender()[0]?.findingCount).toBe(1);

    field.value = '';
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
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

  it('skips drafts longer than the limit instead of stalling the page', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    startReviewer();
    type(document.querySelector('textarea')!, 'Me too. '.repeat(MAX_REVIEWED_LENGTH / 8 + 1));
    await settle();
    expect(analyze).not.toHaveBeenCalled();
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

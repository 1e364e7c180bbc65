// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from '#imports';
import { quietTimers } from '@/entrypoints/review.content/quiet-timers';

function fakeContext() {
  const context = { isValid: true, onInvalidated: vi.fn() };
  return { context, ctx: context as unknown as ContentScriptContext };
}

describe('quietTimers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs timers and frames while the script is live, and nothing once it is orphaned', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    const { context, ctx } = fakeContext();
    const timers = quietTimers(ctx);
    const ran: string[] = [];
    timers.setTimeout(() => ran.push('timeout'), 10);
    timers.requestAnimationFrame(() => ran.push('frame'));
    vi.advanceTimersByTime(20);
    expect(ran).toEqual(expect.arrayContaining(['timeout', 'frame']));

    context.isValid = false;
    timers.setTimeout(() => ran.push('late timeout'), 10);
    timers.requestAnimationFrame(() => ran.push('late frame'));
    vi.advanceTimersByTime(20);
    expect(ran).toHaveLength(2);
  });

  it('adds no invalidation listener per timer, however many are set', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    const { context, ctx } = fakeContext();
    const timers = quietTimers(ctx);
    for (let key = 0; key < 500; key++) {
      timers.setTimeout(() => {}, 0);
      timers.requestAnimationFrame(() => {});
    }
    vi.runAllTimers();
    expect(context.onInvalidated).not.toHaveBeenCalled();
  });
});

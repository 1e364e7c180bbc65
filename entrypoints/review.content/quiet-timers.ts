import type { ContentScriptContext } from '#imports';

/**
 * Timers that do nothing once the script is orphaned (extension reloaded or the site turned off).
 * WXT's `ctx.setTimeout` does the same but adds an invalidation listener per call that is never removed;
 * the reviewer sets timers on every keystroke and frame, so those listeners would pile up for the page's life.
 */
export function quietTimers(ctx: ContentScriptContext) {
  return {
    setTimeout: (handler: () => void, delay: number): number =>
      window.setTimeout(() => {
        if (ctx.isValid) handler();
      }, delay),
    requestAnimationFrame: (callback: () => void): number =>
      window.requestAnimationFrame(() => {
        if (ctx.isValid) callback();
      }),
  };
}

import { browser, type ContentScriptContext } from '#imports';
import { FIELD_SELECTOR, isReviewableField } from '@/lib/page/fields';
import type { PageReviewer } from '@/lib/page/page-reviewer';
import type { ReviewContext } from '@/lib/page/review-context';
import { settingsForPage, type PageSettings } from '@/lib/settings/page-settings';
import { rules } from '@/lib/rules';
import { disableRule, ignorePhrase, readSettings, watchSettings, type SettingsSnapshot } from '@/lib/settings/storage';
import { parseTabRequest, type TabStatus } from '@/lib/settings/tab-status';

/** The settings that apply on this page, read once at start. */
export async function readPageSettings(): Promise<PageSettings> {
  const { settings } = await readSettings();
  return settingsForPage(settings, location.href);
}

/**
 * What a finding card's "Ignore this phrase" and "Disable rule" store. The settings watch below then analyses every
 * field again, here and in every other tab. A save that fails (sync quota) rejects: the card says why and the
 * finding stays.
 */
export const cardSettingHooks = {
  onIgnorePhrase: (phrase: string) => ignorePhrase(phrase),
  onDisableRule: (ruleId: string) => {
    const defaultSeverity = rules.find((rule) => rule.meta.id === ruleId)?.meta.defaultSeverity ?? 'warning';
    return disableRule(ruleId, defaultSeverity);
  },
};

interface RunningReview {
  review: ReviewContext;
  reviewer: PageReviewer;
}

/**
 * Keeps a running review in step with the rest of Attune: settings changes apply live, the popup asks for the
 * active field's status and clears the message being replied to, the context menu sets it, and turning the site
 * off stops the review at once. Everything added here goes away with `ctx`.
 */
export function followExtension(ctx: ContentScriptContext, { review, reviewer }: RunningReview): void {
  // The explicit stop: aborting the context runs every `onInvalidated` cleanup (overlay, highlights, observers,
  // listeners and timers added through ctx), as an extension update would, but without waiting for one.
  const stop = () => ctx.abort('Attune was turned off for this site');
  const applySettings = ({ settings, readError }: SettingsSnapshot) => {
    // Settings the browser could not read leave the review as it is, rather than the defaults turning it off.
    if (readError !== undefined) return;
    const pageSettings = settingsForPage(settings, location.href);
    if (!pageSettings.enabled) return stop();
    review.useSettings(pageSettings);
    reviewer.reviewAgain();
  };
  const reviewAgainWith = (change: () => void) => {
    change();
    reviewer.reviewAgain();
  };

  ctx.onInvalidated(whileConnected(watchSettings(applySettings)));

  const fieldAround = (target: EventTarget | null) => {
    const field = target instanceof Element ? target.closest(FIELD_SELECTOR) : null;
    return field && isReviewableField(field) ? field : undefined;
  };
  // Started in a tab already open, the review may find the user's caret in a field already.
  let focusedField = fieldAround(document.activeElement);
  ctx.addEventListener(document, 'focusin', (event) => (focusedField = fieldAround(event.target) ?? focusedField), { capture: true });
  const statusOf = (field: Element): TabStatus => {
    const replyTo = review.replyToFor(field);
    const findings = reviewer.findingCount(field) ?? 0;
    return replyTo === undefined ? { findings } : { findings, replyTo };
  };

  // A single-page app showing another conversation is another page: a message picked by hand no longer applies.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    review.forgetReplyToChoice();
    void readSettings().then(applySettings);
  });

  const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: TabStatus | true) => void) => {
    const request = parseTabRequest(message);
    switch (request?.type) {
      case 'attune:status':
        // Every frame hears the popup; only one with a field the user has been in answers.
        if (focusedField?.isConnected) sendResponse(statusOf(focusedField));
        return;
      case 'attune:clear-reply-to':
        reviewAgainWith(() => review.clearReplyTo());
        sendResponse(true);
        return;
      case 'attune:choose-reply-to':
        reviewAgainWith(() => review.chooseReplyTo(request.text));
        sendResponse(true);
        return;
      case 'attune:stop':
        // Sent for the tab's address; a frame from a site that is still on keeps going.
        void readSettings().then(applySettings);
        sendResponse(true);
        return;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(whileConnected(() => browser.runtime.onMessage.removeListener(onMessage)));
}

/**
 * A cleanup that touches the extension's APIs, skipped once the script is orphaned (the extension was reloaded or
 * updated): those APIs then throw "Extension context invalidated", and the listeners went with the old context.
 */
function whileConnected(cleanup: () => void): () => void {
  return () => {
    if (browser.runtime?.id !== undefined) cleanup();
  };
}

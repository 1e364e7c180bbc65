/** Messages the popup sends to the review content script in the active tab. */
export const tabStatusRequest = { type: 'attune:status' } as const;
export const clearReplyToRequest = { type: 'attune:clear-reply-to' } as const;

/** Messages the background sends: Attune was turned off for the tab's site; the user picked the message they reply to. */
export const stopReviewRequest = { type: 'attune:stop' } as const;
export function chooseReplyToRequest(text: string) {
  return { type: 'attune:choose-reply-to', text } as const;
}

/** Everything the review content script is asked. */
export type TabRequest =
  | typeof tabStatusRequest
  | typeof clearReplyToRequest
  | typeof stopReviewRequest
  | ReturnType<typeof chooseReplyToRequest>;

/** Accepts only the messages above; anything else (another extension's, a malformed one) is not for Attune's content script. */
export function parseTabRequest(message: unknown): TabRequest | undefined {
  if (typeof message !== 'object' || message === null || !('type' in message)) return undefined;
  switch (message.type) {
    case tabStatusRequest.type:
      return tabStatusRequest;
    case clearReplyToRequest.type:
      return clearReplyToRequest;
    case stopReviewRequest.type:
      return stopReviewRequest;
    case 'attune:choose-reply-to':
      return 'text' in message && typeof message.text === 'string' ? chooseReplyToRequest(message.text) : undefined;
    default:
      return undefined;
  }
}

/** The content script's answer to `tabStatusRequest`: findings in the active field and the message being replied to. */
export interface TabStatus {
  findings: number;
  replyTo?: string;
}

/** Accepts only a well-formed answer; anything else means there is nothing to show. */
export function parseTabStatus(reply: unknown): TabStatus | undefined {
  if (typeof reply !== 'object' || reply === null || !('findings' in reply)) return undefined;
  const { findings } = reply;
  if (typeof findings !== 'number' || !Number.isInteger(findings) || findings < 0) return undefined;
  const replyTo = 'replyTo' in reply && typeof reply.replyTo === 'string' && reply.replyTo.trim() !== '' ? reply.replyTo : undefined;
  return replyTo === undefined ? { findings } : { findings, replyTo };
}

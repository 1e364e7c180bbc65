/** Messages the popup sends to the review content script in the active tab. */
export const tabStatusRequest = { type: 'attune:status' } as const;
export const clearReplyToRequest = { type: 'attune:clear-reply-to' } as const;

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

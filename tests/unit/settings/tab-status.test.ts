import { describe, expect, it } from 'vitest';
import {
  chooseReplyToRequest,
  clearReplyToRequest,
  parseTabRequest,
  parseTabStatus,
  stopReviewRequest,
  tabStatusRequest,
} from '../../../lib/settings/tab-status';

describe('parseTabStatus', () => {
  it.each([
    [{ findings: 0 }, { findings: 0 }],
    [{ findings: 3, replyTo: 'I feel trapped at work.' }, { findings: 3, replyTo: 'I feel trapped at work.' }],
    [{ findings: 2, replyTo: '   ' }, { findings: 2 }],
    [{ findings: 2, replyTo: 7 }, { findings: 2 }],
  ])('accepts %j', (reply, status) => {
    expect(parseTabStatus(reply)).toEqual(status);
  });

  it.each([undefined, null, 'ok', {}, { findings: -1 }, { findings: 1.5 }, { findings: '2' }])('ignores %j', (reply) => {
    expect(parseTabStatus(reply)).toBeUndefined();
  });
});

describe('parseTabRequest', () => {
  it.each([tabStatusRequest, clearReplyToRequest, stopReviewRequest, chooseReplyToRequest('I feel so alone.')])('accepts %j', (message) => {
    expect(parseTabRequest(JSON.parse(JSON.stringify(message)))).toEqual(message);
  });

  it.each([undefined, null, 'attune:stop', {}, { type: 'attune:unknown' }, { type: 'attune:choose-reply-to' }, { type: 'attune:choose-reply-to', text: 3 }])(
    'ignores %j',
    (message) => {
      expect(parseTabRequest(message)).toBeUndefined();
    },
  );
});

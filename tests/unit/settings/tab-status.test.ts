import { describe, expect, it } from 'vitest';
import { parseTabStatus } from '../../../lib/settings/tab-status';

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

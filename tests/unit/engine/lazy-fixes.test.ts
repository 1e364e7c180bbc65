import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { deriveFinding, withLazyFixes } from '../../../lib/engine/lazy-fixes';
import type { Fix } from '../../../lib/engine/types';

const found = { ruleId: 'me-too', severity: 'warning', source: 'attune', range: { start: 0, end: 6 }, message: 'm', why: 'w' } as const;
const removeFix: Fix = { title: 'Remove this phrase', kind: 'remove', edits: [{ start: 0, end: 6, newText: '' }] };

describe('lazy fixes', () => {
  it('builds fixes once, on first read, and shows them like any other field', () => {
    let builds = 0;
    const finding = withLazyFixes({ ...found, range: { ...found.range } }, () => {
      builds++;
      return [removeFix];
    });
    expect(builds).toBe(0);
    expect(finding.fixes).toEqual([removeFix]);
    expect(finding.fixes).toBe(finding.fixes);
    expect(builds).toBe(1);
    expect(Object.keys(finding)).toContain('fixes');
    expect(JSON.parse(JSON.stringify(finding)).fixes).toEqual([removeFix]);
  });

  it('derives a finding without building the original’s fixes until the derived ones are read', () => {
    let builds = 0;
    const original = withLazyFixes({ ...found }, () => {
      builds++;
      return [removeFix];
    });
    const moved = deriveFinding(original, { range: { start: 3, end: 9 } }, (fixes) =>
      fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, start: edit.start + 3, end: edit.end + 3 })) })),
    );
    expect(builds).toBe(0);
    expect(moved.range).toEqual({ start: 3, end: 9 });
    expect(moved.ruleId).toBe('me-too');
    expect(moved.fixes[0]?.edits).toEqual([{ start: 3, end: 9, newText: '' }]);
    expect(builds).toBe(1);
  });

  it('gives analyze() findings whose fixes are the same when read late as when read at once', () => {
    const draft = 'I know exactly how you feel. My mom died too.';
    const readAtOnce = analyze(draft).map((finding) => finding.fixes);
    analyze('Something else entirely, same here.');
    const readLate = analyze(draft).map((finding) => finding.fixes);
    expect(readLate).toEqual(readAtOnce);
    expect(readAtOnce.every((fixes) => fixes.length > 0)).toBe(true);
  });
});

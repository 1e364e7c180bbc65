import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';

export interface InvalidCase {
  text: string;
  /** The exact text of each expected finding of this rule, in order. */
  flagged: string | string[];
}

export interface RuleTable {
  valid: string[];
  invalid: InvalidCase[];
}

function flaggedTexts(ruleId: string, text: string): string[] {
  return analyze(text)
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => text.slice(finding.range.start, finding.range.end));
}

/** ESLint's RuleTester, in small: every valid draft gives no finding, every invalid one exactly the listed ranges. */
export function testRule(ruleId: string, table: RuleTable): void {
  describe(ruleId, () => {
    describe('stays silent on', () => {
      it.each(table.valid)('%s', (text) => {
        expect(flaggedTexts(ruleId, text)).toEqual([]);
      });
    });
    describe('fires on', () => {
      it.each(table.invalid)('$text', ({ text, flagged }) => {
        const expected = Array.isArray(flagged) ? flagged : [flagged];
        for (const part of expected) expect(text).toContain(part);
        expect(flaggedTexts(ruleId, text)).toEqual(expected);
      });
    });
  });
}

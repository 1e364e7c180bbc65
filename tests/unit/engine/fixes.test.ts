import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import type { Fix } from '../../../lib/engine/types';

function apply(draft: string, fix: Fix): string {
  let result = draft;
  for (const edit of [...fix.edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  }
  return result;
}

function removeFirst(draft: string): string {
  const finding = analyze(draft)[0];
  const remove = finding?.fixes.find((fix) => fix.kind === 'remove');
  if (!remove) throw new Error(`no remove fix for ${draft}`);
  return apply(draft, remove);
}

describe('the remove fix repairs what is left', () => {
  it.each([
    ['Me too!', ''],
    ['Me too! That sounds awful.', 'That sounds awful.'],
    ['That sounds awful. Me too!', 'That sounds awful.'],
    ['That sounds awful. Me too! Are you sleeping at all?', 'That sounds awful. Are you sleeping at all?'],
    ['That sucks, I have been there.', 'That sucks.'],
    ['I know exactly how you feel, this is so hard.', 'This is so hard.'],
    ['Honestly, I know how you feel, and it is so unfair.', 'Honestly, it is so unfair.'],
    ['Oh no.\nSame here.\nHow are you today?', 'Oh no.\nHow are you today?'],
    ['Oh no.\r\nSame here.\r\nHow are you today?', 'Oh no.\r\nHow are you today?'],
    ['That happened to me too. 😢', '😢'],
    ['You are brave. I totally get it', 'You are brave.'],
    ['That sounds rough. The same thing happened to me last year.', 'That sounds rough.'],
    ['You are not alone, I was there too and it got better.', 'You are not alone, it got better.'],
  ])('%j → %j', (draft, expected) => {
    expect(removeFirst(draft)).toBe(expected);
  });

  it('takes the whole clause a phrase stands in, leaving no fragment behind', () => {
    const draft = 'I know exactly how you feel, the same thing happened to me last year.';
    const [, meToo] = analyze(draft);
    expect(meToo?.ruleId).toBe('me-too');
    expect(apply(draft, meToo!.fixes.find((fix) => fix.kind === 'remove')!)).toBe('I know exactly how you feel.');
  });
});

describe('a reflection replaces whole clauses', () => {
  it.each([
    ['I know exactly how you feel, the same thing happened to me last year.', /^It sounds like .+\?$/],
    ['Honestly, same here lol.', /^Honestly\. It sounds like .+\?$/],
    ['That sounds so hard, I went through the same thing at your age. Call me?', /^That sounds so hard\. It sounds like .+\? Call me\?$/],
  ])('%j', (draft, expected) => {
    const [finding] = analyze(draft, { replyTo: 'I feel so stuck and I cannot sleep.' });
    const reflect = finding!.fixes.find((fix) => fix.kind === 'reflect')!;
    const result = apply(draft, reflect);
    expect(result).toMatch(expected);
    expect(result).not.toMatch(/\b(last year|lol|at your age|the same)\b/);
  });
});

describe('reflection fixes', () => {
  it('replace the phrase and keep the rest of the draft intact', () => {
    const draft = 'Thank you for writing. I know exactly how you feel. Are you safe tonight?';
    const finding = analyze(draft, { replyTo: 'I feel so trapped at work and I cannot sleep.' })[0]!;
    const reflect = finding.fixes.find((fix) => fix.kind === 'reflect')!;
    const result = apply(draft, reflect);
    expect(result.startsWith('Thank you for writing. ')).toBe(true);
    expect(result.endsWith(' Are you safe tonight?')).toBe(true);
    expect(result).not.toContain('I know exactly how you feel');
    expect(reflect.isPreferred).toBe(true);
  });

  it('replace every self-reference in the sentence at once', () => {
    const draft = "I'm so sorry. I know exactly how you feel, my mom died too. Are you eating?";
    const findings = analyze(draft, { replyTo: "Since my wife passed away I've been so lonely." });
    expect(findings.map((finding) => finding.ruleId)).toEqual(['presumed-understanding', 'me-too']);
    for (const finding of findings) {
      const result = apply(draft, finding.fixes[0]!);
      expect(result).toMatch(/^I'm so sorry\. It sounds like you('ve been|'re) feeling .*lonely.*\? Are you eating\?$/);
      expect(result).not.toMatch(/\b(I know|my mom)\b/);
    }
  });

  it('are offered first, before removal', () => {
    const [finding] = analyze('Me too!');
    expect(finding!.fixes[0]!.kind).toBe('reflect');
    expect(finding!.fixes.at(-1)!.kind).toBe('remove');
  });
});

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../lib/rules';

const ruleFiles = readdirSync(new URL('../../../lib/rules/', import.meta.url)).filter(
  (file) => file.endsWith('.ts') && readdirSync(new URL('./', import.meta.url)).includes(file.replace('.ts', '.test.ts')),
);

describe('every rule', () => {
  it('has a unique id that is its file name and a test table', () => {
    const ids = rules.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.map((id) => `${id}.ts`).sort()).toEqual(ruleFiles.sort());
  });

  it('is listed in id order', () => {
    const ids = rules.map((rule) => rule.meta.id);
    expect(ids).toEqual([...ids].sort());
  });

  it.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s has docs, a message, a why and examples', (_, rule) => {
    expect(rule.meta.description.length).toBeGreaterThan(10);
    expect(rule.meta.docs.length).toBeGreaterThan(60);
    expect(rule.meta.message.length).toBeGreaterThan(5);
    expect(rule.meta.why.length).toBeGreaterThan(30);
    expect(rule.meta.examples.fires.length).toBeGreaterThan(0);
    expect(rule.meta.examples.silent.length).toBeGreaterThan(0);
  });
});

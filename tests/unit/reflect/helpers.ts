import { expect } from 'vitest';
import type { Reflection } from '../../../lib/reflect';

/**
 * The writer's own first person: a reflection speaks only of the other person.
 * "I wonder if …" is the one "I" allowed: it asks, it does not tell the writer's story.
 */
export const WRITER_FIRST_PERSON = /\b(?:me|my|mine|myself|we|us|our|ours)\b|\bI(?!\s+wonder\b)(?:'\w+|’\w+)?\b|\bme too\b|\bsame here\b/i;

/** Shapes every suggestion list must have, whatever the input. */
export function expectWellFormed(reflections: readonly Reflection[], options: { checkIn?: boolean } = {}): void {
  expect(reflections.length).toBeGreaterThanOrEqual(2);
  expect(reflections.length).toBeLessThanOrEqual(3);
  const texts = reflections.map((reflection) => reflection.text);
  expect(new Set(texts).size).toBe(texts.length);
  for (const reflection of reflections) {
    const { text } = reflection;
    expect(text.trim()).toBe(text);
    expect(text).toMatch(/^\p{Lu}/u);
    expect(text).not.toMatch(/ {2}|\.\.|\?\.|\.\?|!\.| [,.;:?!]|,,|\?\?/);
    expect(text).not.toMatch(WRITER_FIRST_PERSON);
    const checkIn = options.checkIn ?? true;
    if (checkIn || reflection.style !== 'reflect') expect(text).toMatch(/\?$/);
    else expect(text).toMatch(/\.$/);
  }
}

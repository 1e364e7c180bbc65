/**
 * Reflections of the other person's feeling: read the feeling words in a message, whose they are and what they
 * attach to, and say them back in the second person. Pure text in, data out; nothing here logs or stores text.
 */
import { clearReadingCache, isOwnFeeling, readFeelingReadings } from './read';
import { clearTagCache } from './tags';
import type { FeelingMention } from './types';

export type { FeelingMention, FlavorId, Reflection, ReflectionStyle } from './types';
export { shiftPerspective } from './perspective';
export { suggestReflections } from './suggest';

/**
 * The writer's own feeling mentions in `text`, in text order, negated ones included (marked).
 * Feelings the text gives to someone else ("my husband is furious") or to the reader ("you must be tired") are left out.
 */
export function readFeelings(text: string): FeelingMention[] {
  return readFeelingReadings(text, 'incoming')
    .filter(isOwnFeeling)
    .map((reading) => ({ ...reading.mention }));
}

/** Forgets every reading and parse kept for reuse (benchmarks measure text seen for the first time). */
export function clearReflectionCaches(): void {
  clearReadingCache();
  clearTagCache();
}

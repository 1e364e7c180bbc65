import { POSITIVE_FLAVORS } from './lexicon';
import { isOwnFeeling, readFeelingReadings, readSentenceFeelings, type FeelingReading } from './read';
import type { Intensity, Reflection } from './types';

const INTENSITY_WEIGHT: Record<Intensity, number> = { mild: 1, moderate: 2, strong: 3 };

interface FlavorTally {
  score: number;
  firstSeen: number;
  representative: FeelingReading;
}

/** Reflected phrases starting "like …", "at …" or "more …" take no "really" and join no other feeling. */
function isGradable(reading: FeelingReading): boolean {
  return !/^(?:like|at|more) /.test(reading.entry.reflected);
}

function isPositive(reading: FeelingReading): boolean {
  return POSITIVE_FLAVORS.has(reading.entry.flavor);
}

/** "I feel trapped" said in so many words: reflecting their own word back beats reflecting an image ("can't breathe"). */
function isTheirOwnWord(reading: FeelingReading): boolean {
  return reading.mention.surface.toLowerCase() === reading.entry.reflected;
}

function isStronger(candidate: FeelingReading, current: FeelingReading): boolean {
  const difference = INTENSITY_WEIGHT[candidate.mention.intensity] - INTENSITY_WEIGHT[current.mention.intensity];
  if (difference !== 0) return difference > 0;
  if (!!candidate.situation !== !!current.situation) return !!candidate.situation;
  return isTheirOwnWord(candidate) && !isTheirOwnWord(current);
}

/**
 * The feeling to reflect and, when a second flavor of the same valence stands out, its companion.
 * Flavors score by intensity and repetition, with a nudge toward the end of the message, where people usually say how they are now.
 */
function chooseFeelings(readings: readonly FeelingReading[]): FeelingReading[] {
  const tallies = new Map<string, FlavorTally>();
  readings.forEach((reading, index) => {
    const recency = readings.length > 1 ? (index / (readings.length - 1)) * 0.5 : 0;
    const points = INTENSITY_WEIGHT[reading.mention.intensity] + recency;
    const tally = tallies.get(reading.entry.flavor);
    if (!tally) {
      tallies.set(reading.entry.flavor, { score: points, firstSeen: index, representative: reading });
      return;
    }
    tally.score += points;
    if (isStronger(reading, tally.representative)) tally.representative = reading;
  });
  const ranked = [...tallies.values()].sort((a, b) => b.score - a.score || a.firstSeen - b.firstSeen);
  const primary = (ranked[0] as FlavorTally).representative;
  const companion = ranked
    .slice(1)
    .map((tally) => tally.representative)
    .find(
      (reading) =>
        isPositive(reading) === isPositive(primary) &&
        reading.mention.intensity !== 'mild' &&
        reading.entry.reflected !== primary.entry.reflected &&
        isGradable(reading) &&
        isGradable(primary),
    );
  return companion ? [primary, companion] : [primary];
}

interface FeelingWords {
  /** "you're feeling" or, for a feeling that has lasted since something, "you've been feeling". */
  lead: string;
  /** "really overwhelmed and alone at work" */
  words: string;
  /** Whether "right now" fits after the words. */
  present: boolean;
  positive: boolean;
}

function describeFeelings(chosen: readonly FeelingReading[]): FeelingWords {
  const primary = chosen[0] as FeelingReading;
  const situationOwner = chosen.find((reading) => reading.situation);
  const situation = situationOwner?.situation;
  // Text order reads naturally; the feeling that owns the situation goes last so "scared of …" stays together.
  const ordered = [...chosen].sort((a, b) => a.mention.start - b.mention.start);
  if (situationOwner && ordered[0] === situationOwner && ordered.length > 1) ordered.reverse();
  // One shared degree reads once ("really overwhelmed and alone"); different ones stay with their feeling.
  const shared = ordered.every((reading) => reading.degree === primary.degree);
  const withDegree = (reading: FeelingReading, degree: string | undefined): string =>
    degree && isGradable(reading) ? `${degree} ${reading.entry.reflected}` : reading.entry.reflected;
  const degreeOf = (reading: FeelingReading, index: number): string | undefined => {
    if (!shared) return reading.degree;
    return index === 0 ? primary.degree : undefined;
  };
  const feelings = ordered.map((reading, index) => withDegree(reading, degreeOf(reading, index))).join(' and ');
  const positive = isPositive(primary);
  return {
    lead: situation?.ongoing ? "you've been feeling" : "you're feeling",
    words: `${feelings}${situation ? ` ${situation.text}` : ''}`,
    present: !positive && !situation?.temporal,
    positive,
  };
}

function tidy(sentence: string): string {
  return sentence.replace(/\s+/g, ' ').replace(/\s+([,.;:?!])/g, '$1').trim();
}

function reflectionsOf(chosen: readonly FeelingReading[], checkIn: boolean): Reflection[] {
  const { lead, words, present, positive } = describeFeelings(chosen);
  const flavor = (chosen[0] as FeelingReading).entry.flavor;
  const statement = `It sounds like ${lead} ${words}`;
  const openQuestion = positive ? 'What does that mean for you?' : 'What has that been like for you?';
  return [
    { style: 'reflect', text: tidy(`${statement}${present ? ' right now' : ''}.${checkIn ? ' Is that right?' : ''}`), flavor },
    { style: 'reflect-question', text: tidy(`${statement}. ${openQuestion}`), flavor },
    { style: 'tentative', text: tidy(`I wonder if ${lead} ${words} — does that fit?`), flavor },
  ];
}

function genericReflections(checkIn: boolean): Reflection[] {
  return [
    { style: 'reflect', text: `It sounds like this has been really hard.${checkIn ? ' Is that right?' : ''}` },
    { style: 'reflect-question', text: 'It sounds like this has been really hard. What has it been like for you?' },
    { style: 'tentative', text: "I wonder if you've been carrying a lot on your own — does that fit?" },
  ];
}

/** In the writer's draft, feelings that are the other person's: "you must feel so alone", "that sounds scary". */
function isAboutThem(reading: FeelingReading): boolean {
  return reading.experiencer === 'addressee' || (reading.experiencer === 'unspecified' && !reading.sentenceHasSpeaker);
}

/**
 * Two or three reflections of the other person's feeling: from their message when it names one,
 * else from the writer's draft where it speaks of them, else a generic reflection. Never empty.
 * A draft given as sentences is read one sentence at a time, so a keystroke re-reads only the sentence it changed.
 */
export function suggestReflections(
  source: { incoming?: string; draftContext?: string | readonly string[] },
  preferences?: { checkIn?: boolean },
): Reflection[] {
  const checkIn = preferences?.checkIn ?? true;
  const incoming = readFeelingReadings(source.incoming ?? '', 'incoming').filter(
    (reading) => !reading.mention.negated && isOwnFeeling(reading),
  );
  if (incoming.length > 0) return reflectionsOf(chooseFeelings(incoming), checkIn);
  const draftContext = source.draftContext ?? '';
  const draftReadings = typeof draftContext === 'string' ? readFeelingReadings(draftContext, 'draft') : readSentenceFeelings(draftContext, 'draft');
  const draft = draftReadings.filter(
    (reading) => !reading.mention.negated && isAboutThem(reading),
  );
  if (draft.length > 0) return reflectionsOf(chooseFeelings(draft), checkIn);
  return genericReflections(checkIn);
}

// Replies for the in-browser benchmark: generated from templates with a seeded generator, so every run types and
// pastes the same texts. ASCII only, so every character is one real key on a US keyboard.

import { RECEPTIVE_TEMPLATES, seededRandom, SLOT_WORDS } from '../bench-kit';

/** Sentences about the other person, and the writer's own stories: what a reply is mostly made of. */
const ordinary = [
  ...RECEPTIVE_TEMPLATES,
  'I remember sitting in the car outside {place} and not wanting to go in.',
  'After {event}, my {person} started {coping} every morning.',
  'I spent {duration} feeling {feeling} before I told anyone at {place}.',
];

/**
 * "Me too" sentences that start with a phrase Attune flags as soon as its last letter is typed (and not before):
 * checked with `npx attune check`, each flagged range is exactly the phrase.
 */
const meToo = [
  { phrase: 'Same here', rest: ', {event} wrecked me for {duration}.' },
  { phrase: 'I know exactly how you feel', rest: ', {event} was {adjective} for me.' },
  { phrase: 'Me too', rest: ', I felt {feeling} {time}.' },
  { phrase: 'I know how you feel', rest: ' after {event}.' },
  { phrase: 'I totally get it', rest: ', {event} left me {feeling}.' },
];


export interface FlaggedPhrase {
  phrase: string;
  /** Offset just past the phrase's last character: typing the character before it completes the phrase. */
  end: number;
}

export interface Reply {
  text: string;
  words: number;
  phrases: FlaggedPhrase[];
}

/**
 * A reply of about `targetWords` words in paragraphs (one line break each), with a "me too" sentence about every
 * `phraseEveryWords` words; every flagged phrase's position is returned.
 */
export function buildReply(targetWords: number, phraseEveryWords: number, seed: number): Reply {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, slot: string) => pick(SLOT_WORDS[slot]!));
  const phrases: FlaggedPhrase[] = [];
  let text = '';
  let words = 0;
  let wordsSincePhrase = 0;
  let inParagraph = 0;
  let paragraphLength = 4 + Math.floor(random() * 4);
  while (words < targetWords) {
    if (inParagraph === paragraphLength) {
      text += '\n';
      inParagraph = 0;
      paragraphLength = 4 + Math.floor(random() * 4);
    } else if (text) {
      text += ' ';
    }
    let sentence: string;
    if (wordsSincePhrase >= phraseEveryWords) {
      const { phrase, rest } = pick(meToo);
      phrases.push({ phrase, end: text.length + phrase.length });
      sentence = phrase + fill(rest);
      wordsSincePhrase = 0;
    } else {
      sentence = fill(pick(ordinary));
    }
    text += sentence;
    const sentenceWords = sentence.split(/\s+/).length;
    words += sentenceWords;
    wordsSincePhrase += sentenceWords;
    inParagraph++;
  }
  return { text, words, phrases };
}

/** A pasted draft of exactly `length` characters: a long reply, cut at the length. */
export function buildPastedDraft(length: number, seed: number): string {
  // Words average more than four characters with their spaces, so the reply is always longer than the cut.
  return buildReply(Math.ceil(length / 4), 40, seed).text.slice(0, length);
}

import type { Rule, RuleContext, RuleHit, SentenceView } from './types';

const firstPersonWord = /^(i|me|my|mine|myself|i'm|im|i've|ive|i'd|id|i'll)$/;
const secondPersonWord = /^(you|your|yours|yourself|you're|youre|you've|youve|you'd|you'll|u|ur)$/;
// "I will call in your prescription": a clinician's plan for the patient, not a story about the writer.
const instruction = /\b(i will|i'll|ill|i can|i'd like you|i would like you|i recommend|i suggest|i'd suggest)\b/i;
const minimumWords = 40;
const minimumFirstPerson = 6;
const dominantRatio = 3;

export const selfFocus: Rule = {
  meta: {
    id: 'self-focus',
    defaultSeverity: 'info',
    description: 'A reply that talks mostly about you rather than them.',
    docs:
      'Counts words about you (I, me, my) against words about them (you, your). When a reply is mostly ' +
      'about the writer, the other person can feel unheard, however kind the words. Short replies, replies ' +
      'that ask about them and clinical instructions ("I will call in your prescription") are left alone.',
    message: 'Mostly about you: {firstPerson} words about you, {secondPerson} about them',
    why: 'A reply that talks mostly about the writer leaves the other person unheard. Add what you hear from them, or ask about them.',
    examples: {
      fires: [
        'I went through a divorce too and it was the worst year of my life. I moved out, I lost my house, my friends took sides and I barely slept. I started running and I joined a group and eventually I felt like myself again. My advice is to keep busy.',
      ],
      silent: ['Me too.', 'I will call in your prescription today and I will check on you Friday. Let me know how you are doing.'],
    },
  },
  check(context) {
    const counts = countPersons(context);
    if (counts.words < minimumWords || counts.firstPerson < minimumFirstPerson) return [];
    if (counts.firstPerson < dominantRatio * Math.max(1, counts.secondPerson)) return [];
    const hit: RuleHit = {
      start: context.sentences[0]!.start,
      end: context.sentences.at(-1)!.end,
      data: { firstPerson: counts.firstPerson, secondPerson: counts.secondPerson },
    };
    return [hit];
  },
};

interface PersonCounts {
  words: number;
  firstPerson: number;
  secondPerson: number;
}

// Counted per sentence text: while someone types, only the sentence being edited is counted again.
const sentenceCounts = new Map<string, PersonCounts>();
const sentenceCountsLimit = 2_000;

function countPersons(context: RuleContext): PersonCounts {
  const total = { words: 0, firstPerson: 0, secondPerson: 0 };
  for (const sentence of context.sentences) {
    const counts = countSentence(sentence);
    total.words += counts.words;
    total.firstPerson += counts.firstPerson;
    total.secondPerson += counts.secondPerson;
  }
  return total;
}

function countSentence(sentence: SentenceView): PersonCounts {
  const key = `${sentence.isQuestion ? '?' : '.'}${sentence.text}`;
  const cached = sentenceCounts.get(key);
  if (cached) return cached;
  const tokens = sentence.text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}']+/gu) ?? [];
  const counts = { words: tokens.length, firstPerson: 0, secondPerson: sentence.isQuestion ? 2 : 0 };
  if (!instruction.test(sentence.text.replace(/[’]/g, "'"))) {
    for (const token of tokens) {
      if (firstPersonWord.test(token)) counts.firstPerson++;
      else if (secondPersonWord.test(token)) counts.secondPerson++;
    }
  }
  if (sentenceCounts.size >= sentenceCountsLimit) sentenceCounts.delete(sentenceCounts.keys().next().value as string);
  sentenceCounts.set(key, counts);
  return counts;
}

import { receptiveAfterWas, receptivePastVerbs } from '../nlp/words';
import { findPhrases, isInside, keepEarliestLongest, type PhraseSet } from './phrases';
import type { Rule, RuleContext, RuleHit, SentenceView } from './types';

const phrases: PhraseSet = {
  trigger: /\b(me|i|my|i'm|im|i've|ive|mine|personally|same)\b/i,
  patterns: [
    { match: '(that|this|it|which) #Adverb? reminds me (of|about)', extendToClauseEnd: true },
    { match: 'let me tell you (about|what|when|how|my)', extendToClauseEnd: true },
    { match: 'i remember (when|the time|how|being|that time) (i|my|me)', extendToClauseEnd: true },
    { match: 'when (i|my #Family) #Adverb? (was|were|#PastTense)', extendToClauseEnd: true },
    { match: 'back when i', extendToClauseEnd: true },
    { match: 'same #Noun? (happened|happens) (to|with) my #Family', extendToClauseEnd: true },
    { match: 'in my (case|experience|situation)', extendToClauseEnd: true },
    { match: '^(for|with) (me|myself)', extendToClauseEnd: true, needsSelfReferenceAfter: true },
    { match: 'i know for (me|myself)', extendToClauseEnd: true, needsSelfReferenceAfter: true },
    { match: '(for|with) me (personally)? it (was|is|has been|took)', extendToClauseEnd: true },
    { match: 'personally i (have|had|was|#PastTense)', extendToClauseEnd: true },
    { match: 'my #Family #Adverb? (#PastTense|is|has|had|was) (#Adverb|also)? (#PastTense|diagnosed|an|a|addicted|sick|away)?', extendToClauseEnd: true },
    { match: 'my #Family (and my? #Family)? (live|lives|moved|went|has|have|had)', extendToClauseEnd: true },
  ],
};

const receptivePast = new Set(receptivePastVerbs);
const receptiveWas = new Set(receptiveAfterWas);
const secondPerson = /^(you|your|yours|yourself|u|ur)$/;
// "I had a client who…", "I've worked with people who…": professional experience, not the writer's own story.
const professionalContext = /^(client|clients|patient|patients|hear|read|people|folks|others|someone|somebody)$/;

export const selfStory: Rule = {
  meta: {
    id: 'self-story',
    defaultSeverity: 'info',
    description: 'Pivots to your own story ("That reminds me of when I…", "When my mom died, I…").',
    docs:
      'Stories about yourself or your family, told in reply to someone else\'s pain, make the conversation ' +
      'about you. Even a well-meant story asks the other person to listen to you. Stay with their experience: ' +
      'reflect what they are feeling and ask about it.',
    message: 'Shifts to your own story',
    why: 'Telling your own story asks them to listen to you. Stay with their experience and ask about it.',
    examples: {
      fires: ['That reminds me of when I lost my job.', 'When my mom died, I could not eat for weeks.', 'The same happened to my sister.'],
      silent: ['I remember you said last week that the nights are the worst.', 'When you told me about your dad, I could hear how much you miss him.'],
    },
  },
  check(context) {
    const hits = [...findPhrases(context, phrases), ...findPastNarratives(context)];
    return firstOfEachRun(context, keepEarliestLongest(hits));
  },
};

/** "I lost my job last year and…": the writer's own past told as a story. */
function findPastNarratives(context: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const sentence of context.sentences) {
    if (sentence.isQuestion || !/\bi\b/i.test(sentence.text)) continue;
    const hit = pastNarrative(sentence);
    if (hit && !isInside(hit, context.quoted)) hits.push(hit);
  }
  return hits;
}

function pastNarrative(sentence: SentenceView): RuleHit | undefined {
  const terms = sentence.parsed.terms;
  const words = terms.map((term) => term.implicit ?? term.normal);
  for (let index = 0; index < words.length; index++) {
    if (words[index] !== 'i') continue;
    let verb = index + 1;
    if (words[verb] === 'have' && !terms[verb]!.tags.includes('PastTense')) verb++;
    if (words[verb] === 'been' && terms[verb + 1]?.tags.includes('PastTense')) verb++;
    while (verb < words.length && terms[verb]!.tags.includes('Adverb') && words[verb] !== 'used') verb++;
    const word = words[verb];
    if (!word) return undefined;
    const isPast = terms[verb]!.tags.includes('PastTense') || (word === 'used' && words[verb + 1] === 'to');
    if (!isPast || receptivePast.has(word)) continue;
    if (word === 'was' && receptiveWas.has(words[verb + 1] ?? '')) continue;
    if (/^(had|was|did)$/.test(word) && isAuxiliaryOfReceptive(words, verb)) continue;
    const following = words.slice(verb + 1, verb + 6);
    if (following.some((next) => secondPerson.test(next) || professionalContext.test(next))) continue;
    const end = sentence.text.replace(/[\s.!?…,;:]+$/, '').length;
    return { start: sentence.start + terms[index]!.start, end: sentence.start + end };
  }
  return undefined;
}

function isAuxiliaryOfReceptive(words: string[], verb: number): boolean {
  const next = words[verb + 1] ?? '';
  return receptivePast.has(next) || next === 'not' || next === 'to';
}

/** A story runs over several sentences; one finding at its start is enough. */
function firstOfEachRun(context: RuleContext, hits: RuleHit[]): RuleHit[] {
  const { sentences } = context;
  // Hits come in text order, so the sentence search goes on from the last one found: linear in a long draft.
  let cursor = 0;
  const sentenceOf = (hit: RuleHit) => {
    while (cursor < sentences.length && sentences[cursor]!.end <= hit.start) cursor++;
    const sentence = sentences[cursor];
    return sentence && hit.start >= sentence.start ? cursor : -1;
  };
  let previousSentence = -2;
  return hits.filter((hit) => {
    const index = sentenceOf(hit);
    const startsRun = index !== previousSentence + 1 && index !== previousSentence;
    previousSentence = index;
    return startsRun;
  });
}

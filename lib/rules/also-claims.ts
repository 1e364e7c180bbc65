import type { ParsedTerm } from '../nlp/compromise';
import { isInside } from './phrases';
import type { RuleContext, RuleHit, SentenceView } from './types';

const firstPerson = /^(i|me|my|myself|mine)$/;
const secondPerson = /^(you|your|yours|yourself|yourselves|u|ur|ya)$/;
// Verbs whose "too" or "also" is about the other person or is advice: "I hope you feel better too".
const receptiveWords =
  /^(hope|hoping|wish|think|thought|believe|pray|praying|prayers|love|miss|care|agree|hear|recommend|suggest|wonder|want|glad|sorry|happy|here|thank|thanks|proud|promise|bet|guess|imagine|mean|doubt|appreciate|see|know|would|could|should|will|disagree|feel|question|add|wanted|thought|meant|noticed|read|heard|saw|loved|hoped|wondered|wished|prayed)$/;
// "It's my job too": the writer's role, not a shared experience.
const professionalDuty = /\b(is|it|it's|that|that's|its) my (job|work|role|duty|pleasure|honou?r)\b/;
const conjunction = /^(but|because|so|and|though|although|while|when|if)$/;
const marker = /\b(too|also|either|as well|aswell|myself)\b/i;

/** "too / also / either / as well" attached to the writer's own experience: "I'm tired too". */
export function findAlsoClaims(context: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const sentence of context.sentences) {
    if (sentence.isQuestion || !marker.test(sentence.text)) continue;
    for (const clause of splitClauses(sentence)) {
      const hit = claimInClause(sentence, clause);
      if (hit && !isInside(hit, context.quoted)) hits.push(hit);
    }
  }
  return hits;
}

function splitClauses(sentence: SentenceView): ParsedTerm[][] {
  const clauses: ParsedTerm[][] = [[]];
  const terms = sentence.parsed.terms;
  terms.forEach((term, index) => {
    if (conjunction.test(term.normal)) {
      clauses.push([]);
      return;
    }
    clauses.at(-1)!.push(term);
    const gap = sentence.text.slice(term.end, terms[index + 1]?.start ?? sentence.text.length);
    if (/[,;:.!?—–()]/.test(gap)) clauses.push([]);
  });
  return clauses.filter((clause) => clause.length > 0);
}

function claimInClause(sentence: SentenceView, clauseTerms: ParsedTerm[]): RuleHit | undefined {
  const clause = clauseTerms.filter((term) => /\p{L}/u.test(term.implicit ?? term.normal));
  const words = clause.map((term) => term.implicit ?? term.normal);
  if (words.some((word) => secondPerson.test(word) || receptiveWords.test(word))) return undefined;
  if (professionalDuty.test(words.join(' '))) return undefined;
  // "Send it to me too": a request, not a claim.
  if (clause[0]?.tags.includes('Infinitive') || words.includes('please')) return undefined;
  const subject = words.findIndex((word) => firstPerson.test(word));
  if (subject === -1) return undefined;
  const markerIndex = findMarker(words, subject);
  if (markerIndex === -1) return undefined;
  const markerEnd = words[markerIndex] === 'also' ? words.length - 1 : words[markerIndex] === 'as' ? markerIndex + 1 : markerIndex;
  return { start: sentence.start + clause[subject]!.start, end: sentence.start + clause[markerEnd]!.end };
}

/** The claim's marker: clause-final "too / either / as well / myself", or "also" right after the subject. */
function findMarker(words: string[], subject: number): number {
  const last = words.length - 1;
  const final = words[last];
  if ((final === 'too' || final === 'either' || final === 'aswell') && last > subject) return last;
  if (final === 'myself' && last > subject + 1) return last;
  if (final === 'well' && words[last - 1] === 'as' && last - 1 > subject) return last - 1;
  const also = words.indexOf('also', subject);
  if (also !== -1 && also - subject <= 3) return also;
  return -1;
}

import { findPhrases, type PhraseSet } from './phrases';
import type { Rule } from './types';

const knowing = 'i #Adverb? (know|knew|understand|understood) (exactly|just|precisely|totally|completely)?';

const phrases: PhraseSet = {
  trigger: /\b(i|i'm|im|i've|ive)\b/i,
  patterns: [
    { match: `${knowing} (how|what) (you|u|ya) (feel|felt|are|were|mean|meant|go|went|have) (feeling|going|dealing|saying|been)? (through|with)?` },
    { match: `${knowing} (how|what) (it|its|it's|that|thats|that's|this) (feels|felt|is|was|like|'s) like?` },
    { match: `${knowing} how (hard|difficult|painful|tough|frustrating|lonely|scary|awful|exhausting|draining|isolating|overwhelming|devastating) (it|this|that) (is|feels|was|gets|can get)` },
    { match: `${knowing} (the|that) feeling` },
    { match: 'i #Adverb? (totally|completely|fully|so|really|100%) (get|got) (it|you|that|this)' },
    { match: 'i (totally|completely|fully|perfectly|really|truly)? understand (completely|totally|exactly|perfectly|fully|100%)$' },
    { match: 'i (totally|completely|fully|perfectly|truly) understand$' },
    { match: 'i #Adverb? (feel|felt|have felt|am feeling) (exactly|just)? the (exact same|very same|same) (way|thing|feeling|feelings)' },
    { match: 'i #Adverb? (feel|felt|have felt|am feeling) (exactly|just)? the (exact same|very same|same)$' },
    { match: 'i #Adverb? (feel|felt) (exactly|just)? (like|how) (you|u|ya) (do|did|feel|felt)' },
    { match: '(believe|trust) me i know' },
    // Their inner state claimed as shared; "I share your concern about the dose" is agreement, not projection.
    { match: 'i #Adverb? (feel|share) (your|ur) (pain|feelings|frustration|grief|fear|fears|struggle|sadness|hurt|heartbreak|thoughts)' },
    { match: 'i #Adverb? feel (you|ya|u)', needsSelfReferenceAfter: true },
  ],
};

export const presumedUnderstanding: Rule = {
  meta: {
    id: 'presumed-understanding',
    defaultSeverity: 'warning',
    description: 'Claims to know the other person\'s inner state ("I know exactly how you feel").',
    docs:
      'Nobody knows exactly how another person feels. Saying so tells them their experience is familiar ' +
      'to you, which can feel dismissive, and it often leads into your own story. Reflect what you hear ' +
      'instead and check whether you got it right.',
    message: 'Claims to know how they feel',
    why: 'Telling someone you know exactly how they feel puts your experience in place of theirs. Reflect what you hear and ask if you got it right.',
    examples: {
      fires: ['I know exactly how you feel.', 'I totally get it.', 'I feel the same way.'],
      silent: ["I don't know exactly how you feel, but I'm here.", "I can't imagine how hard this is.", 'Help me understand how you feel.'],
    },
  },
  check: (context) => findPhrases(context, phrases),
};

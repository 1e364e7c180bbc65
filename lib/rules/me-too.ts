import { conditions } from '../nlp/words';
import { findAlsoClaims } from './also-claims';
import { findPhrases, keepEarliestLongest, type PhraseSet } from './phrases';
import type { Rule } from './types';

const conditionList = conditions.join('|');

const phrases: PhraseSet = {
  trigger: /\b(me|i|i'm|im|i've|ive|same|been|my|myself|relat\w*|boat|choir|someone|fellow|mine)\b/i,
  patterns: [
    { match: '^(oh|yes|yeah|yep|yup|omg|lol|haha|honestly|and|so|same|ditto|wow|ugh)? me (too|as well|also|neither|either|2)' },
    { match: '^same (here|for me|with me|boat)?$' },
    { match: 'same here' },
    { match: '(same|similar|exact same) (thing|stuff|situation)? (happened|happens|happening|goes|went) (to|for|with) me' },
    { match: '(that|this|it) (happened|happens|has happened|is happening) to me (too|as well|also)?' },
    { match: '(happened|happens|happening|has happened) to me (too|as well|also)' },
    { match: 'i have #Adverb? been (there|through that|through this|through it|through the same)' },
    { match: '^#Adverb? been there' },
    { match: 'we have (all|both)? #Adverb? been (there|through that|through this|through it)' },
    { match: 'i (went|have gone|am going|was going|have been going|go) through (the|a|that|this|it|something) (exact same|very same|same|exact|similar)? (thing|situation|experience|stuff)?' },
    { match: 'i am (in|on) the same (boat|page|situation|position|place|spot)' },
    { match: '(same|same old) boat' },
    { match: 'i can #Adverb? relate' },
    { match: '(so|very|really|totally|super|extremely)? relatable' },
    { match: 'i am (the same|the exact same|like that|one|that way|exactly the same) (too|as well|also|way)?' },
    { match: 'so (do|am|did|have|was) i' },
    { match: '(i|me|myself) included' },
    { match: `i #Adverb? (also|too) (have|had|struggle|struggled|suffer|suffered|deal|dealt|lost|went|feel|felt|get|got|use|used|live|lived|battle|battled|am|was|experienced|experience|tried|take|took|hate|hated|grew|cry|cried)` },
    { match: `i (have|had|struggle with|struggled with|suffer from|suffered from|live with|battle|battled|deal with|dealt with) (#Adjective|severe|chronic|bad|really)? (${conditionList}) (too|as well|also|myself)` },
    { match: `^#Adverb? as (someone|somebody|a person|one) (who|with|that|whos|who's|who has|who is)`, inQuestions: true },
    { match: 'as a fellow' },
    { match: 'story of my life' },
    { match: 'preaching to the choir' },
    { match: 'not (for|with) me either' },
    { match: `i (have|had|was diagnosed with|got diagnosed with|struggle with|suffer from|live with|deal with|battle) (#Adjective|severe|chronic|bad|really)? (${conditionList})` },
    { match: 'i have (a|the) (similar|same|very similar) (situation|experience|problem|issue|thing)' },
    { match: 'i have had (it|that|this) happen' },
    { match: 'i have (had|been through) (the same|similar|that|this|it)' },
    { match: 'i have felt (this|that|it|the same)' },
    { match: '(similar|same|identical) (to|as) (me|myself|mine)' },
  ],
};

export const meToo: Rule = {
  meta: {
    id: 'me-too',
    defaultSeverity: 'warning',
    description: 'Claims of shared experience ("Me too!", "I\'ve been there", "my dad also passed away").',
    docs:
      '"Me too" answers someone\'s pain with your own. It is meant as solidarity, but it moves the spotlight ' +
      'to you just when the other person needs it. Reflect the feeling you hear in their message instead.',
    message: 'Turns the focus to your own experience',
    why: 'Saying it happened to you too moves the spotlight to your story. Reflect the feeling in their message instead.',
    examples: {
      fires: ['Me too!', 'Same here.', "I've been there.", 'That happened to me too.', 'My dad also passed away last year.'],
      silent: ['Does that happen to you too?', "She said 'me too' and left.", 'You too?', 'I hope you feel better too.'],
    },
  },
  check(context) {
    return keepEarliestLongest([...findPhrases(context, phrases), ...findAlsoClaims(context)]);
  },
};

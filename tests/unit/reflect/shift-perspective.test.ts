import { describe, expect, it } from 'vitest';
import { shiftPerspective } from '../../../lib/reflect';

describe('shiftPerspective', () => {
  it.each([
    // pronouns
    ['I lost my job', 'You lost your job'],
    ['since I lost my job', 'since you lost your job'],
    ['about my mom', 'about your mom'],
    ['with me', 'with you'],
    ['that book is mine', 'that book is yours'],
    ['proud of myself', 'proud of yourself'],
    ['Me and my wife', 'You and your wife'],
    ['My mom', 'Your mom'],
    ['my own decision', 'your own decision'],
    // contractions, curly apostrophes and missing apostrophes
    ["I'm exhausted", "You're exhausted"],
    ['I’m exhausted', 'You’re exhausted'],
    ['im exhausted', "you're exhausted"],
    ["I've been there", "You've been there"],
    ['ive been scared', "you've been scared"],
    ["I'd rather not", "You'd rather not"],
    ["I'll try", "You'll try"],
    ["since I'm not sure", "since you're not sure"],
    // verb agreement
    ['I am tired', 'You are tired'],
    ['am I wrong', 'are you wrong'],
    ['I was so scared', 'You were so scared'],
    ['I really was', 'You really were'],
    ['I wasn’t ready', 'You weren’t ready'],
    ["I wasn't ready", "You weren't ready"],
    ['was I too harsh', 'were you too harsh'],
    ['since I was a kid', 'since you were a kid'],
    ['after I was diagnosed', 'after you were diagnosed'],
    ['it was late', 'it was late'],
    ['she was there for me', 'she was there for you'],
    // first person plural reads as "you" too
    ['we were so happy', 'you were so happy'],
    ['with our kids', 'with your kids'],
    ["we're moving", "you're moving"],
    ['all of us', 'all of you'],
    // things that must stay as they are
    ['at 9 am', 'at 9 am'],
    ['living in the US', 'living in the US'],
    ['the pain in his back', 'the pain in his back'],
    ['', ''],
    // capitals and punctuation
    ['MY MOM', 'YOUR MOM'],
    ['I know. I was there.', 'You know. You were there.'],
    ['  my  kids,  me  ', '  your  kids,  you  '],
    ['Honestly I was lost', 'Honestly you were lost'],
  ])('%j → %j', (clause, shifted) => {
    expect(shiftPerspective(clause)).toBe(shifted);
  });

  // In an incoming message "you" is the writer; such words are not shifted, and situations holding them are dropped.
  it.each(['you said so', 'your advice', "you're right", 'yourself'])('leaves the second person in %j alone', (clause) => {
    expect(shiftPerspective(clause)).toBe(clause);
  });
});

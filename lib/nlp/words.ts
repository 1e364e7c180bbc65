/** People whose stories are the writer's own: "my mom died too" is a turn to self. */
export const familyMembers = [
  'mom', 'mum', 'mother', 'mommy', 'mama', 'dad', 'father', 'daddy', 'papa', 'parents', 'parent',
  'sister', 'brother', 'sibling', 'siblings', 'son', 'daughter', 'kid', 'kids', 'child', 'children',
  'husband', 'wife', 'partner', 'spouse', 'boyfriend', 'girlfriend', 'fiance', 'fiancé', 'ex',
  'grandma', 'grandmother', 'grandpa', 'grandfather', 'grandparents', 'nan', 'nana', 'granny',
  'aunt', 'uncle', 'cousin', 'niece', 'nephew', 'stepdad', 'stepmom', 'family', 'friend', 'bestfriend',
  'bff', 'roommate',
];

/** Conditions people name as part of who they are: "I also have anxiety", "as someone with ADHD". */
export const conditions = [
  'depression', 'anxiety', 'ptsd', 'cptsd', 'adhd', 'add', 'ocd', 'bpd', 'bipolar', 'autism', 'insomnia',
  'cancer', 'diabetes', 'fibromyalgia', 'migraines', 'epilepsy', 'endometriosis', 'lupus', 'ms', 'ibs',
  'anorexia', 'bulimia', 'addiction', 'alcoholism', 'schizophrenia', 'dyslexia', 'tinnitus', 'arthritis',
];

/** Past-tense verbs of reading and caring that are about the other person: "I read your post". */
export const receptivePastVerbs = [
  'wanted', 'thought', 'meant', 'read', 'heard', 'seen', 'saw', 'worked', 'encouraged', 'helped', 'treated', 'learned', 'learnt', 'noticed', 'loved', 'hoped', 'wondered', 'wished',
  'prayed', 'worried', 'found', 'received', 'got', 'came', 'appreciated', 'enjoyed', 'admired', 'liked',
  'said', 'mentioned', 'asked', 'told', 'felt', 'just', 'really', 'also', 'understood', 'realized', 'realised',
  'forgot', 'missed', 'reached', 'looked', 'checked', 'talked', 'spoke', 'called', 'texted', 'emailed',
  'sent', 'tried', 'included', 'added', 'attached', 'spoke', 'reviewed', 'scheduled', 'ordered', 'updated',
];

/** Words after "I was" that keep the sentence about the other person: "I was so sorry to hear". */
export const receptiveAfterWas = [
  'sorry', 'glad', 'happy', 'touched', 'moved', 'thinking', 'wondering', 'hoping', 'worried', 'relieved',
  'excited', 'proud', 'going', 'about', 'reading', 'just', 'able', 'impressed', 'delighted', 'saddened',
  'surprised', 'pleased', 'thrilled', 'concerned', 'curious', 'sad', 'heartbroken',
];

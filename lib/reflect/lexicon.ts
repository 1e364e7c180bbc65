/**
 * The feeling lexicon: surface forms people write, grouped by the flavor of the feeling, each group
 * with the phrase a reflection uses after "you're feeling". Data only; `match.ts` compiles it once.
 *
 * Forms are written as people type them; case, curly or missing apostrophes ("cant", "im"),
 * "cannot"/"can not", "no one"/"noone" and stretched letters ("sooo") are normalised when compiled.
 * Intensifiers ("so", "really", "a bit") and negation are read around a form, so forms stay bare.
 */

type NegativeFlavor =
  | 'trapped'
  | 'hopeless'
  | 'alone'
  | 'overwhelmed'
  | 'afraid'
  | 'ashamed'
  | 'worthless'
  | 'exhausted'
  | 'grieving'
  | 'sad'
  | 'numb'
  | 'angry'
  | 'hurt'
  | 'confused';

type PositiveFlavor = 'relieved' | 'proud' | 'hopeful' | 'happy' | 'excited' | 'grateful' | 'calm';

export type FlavorId = NegativeFlavor | PositiveFlavor;

export const POSITIVE_FLAVORS: ReadonlySet<FlavorId> = new Set<PositiveFlavor>([
  'relieved',
  'proud',
  'hopeful',
  'happy',
  'excited',
  'grateful',
  'calm',
]);

/** Prepositions that name what a feeling is about; only some feelings take each ("scared of", "proud of", "angry at"). */
export type TopicalPreposition = 'about' | 'of' | 'over' | 'for' | 'by' | 'at' | 'with';

export interface FeelingEntry {
  flavor: FlavorId;
  /** Reads after "you're feeling": an adjective phrase, second person where it needs a pronoun. */
  reflected: string;
  forms: readonly string[];
  /**
   * Names of a condition or topic ("depression", "anxiety", "grief"). People write about these in general too,
   * so they count as the writer's only where the sentence names the writer: "my anxiety", "anxiety is killing me".
   */
  nouns?: readonly string[];
  /** Topical prepositions the reflected phrase can take; the others drop the situation. */
  takes?: readonly TopicalPreposition[];
  /** Intensity the words carry by themselves ("terrified", "a bit uneasy"). */
  intensity?: 'mild' | 'strong';
  /**
   * The forms say what happened to someone or what others do to them ("my dad died", "my kids never call"):
   * whose feeling it is comes from the possessive, not from the grammatical subject.
   */
  owner?: 'possessor';
  /** The forms are wishes already ("want to die"): a "want" or "hope" before them is the feeling, not a hedge. */
  wishes?: true;
}

export const FEELING_LEXICON: readonly FeelingEntry[] = [
  // trapped / stuck
  {
    flavor: 'trapped',
    reflected: 'trapped',
    forms: [
      'trapped', 'stuck', 'cornered', 'caged', 'caged in', 'boxed in', 'hemmed in', 'tied down', 'locked in',
      'no way out', 'no way forward', 'no escape', "can't escape", "can't get out", 'nowhere to go',
      'nowhere to turn', 'out of options', 'no options', 'no choice', 'no other choice', 'going nowhere', 'in a rut',
      'spinning my wheels', 'my hands are tied', 'between a rock and a hard place', 'like a prisoner',
      'a prisoner in my own', "can't move forward", "can't move on", 'going in circles', 'on a treadmill',
      'in a cage', 'like a cage', 'on a hamster wheel', 'no control', 'under his thumb', 'under her thumb',
      "can't leave", 'nowhere else to go',
    ],
  },
  {
    flavor: 'trapped',
    reflected: 'suffocated',
    forms: [
      "can't breathe", 'suffocating', 'suffocated', 'smothered', 'smothering', 'stifled', 'stifling',
      'walls are closing in', 'walls closing in', 'closing in on me', 'no room to breathe', 'no space to breathe',
    ],
  },

  // hopeless
  {
    flavor: 'hopeless',
    reflected: 'hopeless',
    takes: ['about'],
    forms: [
      'hopeless', 'despairing', "what's the point", 'no point', 'pointless', 'no hope', 'lost hope', 'losing hope',
      'lost all hope', 'given up on', 'gave up on', 'give up on', 'giving up on', 'want to give up',
      'ready to give up', 'like giving up', 'close to giving up', 'about to give up', 'nothing will change',
      'nothing ever changes', 'nothing changes', 'never gets better', "won't get better", 'will never get better',
      "isn't getting better", 'not getting better', 'nothing matters', "doesn't matter anymore", 'no future',
      'no light at the end of the tunnel', "can't see a way forward", "can't see the point", 'why bother',
      'why even try', 'defeated', 'doomed', 'a lost cause', 'no hope left',
    ],
    nouns: ['hopelessness', 'despair'],
  },
  {
    flavor: 'hopeless',
    reflected: 'hopeless',
    intensity: 'strong',
    wishes: true,
    forms: [
      "can't go on", "can't keep going", "can't do this anymore", "can't keep doing this", 'want to die', 'wanna die',
      'want to disappear', "don't want to be here", "don't want to live", 'no reason to live',
      'better off without me', 'better off dead', 'want it all to end', 'end it all', 'desperate', 'suicidal',
      'want to kill myself', 'wanna kill myself', 'kill myself', 'killing myself', 'end my life', 'ending my life',
      'not wake up', 'not waking up', 'never wake up', "don't wake up", "don't want to wake up", 'i give up',
      "don't see the point",
    ],
    nouns: ['desperation', 'suicidal thoughts'],
  },
  {
    flavor: 'hopeless',
    reflected: 'helpless',
    forms: [
      'helpless', 'powerless', 'nothing i can do', "can't do anything", 'out of my control', "can't fix it",
      "can't fix this", "can't help him", "can't help her", "can't help them",
    ],
  },
  {
    flavor: 'hopeless',
    reflected: 'discouraged',
    takes: ['about', 'by'],
    forms: [
      'discouraged', 'disheartened', 'demoralized', 'demoralised', 'deflated', 'relapsed', 'relapse', 'relapsing',
      'slipped up', 'fell off the wagon', 'back to square one', 'started drinking again', 'drinking again',
      'drank again', 'using again', 'used again', 'started using again', 'a setback', 'set back', 'not improving',
      'no progress', 'failed my exam', 'failed my test', 'failed my driving test', 'failed the exam', 'failed again',
    ],
  },

  // alone
  {
    flavor: 'alone',
    reflected: 'alone',
    forms: [
      'alone', 'all alone', 'on my own', 'no one to talk to', 'no one to turn to', 'nobody to lean on', 'no friends',
      "don't have anyone", 'have no one', 'got no one', 'no support', 'no one there', 'nobody there for me',
      'no one is there for me', 'by myself all the time', 'abandoned', 'deserted', "don't know anyone",
      "don't have any friends",
    ],
  },
  {
    flavor: 'alone',
    reflected: 'lonely',
    forms: ['lonely', 'lonesome', 'lonelier', 'loneliest', 'so lonely'],
    nouns: ['loneliness'],
  },
  {
    flavor: 'alone',
    reflected: 'isolated',
    forms: [
      'isolated', 'isolating', 'cut off', 'disconnected', 'shut in', 'housebound', 'stuck at home', 'on an island',
      'on my own island',
    ],
    nouns: ['isolation'],
  },
  {
    flavor: 'alone',
    reflected: 'unseen',
    forms: [
      'invisible', 'unseen', 'unheard', 'nobody notices', 'nobody listens', 'nobody sees me', 'nobody hears me',
      'ignored', 'overlooked', 'forgotten', 'like a ghost', 'nobody asks',
    ],
  },
  {
    flavor: 'alone',
    reflected: 'uncared for',
    owner: 'possessor',
    forms: [
      'nobody cares', 'nobody gives a damn', 'nobody gives a shit', 'nobody checks on me', 'nobody calls',
      'nobody would notice', 'nobody would miss me', 'nobody loves me', 'unloved', 'uncared for', 'unsupported',
      "don't think anyone would notice", "don't think anyone would care", "don't think anyone cares",
      "don't think anyone would miss me", 'notice if i was gone', 'notice if i were gone', 'miss me if i was gone',
      'never call', 'never calls', 'never visit', 'never visits', 'never checks on me',
    ],
  },
  {
    flavor: 'alone',
    reflected: 'misunderstood',
    forms: [
      'misunderstood', 'nobody understands', 'nobody gets it', 'nobody gets me', 'nobody believes me',
      "people don't understand", "they don't understand", "don't understand me",
    ],
  },
  {
    flavor: 'alone',
    reflected: 'out of place',
    forms: [
      "don't belong", "don't fit in", 'left out', 'excluded', 'an outsider', 'out of place', 'on the outside',
      "never fit in", 'the odd one out',
    ],
  },

  // overwhelmed
  {
    flavor: 'overwhelmed',
    reflected: 'overwhelmed',
    takes: ['by'],
    forms: [
      'overwhelmed', 'overwhelming', 'swamped', 'snowed under', 'drowning', 'underwater', "can't keep up",
      'falling behind', 'behind on everything', 'treading water', 'keep my head above water', 'everything at once',
      "it's a lot", 'so much going on', 'too much going on', "it's too much", 'way too much', 'too much for me',
      'all too much', 'losing my mind', 'going crazy', 'losing it', 'falling apart', 'fall apart', 'fell apart',
      'falling to pieces', 'coming apart', 'coming undone', 'unravelling', 'unraveling', 'crumbling', 'spiraling',
      'spiralling', 'im a mess', 'a hot mess', 'a wreck', 'an emotional wreck', 'so behind', 'breaking down',
      'broke down', 'a breakdown', 'a meltdown', "can't think straight", "can't hold it together", 'struggling',
      'barely coping', 'not coping', 'barely holding on', 'barely hanging on', 'hanging by a thread', 'chaotic',
      'frantic', 'frazzled',
    ],
    nouns: ['overwhelm', 'chaos'],
  },
  {
    flavor: 'overwhelmed',
    reflected: 'stretched thin',
    forms: [
      'stretched thin', 'stretched too thin', 'stretched so thin', 'spread too thin', 'spread thin',
      'too much on my plate', 'a lot on my plate', 'so much on my plate', 'pulled in every direction',
      'pulled in all directions', 'juggling too much', 'juggling everything', 'never get a break', 'no break',
      'no time for myself', 'no time for me', 'never have time for myself', 'on call all the time', 'doing it all',
    ],
  },
  {
    flavor: 'overwhelmed',
    reflected: 'stressed',
    takes: ['about'],
    forms: [
      'stressed', 'stressed out', 'stressful', 'under pressure', 'so much pressure', 'under a lot of pressure',
      'tense', 'wound up', 'strung out', 'pressured', 'under so much pressure',
    ],
    nouns: ['stress'],
  },
  {
    flavor: 'overwhelmed',
    reflected: 'out of your depth',
    forms: ['in over my head', 'out of my depth', 'out of my league', "don't know how to handle", "can't handle"],
  },
  {
    flavor: 'overwhelmed',
    reflected: 'at your limit',
    intensity: 'strong',
    forms: [
      "can't take it anymore", "can't take this anymore", "can't take any more", "can't take it any longer",
      "can't handle it anymore", "can't handle this anymore", "can't cope", "can't deal", "can't deal with it",
      'at breaking point', 'at my breaking point', 'my breaking point', 'at my limit', 'reached my limit',
      "had all i can take",
    ],
  },

  // afraid / anxious
  {
    flavor: 'afraid',
    reflected: 'scared',
    takes: ['of', 'about', 'for'],
    forms: [
      'scared', 'afraid', 'frightened', 'fearful', 'freaked out', 'freaking out', 'spooked', 'dreading', 'scary',
      'frightening', 'scares me', 'frightens me',
    ],
    nouns: ['fear', 'dread'],
  },
  {
    flavor: 'afraid',
    reflected: 'terrified',
    takes: ['of', 'about', 'for'],
    intensity: 'strong',
    forms: [
      'terrified', 'petrified', 'scared to death', 'scared shitless', 'scared out of my mind', 'terrifying',
      'horrified', 'terrifies me',
    ],
  },
  {
    flavor: 'afraid',
    reflected: 'anxious',
    takes: ['about'],
    forms: [
      'anxious', 'worried', 'worrying', 'worried sick', 'nervous', 'uneasy', 'apprehensive', 'jittery', 'restless',
      'my mind is racing', 'my heart is racing', "can't stop worrying", "can't stop thinking about", 'overthinking',
      'overthink', 'a nervous wreck', "can't calm down", 'lie awake', 'lying awake', 'lay awake', 'keep replaying',
      'replaying it', "can't relax", "can't switch off",
    ],
    nouns: ['anxiety', 'worry', 'nerves', 'racing thoughts'],
  },
  {
    flavor: 'afraid',
    reflected: 'panicked',
    intensity: 'strong',
    takes: ['about'],
    forms: ['panicking', 'panicked', 'panicky'],
    nouns: ['panic', 'panic attack', 'panic attacks'],
  },
  {
    flavor: 'afraid',
    reflected: 'on edge',
    forms: [
      'on edge', 'edgy', 'jumpy', 'walking on eggshells', 'on eggshells', 'unsafe', 'not safe', "don't feel safe",
      'threatened', 'on high alert', 'hypervigilant',
    ],
  },

  // ashamed / guilty
  {
    flavor: 'ashamed',
    reflected: 'ashamed',
    takes: ['of', 'about'],
    forms: ['ashamed', 'shameful', 'disgusted with myself', 'pathetic', 'a disgrace', 'a disappointment'],
    nouns: ['shame'],
  },
  {
    flavor: 'ashamed',
    reflected: 'embarrassed',
    takes: ['about', 'by'],
    forms: [
      'embarrassed', 'embarrassing', 'humiliated', 'humiliating', 'mortified', 'so stupid', 'an idiot',
      'such an idiot', 'so dumb', 'a fool', 'foolish',
    ],
  },
  {
    flavor: 'ashamed',
    reflected: 'guilty',
    takes: ['about'],
    forms: [
      'guilty', 'to blame', 'my fault', 'all my fault', 'blame myself', 'should have known', 'should have done more',
      "should've known", "should've done more", 'let everyone down', 'let them down', 'let my family down',
      'let my kids down', 'a bad mother', 'a bad father', 'a bad parent', 'a bad friend', 'a terrible mother',
      'a terrible father', 'a terrible parent', 'a bad mom', 'a bad mum', 'failed him', 'failed her', 'failed them',
      'failed my kids', 'failed my son', 'failed my daughter', 'failed my family',
    ],
    nouns: ['guilt', 'regret', 'regrets', 'remorse'],
  },

  // worthless / not enough
  {
    flavor: 'worthless',
    reflected: 'worthless',
    forms: [
      'worthless', 'useless', 'good for nothing', 'a waste of space', 'unlovable', 'a fraud', 'an impostor',
      'an imposter', 'nothing to anyone', "i don't matter", 'a piece of shit', 'a waste of oxygen',
    ],
  },
  {
    flavor: 'worthless',
    reflected: 'not good enough',
    forms: [
      'not good enough', 'never good enough', 'inadequate', 'less than everyone', 'not a good mom', 'not a good mum',
      'not a good mother', 'not a good father', 'not a good dad', 'not a good parent',
    ],
  },
  {
    flavor: 'worthless',
    reflected: 'like a failure',
    forms: [
      'a failure', 'such a failure', 'a complete failure', 'a total failure', 'failed everyone', 'failing everyone',
      'failing at everything', 'failing at life', 'failing as a mom', 'failing as a mother', 'failing as a parent',
      'failing as a dad',
    ],
  },
  {
    flavor: 'worthless',
    reflected: 'like a burden',
    forms: ['a burden', 'such a burden', 'burden to everyone', 'burden on everyone', 'a burden to my family'],
  },
  {
    flavor: 'worthless',
    reflected: 'down on yourself',
    forms: [
      'hate myself', 'hate who i am', "can't stand myself", 'beat myself up', 'beating myself up', 'hard on myself',
      'disappointed in myself', 'disappointed with myself',
    ],
  },

  // exhausted
  {
    flavor: 'exhausted',
    reflected: 'exhausted',
    forms: [
      'exhausted', 'exhausting', 'worn out', 'wiped out', 'knackered', 'running on fumes', 'no energy', 'zero energy',
      'fatigued', "can't sleep", "haven't slept", 'no sleep', 'sleepless', 'sleep deprived', "can't get out of bed",
      'barely get out of bed', 'bone tired', 'dead on my feet', 'bone weary', 'weary',
    ],
    nouns: ['exhaustion', 'fatigue', 'insomnia'],
  },
  {
    flavor: 'exhausted',
    reflected: 'tired',
    takes: ['of'],
    forms: ['tired', 'so tired', 'sick and tired', 'sick of', 'tired all the time', 'sleepy', 'drowsy'],
  },
  {
    flavor: 'exhausted',
    reflected: 'drained',
    takes: ['by'],
    forms: [
      'drained', 'draining', 'nothing left', 'nothing left to give', 'running on empty', 'empty tank', 'depleted',
    ],
  },
  {
    flavor: 'exhausted',
    reflected: 'burnt out',
    forms: ['burnt out', 'burned out', 'burning out', 'fried', 'running myself into the ground'],
    nouns: ['burnout'],
  },
  {
    flavor: 'exhausted',
    reflected: 'worn down',
    takes: ['by'],
    forms: [
      'worn down', 'ground down', 'beaten down', 'the pain never stops', 'pain never stops', 'pain never ends',
      'in pain all the time', 'in pain every day', 'in so much pain', 'so much pain', 'always in pain',
      'hurts all the time', 'hurts every day', 'a flare up', 'a bad flare',
    ],
    nouns: ['chronic pain', 'constant pain', 'flare ups', 'flares'],
  },
  {
    flavor: 'exhausted',
    reflected: 'at the end of your rope',
    forms: [
      'at the end of my rope', 'end of my rope', 'end of my tether', 'at my wits end', 'wits end',
      'at the end of my tether', 'nothing left in the tank',
    ],
  },

  // grieving / loss
  {
    flavor: 'grieving',
    reflected: 'heartbroken',
    takes: ['about', 'over'],
    forms: [
      'heartbroken', 'heartbreaking', 'broken hearted', 'brokenhearted', 'grieving', 'mourning', 'bereaved',
      'miss her', 'miss him', 'miss them', 'missing her', 'missing him', 'miss my mom', 'miss my mum', 'miss my dad',
      'miss my wife', 'miss my husband', 'miss my son', 'miss my daughter', 'miss my brother', 'miss my sister',
      'miss my friend', 'miss my dog', 'miss my cat', "can't believe she's gone", "can't believe he's gone",
      "can't believe they're gone", 'gone forever', 'never see her again', 'never see him again', 'breaks my heart',
      'broke my heart', 'my heart is broken',
    ],
    nouns: ['grief', 'heartbreak'],
  },
  {
    flavor: 'grieving',
    reflected: 'heartbroken',
    owner: 'possessor',
    forms: [
      'passed away', 'died', 'has died', 'passed on', 'lost my mom', 'lost my mum', 'lost my dad', 'lost my husband',
      'lost my wife', 'lost my son', 'lost my daughter', 'lost my baby', 'lost the baby', 'lost my brother',
      'lost my sister', 'lost my best friend', 'lost my grandma', 'lost my grandpa', 'lost my grandmother',
      'lost my grandfather', 'lost my partner', 'lost my friend', 'lost my father', 'lost my mother', 'lost my dog',
      'lost my cat', 'a miscarriage', 'miscarried', 'stillborn', 'funeral', 'put our dog down', 'put our cat down',
      'put our dog to sleep', 'was killed', 'took his own life', 'took her own life',
    ],
  },
  {
    flavor: 'grieving',
    reflected: 'devastated',
    takes: ['by'],
    intensity: 'strong',
    forms: ['devastated', 'devastating', 'gutted', 'crushed', 'shattered', 'destroyed', 'wrecked', 'distraught'],
  },

  // sad
  {
    flavor: 'sad',
    reflected: 'sad',
    takes: ['about'],
    forms: [
      'sad', 'unhappy', 'miserable', 'gloomy', 'glum', 'in tears', 'tearful', 'sobbing', 'crying all the time',
      "can't stop crying", 'keep crying', 'crying every day', 'crying every night', 'cried all night',
      'cry myself to sleep', 'cried myself to sleep', 'cried', 'crying', 'cry',
    ],
    nouns: ['sadness', 'sorrow'],
  },
  {
    flavor: 'sad',
    reflected: 'down',
    forms: [
      'feeling down', 'feel down', 'felt down', 'so down', 'been down', 'feeling low', 'feel low', 'felt low',
      'so low', 'feeling blue', 'in a funk', 'in a slump', 'down in the dumps',
    ],
  },
  {
    flavor: 'sad',
    reflected: 'depressed',
    forms: ['depressed', 'depressive', 'in a dark place', 'a dark place'],
    nouns: ['depression', 'the darkness', 'dark thoughts'],
  },
  {
    flavor: 'sad',
    reflected: 'weighed down',
    forms: [
      'weighed down', 'feels heavy', 'so heavy', 'heavy heart', 'everything feels grey', 'everything feels gray',
    ],
  },
  {
    flavor: 'sad',
    reflected: 'broken',
    forms: ['feel broken', 'so broken', 'broken inside', 'im broken', 'completely broken'],
  },

  // numb
  {
    flavor: 'numb',
    reflected: 'numb',
    forms: [
      'feel numb', 'so numb', 'gone numb', 'im numb', 'numb inside', 'emotionally numb', 'feel empty', 'so empty',
      'empty inside', 'hollow', 'feel nothing', "can't feel anything", "don't feel anything", 'dead inside',
      'on autopilot', 'going through the motions', 'detached', 'checked out', 'like a zombie', 'feel flat',
      'feeling flat', 'so flat', 'really flat',
    ],
  },

  // angry / frustrated
  {
    flavor: 'angry',
    reflected: 'angry',
    takes: ['about', 'at', 'with'],
    forms: ['angry', 'mad', 'pissed', 'pissed off', 'hate it', 'hate this', "can't stand it", 'hostile'],
    nouns: ['anger'],
  },
  {
    flavor: 'angry',
    reflected: 'furious',
    takes: ['about', 'at', 'with'],
    intensity: 'strong',
    forms: ['furious', 'livid', 'enraged', 'raging', 'fuming', 'seething', 'outraged', 'irate', 'boiling'],
    nouns: ['rage'],
  },
  {
    flavor: 'angry',
    reflected: 'frustrated',
    takes: ['about', 'with', 'by'],
    forms: [
      'frustrated', 'frustrating', 'annoyed', 'annoying', 'irritated', 'irritating', 'aggravated', 'exasperated',
      'fed up', 'sick of it', 'had enough', 'had it with', 'done with it all', 'not fair', 'so unfair', 'unfair',
      'infuriating',
    ],
    nouns: ['frustration'],
  },
  {
    flavor: 'angry',
    reflected: 'resentful',
    forms: ['resentful', 'bitter', 'jealous', 'envious'],
    nouns: ['resentment', 'bitterness'],
  },

  // hurt / rejected
  {
    flavor: 'hurt',
    reflected: 'hurt',
    takes: ['by'],
    forms: [
      'feel hurt', 'felt hurt', 'feeling hurt', 'so hurt', 'really hurt', 'deeply hurt', 'im hurt', 'was hurt',
      'hurt me', 'hurts me', 'hurt my feelings', 'im hurting', 'been hurting', 'still hurting', 'hurting inside',
      'it really hurts', 'it hurts so much', 'it hurts so bad', 'that really hurt', 'that hurt',
      'wounded', 'stung',
    ],
  },
  {
    flavor: 'hurt',
    reflected: 'rejected',
    forms: [
      'rejected', 'unwanted', 'dumped', 'ghosted', 'pushed away', 'shut out', 'thrown away', 'discarded', 'replaced',
      "doesn't want me", "didn't want me", "don't want me", 'left me', 'walked out on me', 'not wanted',
    ],
    nouns: ['rejection'],
  },
  {
    flavor: 'hurt',
    reflected: 'betrayed',
    takes: ['by'],
    forms: [
      'betrayed', 'stabbed in the back', 'cheated on me', 'cheated on', 'lied to', 'lied to me', 'deceived',
      'used me', 'manipulated', 'lying to me', 'blindsided',
    ],
    nouns: ['betrayal'],
  },
  {
    flavor: 'hurt',
    reflected: 'let down',
    takes: ['by'],
    forms: [
      'let down', 'disappointed', 'disappointing', 'taken for granted', 'unappreciated', 'disrespected', 'dismissed',
      'invalidated', 'brushed off', 'gaslit', 'not taken seriously',
    ],
  },
  {
    flavor: 'hurt',
    reflected: 'upset',
    takes: ['about', 'by'],
    forms: ['upset', 'upsetting', 'distressed'],
  },
  {
    flavor: 'hurt',
    reflected: 'shaken',
    forms: ['shaken', 'shaken up', 'rattled', 'in shock', 'shocked', 'stunned', 'shaking', "can't stop shaking"],
  },

  // confused
  {
    flavor: 'confused',
    reflected: 'confused',
    takes: ['about', 'by'],
    forms: [
      'confused', 'confusing', "don't know what to do", 'no idea what to do', "don't know where to start",
      "don't know what to think", "don't know what i want", "can't make sense", "doesn't make sense",
      'makes no sense', 'mixed up', 'all over the place', 'baffled', 'bewildered', 'puzzled', "don't understand why",
      "don't know how to feel", "don't know what to feel",
    ],
    nouns: ['confusion'],
  },
  {
    flavor: 'confused',
    reflected: 'lost',
    forms: [
      'feel lost', 'feeling lost', 'felt lost', 'so lost', 'im lost', 'completely lost', 'totally lost',
      'lost my way', 'directionless', 'aimless', 'adrift', "don't know who i am anymore", 'no direction',
      'losing myself', 'lost myself',
    ],
  },
  {
    flavor: 'confused',
    reflected: 'torn',
    takes: ['about'],
    forms: [
      'torn', 'conflicted', 'mixed feelings', 'on the fence', 'in two minds', 'of two minds', 'at a crossroads',
      'ambivalent',
    ],
  },
  {
    flavor: 'confused',
    reflected: 'unsure',
    takes: ['about'],
    intensity: 'mild',
    forms: [
      'unsure', 'uncertain', 'not sure', 'in limbo', 'up in the air', 'not knowing', 'waiting to hear',
      'waiting for results', 'waiting for the results', 'no idea what happens next',
    ],
    nouns: ['uncertainty'],
  },

  // positive
  {
    flavor: 'relieved',
    reflected: 'relieved',
    takes: ['about'],
    forms: [
      'relieved', 'such a relief', 'what a relief', 'weight off my shoulders', 'a weight lifted', 'can breathe again',
      'can finally breathe', 'can finally relax', 'thank god', 'thank goodness', 'phew', 'dodged a bullet',
      'came back clear', 'came back negative', 'all clear', 'cancer free', 'in remission', 'benign', 'feel lighter',
      'lighter', 'good news',
    ],
    nouns: ['relief'],
  },
  {
    flavor: 'proud',
    reflected: 'proud',
    takes: ['of'],
    forms: [
      'proud', 'accomplished', 'i did it', 'finally did it', 'nailed it', 'crushed it', 'smashed it',
      'passed my exam', 'passed my exams', 'passed the exam', 'passed my test', 'passed the test',
      'passed my driving test', 'passed my finals', 'passed my boards', 'passed the bar', 'passed all my',
      'passed everything', 'graduated', 'got into university', 'got into college', 'got into uni',
      'got into my first choice', 'got my degree', 'got the job', 'got a job', 'got the offer', 'got promoted',
      'got the scholarship', 'got a scholarship', 'won the scholarship',
      'a promotion', 'got accepted', 'was accepted', 'accepted into', 'days sober', 'weeks sober', 'months sober',
      'year sober', 'years sober', 'sober for', 'clean for', 'days clean', 'months clean', 'year clean',
      'years clean', 'sober birthday', 'a milestone', 'an achievement',
    ],
    nouns: ['pride'],
  },
  {
    flavor: 'hopeful',
    reflected: 'hopeful',
    takes: ['about'],
    forms: [
      'hopeful', 'optimistic', 'looking up', 'light at the end of the tunnel', 'turning a corner', 'turned a corner',
      'on the mend', 'getting better', 'feeling better', 'feel better', 'making progress', 'feel encouraged',
      'feeling encouraged', 'a fresh start', 'a new chapter', 'a new beginning', 'have hope', 'some hope',
      'hope again', 'glimmer of hope', 'more positive',
    ],
  },
  {
    flavor: 'hopeful',
    reflected: 'more like yourself again',
    forms: ['like myself again', 'like me again', 'like my old self', 'back to my old self', 'myself again', 'human again'],
  },
  {
    flavor: 'happy',
    reflected: 'happy',
    takes: ['about', 'for'],
    forms: [
      'happy', 'happier', 'so happy', 'glad', 'joyful', 'delighted', 'elated', 'over the moon', 'on cloud nine',
      'on top of the world', 'the best day', 'cheerful', 'in a good mood', "couldn't be happier", 'so in love',
      'completely in love', 'totally in love', 'madly in love', 'amazing news', 'great news', "can't stop smiling",
      'happy tears', 'cried happy tears', 'crying happy tears',
    ],
    nouns: ['joy'],
  },
  {
    flavor: 'happy',
    reflected: 'overjoyed',
    takes: ['about', 'for'],
    intensity: 'strong',
    forms: ['overjoyed', 'ecstatic', 'thrilled', 'euphoric', 'overwhelmed in the best way'],
  },
  {
    flavor: 'happy',
    reflected: 'overjoyed',
    owner: 'possessor',
    forms: [
      'baby was born', 'son was born', 'daughter was born', 'grandson was born', 'granddaughter was born',
      'gave birth', 'had the baby', 'had our baby', 'had a baby', 'welcomed our', 'finally pregnant',
      'we are pregnant', "we're pregnant", "it's a girl", "it's a boy", 'got engaged', 'got married', 'got the keys',
      'bought our first',
    ],
  },
  {
    flavor: 'excited',
    reflected: 'excited',
    takes: ['about', 'for'],
    forms: [
      'excited', 'exciting', "can't wait", 'pumped', 'stoked', 'looking forward', 'buzzing', 'psyched', 'eager',
    ],
  },
  {
    flavor: 'grateful',
    reflected: 'grateful',
    takes: ['for'],
    forms: ['grateful', 'thankful', 'blessed', 'appreciative', 'so lucky', 'feel lucky'],
    nouns: ['gratitude'],
  },
  {
    flavor: 'calm',
    reflected: 'calm',
    forms: [
      'feel calm', 'feeling calm', 'calmer', 'peaceful', 'at peace', 'at ease', 'relaxed', 'serene', 'more settled',
    ],
  },
];

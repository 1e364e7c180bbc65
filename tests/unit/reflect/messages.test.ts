import { describe, expect, it } from 'vitest';
import { readFeelings, suggestReflections, type FlavorId } from '../../../lib/reflect';
import { expectWellFormed } from './helpers';

/**
 * Incoming messages, written for these tests, with the feelings a listener would hear in them.
 * `flavors` is the exact set of usable (own, not negated) flavors, unless `partial` is set: then they must
 * all be there and none of `absent` may be. `reflects` and `situation` must appear in the first suggestion.
 */
interface MessageCase {
  topic: string;
  text: string;
  flavors: FlavorId[];
  partial?: true;
  absent?: FlavorId[];
  reflects?: string;
  situation?: string;
}

const GENERIC = 'It sounds like this has been really hard. Is that right?';

const messages: MessageCase[] = [
  // grief
  { topic: 'grief', text: "My dad passed away in March and I still can't believe he's gone. Some days I feel completely lost.", flavors: ['grieving', 'confused'], reflects: 'heartbroken' },
  { topic: 'grief', text: "It's been six months since we lost the baby and everyone expects me to be over it. I'm so tired of pretending I'm okay.", flavors: ['grieving', 'exhausted'], partial: true, reflects: 'tired' },
  { topic: 'grief', text: 'My best friend died last week. I keep picking up my phone to text her and then I remember. I feel so empty.', flavors: ['grieving', 'numb'] },
  { topic: 'grief', text: "Grandma's funeral was yesterday and honestly I feel numb, like none of it is real.", flavors: ['grieving', 'numb'], reflects: 'numb' },
  { topic: 'grief', text: 'I miss my mum every single day. The house is so quiet without her.', flavors: ['grieving'], reflects: 'heartbroken' },
  { topic: 'grief', text: "We had to put our dog down on Sunday and I'm heartbroken. He was with me for fourteen years.", flavors: ['grieving'], reflects: 'heartbroken' },
  { topic: 'grief', text: 'My brother took his own life in the spring. I keep thinking I should have seen it coming and I feel so guilty.', flavors: ['grieving', 'ashamed'] },
  { topic: 'grief', text: "The first Christmas without my husband is coming up and I'm dreading it.", flavors: ['afraid'], reflects: 'scared' },
  { topic: 'grief', text: "Since my wife passed away I've been so lonely. The evenings are the worst.", flavors: ['grieving', 'alone'], reflects: 'lonely', situation: 'since your wife passed away' },
  { topic: 'grief', text: 'I lost my mother to cancer two years ago and the grief still hits me out of nowhere.', flavors: ['grieving'], reflects: 'heartbroken' },

  // chronic pain
  { topic: 'chronic pain', text: "My back pain never stops and I'm so worn down. I haven't slept properly in weeks.", flavors: ['exhausted'], reflects: 'worn down' },
  { topic: 'chronic pain', text: "Another flare up this week. I'm exhausted and honestly frustrated with my doctors for not listening.", flavors: ['exhausted', 'angry'], reflects: 'frustrated', situation: 'with your doctors' },
  { topic: 'chronic pain', text: 'Living with fibromyalgia means I cancel plans all the time and my friends have stopped inviting me. I feel so isolated.', flavors: ['alone'], reflects: 'really isolated' },
  { topic: 'chronic pain', text: "The pain is so bad some days that I can't get out of bed and I feel like a burden to my family.", flavors: ['exhausted', 'worthless'] },
  { topic: 'chronic pain', text: "I'm scared the new treatment won't work either and I'll just be in pain forever.", flavors: ['afraid'], reflects: 'scared' },
  { topic: 'chronic pain', text: "Nobody believes me because I look fine on the outside, but I'm in constant pain.", flavors: ['alone', 'exhausted'] },
  { topic: 'chronic pain', text: "My migraines are back and I'm so tired of cancelling on people.", flavors: ['exhausted'], reflects: 'really tired', situation: 'of cancelling on people' },
  { topic: 'chronic pain', text: 'After the accident my knee never healed right and I feel useless at work now.', flavors: ['worthless'], reflects: 'worthless', situation: 'at work' },
  { topic: 'chronic pain', text: "I'm kind of hopeful about the new physio, first time in ages I've had less pain.", flavors: ['hopeful'], reflects: 'a bit hopeful', situation: 'about the new physio' },
  { topic: 'chronic pain', text: "The surgery went well and the pain is finally easing. I'm so relieved.", flavors: ['relieved'], reflects: 'really relieved' },

  // work stress
  { topic: 'work', text: "I feel so trapped at work. I can't afford to quit but every day there is miserable.", flavors: ['trapped', 'sad'], reflects: 'trapped', situation: 'at work' },
  { topic: 'work', text: "My manager keeps piling on projects and I'm completely overwhelmed. I'm working every weekend just to keep up.", flavors: ['overwhelmed'], reflects: 'really overwhelmed' },
  { topic: 'work', text: 'I got passed over for the promotion again and I feel like such an idiot for thinking I had a chance.', flavors: ['ashamed'], absent: ['proud'], reflects: 'embarrassed' },
  { topic: 'work', text: "I'm burnt out. I've been doing two people's jobs since my coworker left and nobody has noticed.", flavors: ['exhausted'], reflects: 'burnt out' },
  { topic: 'work', text: "Work is so stressful right now, I'm anxious every Sunday night before the week starts.", flavors: ['overwhelmed', 'afraid'] },
  { topic: 'work', text: "I made a huge mistake on a client report and I'm so embarrassed I can barely look at my team.", flavors: ['ashamed'], reflects: 'really embarrassed' },
  { topic: 'work', text: "I got laid off this morning. I'm in shock and I don't know what to do.", flavors: ['hurt', 'confused'] },
  { topic: 'work', text: 'I finally handed in my notice and I feel lighter than I have in years. Such a weight off my shoulders.', flavors: ['relieved'], reflects: 'relieved' },
  { topic: 'work', text: "My boss yelled at me in front of everyone today. I'm still shaking and I feel humiliated.", flavors: ['hurt', 'ashamed'] },
  { topic: 'work', text: "I love my job but I'm stretched so thin between the night shifts and my kids.", flavors: ['overwhelmed'], reflects: 'stretched thin' },

  // loneliness
  { topic: 'loneliness', text: "I moved to a new city for this job and I don't know anyone. Weekends are really lonely.", flavors: ['alone'] },
  { topic: 'loneliness', text: 'Ever since the divorce the house feels empty and I have nobody to talk to.', flavors: ['alone'], reflects: 'alone', situation: 'ever since the divorce' },
  { topic: 'loneliness', text: "I'm 78 and most days the only voice I hear is the TV. I feel invisible.", flavors: ['alone'], reflects: 'unseen' },
  { topic: 'loneliness', text: "Everyone at school has their group and I'm always left out.", flavors: ['alone'], reflects: 'out of place' },
  { topic: 'loneliness', text: 'I have hundreds of followers but honestly nobody really knows me. I feel so disconnected.', flavors: ['alone'], reflects: 'isolated' },
  { topic: 'loneliness', text: "Being a new mom is so isolating. My partner works long hours and I'm alone with the baby all day.", flavors: ['alone'], reflects: 'isolated' },
  { topic: 'loneliness', text: 'My kids never call. I wonder if they even think about me.', flavors: ['alone'], reflects: 'uncared for' },
  { topic: 'loneliness', text: 'I went to the party hoping to connect with people but I felt like an outsider the whole time.', flavors: ['alone'], reflects: 'out of place' },
  { topic: 'loneliness', text: 'Since retiring I feel so aimless, and the days are long.', flavors: ['confused'], reflects: 'lost', situation: 'since retiring' },
  { topic: 'loneliness', text: "I'm not lonely exactly, I just miss having someone to share things with.", flavors: [] },

  // relapse and recovery
  { topic: 'relapse', text: 'I relapsed last night after 8 months sober. I feel like such a failure.', flavors: ['hopeless', 'worthless'], partial: true, reflects: 'like a failure' },
  { topic: 'recovery', text: "Two years clean today. I never thought I'd make it this far.", flavors: ['proud'], reflects: 'proud' },
  { topic: 'relapse', text: "I've been drinking again and I'm so ashamed I haven't told my sponsor.", flavors: ['hopeless', 'ashamed'], reflects: 'ashamed' },
  { topic: 'relapse', text: "My son is using again and I'm terrified he's going to overdose.", flavors: ['afraid'], reflects: 'terrified' },
  { topic: 'recovery', text: "Day 12 without a drink. The cravings are brutal but I'm proud of myself for getting through the weekend.", flavors: ['proud'], reflects: 'proud', situation: 'of yourself' },
  { topic: 'relapse', text: "I slipped up at my cousin's wedding and now I feel like I'm back to square one.", flavors: ['hopeless'], reflects: 'discouraged', situation: "at your cousin's wedding" },
  { topic: 'recovery', text: "Everyone keeps telling me to go to meetings but I'm just not ready and I feel pressured.", flavors: ['overwhelmed'], reflects: 'stressed' },
  { topic: 'recovery', text: 'Six months sober and I actually feel hopeful for the first time.', flavors: ['proud', 'hopeful'] },

  // caregiving
  { topic: 'caregiving', text: "Caring for my mom with dementia is exhausting. She doesn't recognize me some days and it breaks my heart.", flavors: ['exhausted', 'grieving'] },
  { topic: 'caregiving', text: "I haven't had a day off in months. Between my dad's appointments and the kids I never get a break.", flavors: ['overwhelmed'], reflects: 'stretched thin' },
  { topic: 'caregiving', text: 'I feel guilty for wanting a break from looking after my husband.', flavors: ['ashamed'], reflects: 'guilty' },
  { topic: 'caregiving', text: "My sister won't help with mum at all, and I'm so resentful I can barely speak to her.", flavors: ['angry'], reflects: 'resentful' },
  { topic: 'caregiving', text: "I'm scared of what happens when I can't care for him anymore.", flavors: ['afraid'], reflects: 'scared', situation: 'of what happens' },
  { topic: 'caregiving', text: "The hospice nurse said it could be any day now. I'm trying to be strong but I'm falling apart inside.", flavors: ['overwhelmed'], reflects: 'overwhelmed' },
  { topic: 'caregiving', text: "Mum had a good week and actually laughed at my joke. I'm so grateful for days like this.", flavors: ['grateful'], reflects: 'really grateful' },
  { topic: 'caregiving', text: "I'm drowning in paperwork for Dad's care and nobody tells me anything.", flavors: ['overwhelmed'], reflects: 'overwhelmed' },

  // divorce and relationships
  { topic: 'divorce', text: "My husband told me he wants a divorce. I feel blindsided and I can't stop shaking.", flavors: ['hurt'] },
  { topic: 'relationships', text: 'She cheated on me with my best friend. I feel so betrayed.', flavors: ['hurt'], reflects: 'betrayed' },
  { topic: 'divorce', text: "We're splitting up after twelve years and I'm terrified of being on my own.", flavors: ['afraid'], partial: true, reflects: 'terrified' },
  { topic: 'relationships', text: "My girlfriend left me last month and I still can't eat or sleep properly.", flavors: ['hurt'], reflects: 'rejected' },
  { topic: 'divorce', text: "The custody hearing is on Friday and I'm so anxious I feel sick.", flavors: ['afraid'], reflects: 'really anxious' },
  { topic: 'relationships', text: "I keep walking on eggshells around him so he doesn't get angry.", flavors: ['afraid'], reflects: 'on edge', situation: 'around him' },
  { topic: 'relationships', text: "He says I'm too sensitive and that I overreact to everything. Maybe he's right, I'm so confused.", flavors: ['confused'], reflects: 'really confused' },
  { topic: 'divorce', text: "We finally signed the papers. I'm sad but also relieved it's over.", flavors: ['sad', 'relieved'] },
  { topic: 'relationships', text: "My wife and I had a huge fight and now she's not talking to me. I hate this.", flavors: ['angry'] },
  { topic: 'relationships', text: 'I just found out my partner has been lying to me for months.', flavors: ['hurt'], reflects: 'betrayed' },

  // anxiety
  { topic: 'anxiety', text: 'I have a panic attack every time I have to drive on the highway.', flavors: ['afraid'], reflects: 'panicked' },
  { topic: 'anxiety', text: 'My anxiety has been through the roof since the break-in. I jump at every noise.', flavors: ['afraid'], reflects: 'anxious', situation: 'since the break-in' },
  { topic: 'anxiety', text: "I can't stop worrying about my daughter driving alone at night.", flavors: ['afraid'], reflects: 'anxious', situation: 'about your daughter' },
  { topic: 'anxiety', text: "I've got my biopsy results on Thursday and I'm a nervous wreck.", flavors: ['afraid'], reflects: 'anxious' },
  { topic: 'anxiety', text: "Social situations make me so anxious that I've stopped seeing friends.", flavors: ['afraid'], reflects: 'really anxious' },
  { topic: 'anxiety', text: "My heart is racing and I can't calm down. I don't know what's wrong with me.", flavors: ['afraid'], reflects: 'anxious' },
  { topic: 'anxiety', text: "I'm a bit nervous about starting the new job on Monday but mostly excited.", flavors: ['afraid', 'excited'], reflects: 'excited' },
  { topic: 'anxiety', text: 'I lie awake every night thinking about everything that could go wrong.', flavors: ['afraid'], reflects: 'anxious' },
  { topic: 'anxiety', text: "Honestly I'm not that worried about the scan, the waiting is the hard part.", flavors: [] },
  { topic: 'anxiety', text: "The doctor found a lump and I'm scared out of my mind.", flavors: ['afraid'], reflects: 'terrified' },

  // depression
  { topic: 'depression', text: "I don't see the point in anything anymore. Even getting dressed feels impossible.", flavors: ['hopeless'], reflects: 'hopeless' },
  { topic: 'depression', text: "I've been so depressed since the winter started, I barely leave my room.", flavors: ['sad'], reflects: 'really depressed', situation: 'since the winter started' },
  { topic: 'depression', text: "Everything feels grey and heavy, and I can't remember the last time I laughed.", flavors: ['sad'], reflects: 'weighed down' },
  { topic: 'depression', text: "I'm tired of feeling like this. I'm tired of being tired.", flavors: ['exhausted'], reflects: 'tired' },
  { topic: 'depression', text: "I'm not suicidal or anything, I just feel really flat and empty.", flavors: ['numb'], absent: ['hopeless'], reflects: 'numb' },
  { topic: 'depression', text: "Some days I don't want to wake up. I'm just so tired of everything.", flavors: ['hopeless', 'exhausted'] },
  { topic: 'depression', text: 'I finally started therapy and for the first time in a long while I feel a bit lighter.', flavors: ['relieved'], reflects: 'relieved' },
  { topic: 'depression', text: "My meds are finally working and I'm feeling like myself again.", flavors: ['hopeful'], reflects: 'more like yourself again' },

  // good news
  { topic: 'good news', text: 'I got the job!!! I start in two weeks and I cannot stop smiling.', flavors: ['proud', 'happy'] },
  { topic: 'good news', text: "We closed on our first house today. I'm over the moon.", flavors: ['happy'], reflects: 'happy' },
  { topic: 'good news', text: "The scan came back clear. I've been holding my breath for a month and I can finally breathe again.", flavors: ['relieved'], reflects: 'relieved' },
  { topic: 'exam results', text: "I got into my first choice university! I honestly didn't think I would.", flavors: ['proud'], reflects: 'proud' },
  { topic: 'exam results', text: "My exam results came in and I passed everything. I'm so relieved and honestly a little proud.", flavors: ['relieved', 'proud'], reflects: 'relieved' },
  { topic: 'good news', text: "After three rounds of IVF we're finally pregnant and I'm so excited I can barely sleep.", flavors: ['happy', 'excited'] },
  { topic: 'new baby', text: "Our daughter was born on Tuesday, 7 pounds 2 ounces, and we're completely in love.", flavors: ['happy'], reflects: 'really happy' },
  { topic: 'new baby', text: 'My son took his first steps today and I cried happy tears.', flavors: ['happy'], reflects: 'happy' },

  // new baby
  { topic: 'new baby', text: "The baby is three weeks old and I'm running on about two hours of sleep. I love her but I'm so exhausted.", flavors: ['exhausted'], reflects: 'really exhausted' },
  { topic: 'new baby', text: "Everyone says these are the best days but I feel so disconnected from my baby and I'm ashamed to admit it.", flavors: ['alone', 'ashamed'], reflects: 'isolated' },
  { topic: 'new baby', text: "I cry every time the baby cries and I'm scared I'm not a good mum.", flavors: ['afraid', 'sad', 'worthless'] },
  { topic: 'new baby', text: "My partner went back to work and I'm alone with a newborn all day. I feel like I'm losing myself.", flavors: ['alone', 'confused'], reflects: 'alone' },

  // exams and school
  { topic: 'exams', text: 'I failed my driving test for the third time and I feel so stupid.', flavors: ['hopeless', 'ashamed'], reflects: 'embarrassed' },
  { topic: 'exams', text: "Finals start next week and I'm so behind I don't even know where to start.", flavors: ['overwhelmed', 'confused'], reflects: 'overwhelmed' },
  { topic: 'exam results', text: "I got my results and I'm disappointed, I missed the grade I needed by two marks.", flavors: ['hurt'], reflects: 'let down' },
  { topic: 'exams', text: "My teacher said my essay was the best in the class. I'm honestly buzzing.", flavors: ['excited'], reflects: 'excited' },
  { topic: 'exams', text: "I have three exams in two days and I'm panicking.", flavors: ['afraid'], reflects: 'panicked' },
  { topic: 'exam results', text: "I'm the first in my family to graduate and I'm so proud and a bit emotional.", flavors: ['proud'], reflects: 'really proud' },

  // other
  { topic: 'housing', text: 'My landlord is evicting us and I have nowhere to go.', flavors: ['trapped'], reflects: 'trapped' },
  { topic: 'family', text: "I'm so angry at my brother for missing Dad's birthday again.", flavors: ['angry'], reflects: 'really angry', situation: 'at your brother' },
  { topic: 'asking for help', text: "I don't want to be a burden but I really need someone to talk to.", flavors: [] },
  { topic: 'trauma', text: "I keep going over the accident in my head and I can't sleep.", flavors: ['exhausted'], reflects: 'exhausted' },
  { topic: 'thanks', text: 'Thank you for checking on me. It means more than you know.', flavors: [] },
  { topic: 'good news', text: "The doctor says I don't need the second surgery after all. What a relief!", flavors: ['relieved'], reflects: 'relieved' },
  { topic: 'abuse', text: "He hit me again last night. I'm scared to go home but I have nowhere else to go.", flavors: ['afraid', 'trapped'] },
  { topic: 'anger', text: "I'm not sad anymore, just angry that nobody warned me.", flavors: ['angry'], reflects: 'angry' },
  { topic: 'despair', text: 'Why does everything always go wrong for me? I give up.', flavors: ['hopeless'], reflects: 'hopeless' },
  { topic: 'diagnosis', text: 'My therapist thinks I have PTSD. I feel relieved to have a name for it but also scared.', flavors: ['relieved', 'afraid'] },
  { topic: 'tired', text: "Honestly I'm fine, just a little tired.", flavors: ['exhausted'], reflects: 'a bit tired' },
  { topic: 'about the reader', text: 'You must be sick of hearing from me by now.', flavors: [] },
  { topic: 'others feel it', text: 'My husband is furious with me and my daughter is so disappointed.', flavors: [] },
  { topic: 'breaking point', text: "I can't take it anymore. Between the debt and my mom's illness I'm at my breaking point.", flavors: ['overwhelmed'], reflects: 'at your limit' },
  { topic: 'home', text: "I'm walking on eggshells at home and I feel like I'm going crazy.", flavors: ['afraid', 'overwhelmed'], reflects: 'on edge', situation: 'at home' },
  { topic: 'good news', text: "I can't believe I got the scholarship!!", flavors: ['proud'], reflects: 'really proud' },
  { topic: 'new baby', text: 'The twins finally sleep through the night. I feel human again.', flavors: ['hopeful'], reflects: 'more like yourself again' },
  { topic: 'despair', text: "I don't think anyone would even notice if I was gone.", flavors: ['alone'], reflects: 'uncared for' },
  { topic: 'self-worth', text: "I feel like I'm failing at everything, work, parenting, all of it.", flavors: ['worthless'], reflects: 'like a failure' },
  { topic: 'friendship', text: "My best friend stopped talking to me and I don't know why. It really hurts.", flavors: ['hurt'], reflects: 'really hurt' },
  { topic: 'new baby', text: "We brought our daughter home from the NICU today! I'm overwhelmed in the best way.", flavors: ['happy'], absent: ['overwhelmed'], reflects: 'overjoyed' },
  { topic: 'diagnosis', text: 'My mum has stage 4 cancer and I\'m terrified of losing her.', flavors: ['afraid'], reflects: 'terrified', situation: 'of losing her' },
  { topic: 'work', text: "I've been so anxious since the layoffs were announced at work.", flavors: ['afraid'], situation: 'since the layoffs were announced at work' },
];

function usableFlavors(text: string): Set<FlavorId> {
  return new Set(readFeelings(text).filter((mention) => !mention.negated).map((mention) => mention.flavor));
}

describe('incoming messages', () => {
  it('has a table of at least 100 messages', () => {
    expect(messages.length).toBeGreaterThanOrEqual(100);
    expect(new Set(messages.map((message) => message.text)).size).toBe(messages.length);
  });

  describe.each(messages)('$topic: $text', (message) => {
    it('hears the expected feelings', () => {
      const heard = usableFlavors(message.text);
      if (message.partial) {
        for (const flavor of message.flavors) expect(heard).toContain(flavor);
      } else {
        expect([...heard].sort()).toEqual([...message.flavors].sort());
      }
      for (const flavor of message.absent ?? []) expect(heard).not.toContain(flavor);
    });

    it('suggests well-formed reflections of their feeling', () => {
      const reflections = suggestReflections({ incoming: message.text });
      expectWellFormed(reflections);
      const [first] = reflections;
      if (message.flavors.length === 0) {
        expect(first?.text).toBe(GENERIC);
        return;
      }
      expect(reflections.map((reflection) => reflection.style)).toEqual(['reflect', 'reflect-question', 'tentative']);
      if (!message.partial) expect(message.flavors).toContain(first?.flavor);
      if (message.reflects) for (const reflection of reflections) expect(reflection.text).toContain(message.reflects);
      if (message.situation) for (const reflection of reflections) expect(reflection.text).toContain(message.situation);
    });
  });
});

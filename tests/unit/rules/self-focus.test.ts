import { testRule } from './rule-tester';

const aboutTheWriter =
  'When my marriage ended I moved into a tiny flat. I stopped sleeping and I lost a lot of weight. ' +
  'My friends took sides and I felt like I had nobody. I started running in the mornings and I joined a ' +
  'group at my church. Eventually I got my life back and I am happier now than I have been in years.';

testRule('self-focus', {
  valid: [
    'Me too.',
    'I hear you. That sounds exhausting, and it makes sense that you are worn out. What has helped you on the hard days?',
    'I will call in your prescription today and I will check on you Friday. I can also move your appointment if you need. Let me know how you are doing and I will adjust the plan with you.',
    'It sounds like you have been carrying this on your own for a long time, and you are tired of it. You said the evenings are the worst. What happens for you in the evenings? Is there anyone you can call then? I am here to listen whenever you want to talk.',
    `${aboutTheWriter} How are you holding up? What do you need from your friends? Would it help to talk about the kids? What does your week look like?`,
  ],
  invalid: [{ text: aboutTheWriter, flagged: aboutTheWriter.trimEnd() }],
});

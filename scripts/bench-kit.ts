// What both benchmarks share: seeded draft material, percentiles and the table printer.

/** Words for the `{slot}` placeholders of the benchmarks' sentence templates (made up, never corpus text). */
export const SLOT_WORDS: Readonly<Record<string, readonly string[]>> = {
  person: ['mom', 'dad', 'sister', 'brother', 'grandmother', 'best friend', 'partner', 'uncle', 'roommate', 'son'],
  hardship: ['was in the hospital', 'lost their job', 'moved across the country', 'stopped talking to me', 'got sick', 'had surgery', 'went through rehab', 'passed away'],
  event: ['the move', 'the breakup', 'the diagnosis', 'the layoff', 'the funeral', 'the surgery', 'the custody hearing', 'the exam results'],
  feeling: ['exhausted', 'angry', 'lost', 'scared', 'numb', 'overwhelmed', 'lonely', 'frustrated', 'heartbroken', 'stuck'],
  adjective: ['hard', 'draining', 'painful', 'confusing', 'heavy', 'unfair', 'frightening', 'lonely'],
  time: ['this week', 'today', 'right now', 'these days', 'tonight', 'lately', 'this morning', 'since then'],
  period: ['spring', 'winter', 'summer', 'year', 'fall', 'month'],
  duration: ['weeks', 'months', 'most of a year', 'a long time', 'ages', 'two years'],
  place: ['the clinic', 'my office', 'their apartment', 'the school', 'the pharmacy', 'the courthouse'],
  coping: ['running', 'journaling', 'calling a friend', 'baking', 'walking the dog', 'going to therapy'],
};

/** Sentences about the other person, as a receptive reply is mostly made of; ASCII, so each character is one key. */
export const RECEPTIVE_TEMPLATES: readonly string[] = [
  'That sounds {adjective}, and I am glad you told me.',
  'It makes sense that you feel {feeling} after {event}.',
  'How are you holding up {time}?',
  'What has been the hardest part of {event} for you?',
  "I can't imagine how {adjective} {event} has been.",
  "You don't have to have it all figured out {time}.",
  'It sounds like you have been carrying a lot on your own {time}.',
  'Is there anything that would make {time} a little easier for you?',
  'Thank you for trusting me with something this {adjective}.',
  'Feeling {feeling} after {event} is not a sign that you are failing.',
  'Do you want to talk about {event}, or would a distraction help more {time}?',
  "I'm here if you want to vent about {event} without any advice.",
];

/** mulberry32: a small seeded generator, so drafts are identical from run to run. */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Nearest-rank percentile; NaN when there are no values. */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? NaN;
}

/** A titled table, the first column left-aligned and the figures right-aligned. */
export function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

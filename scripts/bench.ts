// Speed of the analysis engine on realistic drafts, beside alex on the same texts. Prints figures, asserts nothing.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { text as alexText } from 'alex';
import { analyze } from '../lib/engine/analyze';
import { percentile, printTable, RECEPTIVE_TEMPLATES, seededRandom, SLOT_WORDS } from './bench-kit';
import { clearParseCache } from '../lib/nlp/compromise';
import { clearReflectionCaches } from '../lib/reflect';

function clearCaches(): void {
  clearParseCache();
  clearReflectionCaches();
}

const sizes = [50, 200, 1_000, 5_000];
const targetRuns = 200;
const warmUpRuns = 20;
/** Warm-up stops early past this, after at least two runs, so a slow draft is not warmed for minutes. */
const warmUpBudgetMs = 3_000;
/** Past this, a 5,000-word measurement stops early (never below minimumRuns) and says how many runs it made. */
const budgetMs = 20_000;
const minimumRuns = 10;
const goals = { fullP95Ms: 16, editP95Ms: 2 };

// ---------------------------------------------------------------------------------------------
// Drafts: replies to someone who is struggling, mixing receptive sentences, the writer's own
// stories and "me too" phrases, in paragraphs. Seeded, so every run measures the same texts.


const receptive = RECEPTIVE_TEMPLATES;
const stories = [
  'When my {person} {hardship}, I barely slept for {duration}.',
  'Last {period} my {person} {hardship} and it took me {duration} to feel normal again.',
  'I remember sitting in the car outside {place} and not wanting to go in.',
  'After my {person} {hardship}, I started {coping} every morning.',
  'My {person} and I used to argue about it until {event} changed everything.',
  'I spent {duration} feeling {feeling} before I told anyone at {place}.',
];
const meToo = [
  'Me too, honestly.',
  'I know exactly how you feel.',
  'The same thing happened to me {time}.',
  "I've been there with my {person}.",
  'I went through the exact same thing when my {person} {hardship}.',
  'I totally get it, I felt {feeling} after {event} too.',
  'Same here, {event} wrecked me for {duration}.',
  "I know how you feel, I've been {feeling} {time} as well.",
];
const kinds = [
  { templates: receptive, weight: 0.55 },
  { templates: stories, weight: 0.3 },
  { templates: meToo, weight: 0.15 },
];


interface Draft {
  text: string;
  words: number;
  /** Where each sentence is, so an edit can land in a different one each time. */
  sentences: { start: number; end: number }[];
}

function buildDraft(targetWords: number, seed: number): Draft {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const pickTemplate = () => {
    let roll = random();
    for (const kind of kinds) {
      roll -= kind.weight;
      if (roll <= 0) return pick(kind.templates);
    }
    return pick(receptive);
  };
  const seen = new Set<string>();
  const sentences: { start: number; end: number }[] = [];
  let text = '';
  let words = 0;
  let inParagraph = 0;
  let paragraphLength = 3 + Math.floor(random() * 4);
  for (let attempts = 0; words < targetWords && attempts < targetWords * 50; attempts++) {
    const sentence = pickTemplate().replace(/\{(\w+)\}/g, (_, slot: string) => pick(SLOT_WORDS[slot]!));
    // Real drafts rarely repeat a sentence, and a repeat would be a free cache hit.
    if (seen.has(sentence)) continue;
    seen.add(sentence);
    if (inParagraph === paragraphLength) {
      text += '\n\n';
      inParagraph = 0;
      paragraphLength = 3 + Math.floor(random() * 4);
    } else if (text) {
      text += ' ';
    }
    sentences.push({ start: text.length, end: text.length + sentence.length });
    text += sentence;
    words += sentence.split(/\s+/).length;
    inParagraph++;
  }
  return { text, words, sentences };
}

/** A one-letter typo (a doubled letter) in one word of one sentence, different for every edit number. */
function editOneCharacter(draft: Draft, edit: number): string {
  const sentence = draft.sentences[edit % draft.sentences.length]!;
  const round = Math.floor(edit / draft.sentences.length);
  const letters = [...draft.text.slice(sentence.start, sentence.end).matchAll(/\p{L}/gu)].map((match) => match.index!);
  const at = sentence.start + letters[(round * 7 + 1) % letters.length]!;
  return draft.text.slice(0, at + 1) + draft.text.slice(at);
}

// ---------------------------------------------------------------------------------------------
// Measurement

interface Timing {
  runs: number;
  median: number;
  p95: number;
}

/** Times `measured` after warm-up; `prepare` runs untimed before each run. */
function time(measured: () => void, prepare: (run: number) => void = () => {}, allowFewer = false): Timing {
  const warmUpStarted = performance.now();
  let run = 0;
  for (; run < warmUpRuns && (run < 2 || performance.now() - warmUpStarted < warmUpBudgetMs); run++) {
    prepare(run);
    measured();
  }
  const samples: number[] = [];
  const started = performance.now();
  for (; samples.length < targetRuns; run++) {
    prepare(run);
    const before = performance.now();
    measured();
    samples.push(performance.now() - before);
    if (allowFewer && samples.length >= minimumRuns && performance.now() - started > budgetMs) break;
  }
  samples.sort((a, b) => a - b);
  return { runs: samples.length, median: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}


function compromiseLoadMs(): number {
  const script = "const t = performance.now(); await import('compromise'); process.stdout.write(String(performance.now() - t));";
  const loads: number[] = [];
  for (let run = 0; run < 5; run++) {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`loading compromise failed: ${child.stderr}`);
    loads.push(Number(child.stdout));
  }
  return loads.sort((a, b) => a - b)[2]!;
}

// ---------------------------------------------------------------------------------------------
// Report

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
const verdict = (value: number, goal: number) => `${value <= goal ? 'met' : 'MISSED'} (goal ≤ ${goal} ms p95)`;


const cpu = cpus();
console.log('Attune benchmark');
console.log(`Machine: ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} · Node ${process.version} · ${process.platform}/${process.arch}`);
console.log(
  `Runs: ${targetRuns} timed after up to ${warmUpRuns} warm-up; the 5,000-word draft stops after ${budgetMs / 1000} s (at least ${minimumRuns} runs). Times in ms.`,
);

const drafts = sizes.map((size, index) => buildDraft(size, 1_000 + index));
const results = drafts.map((draft, index) => {
  const allowFewer = draft.words >= 5_000;
  const findings = analyze(draft.text).length;
  const cold = time(() => analyze(draft.text), () => clearCaches(), allowFewer);
  analyze(draft.text);
  const warm = time(() => analyze(draft.text), undefined, allowFewer);
  let unseen = '';
  const firstSight = time(
    () => analyze(unseen),
    (run) => {
      unseen = buildDraft(sizes[index]!, 100_000 * (index + 1) + run).text;
      clearCaches();
    },
    allowFewer,
  );
  const alex = time(() => alexText(draft.text), undefined, allowFewer);
  return { draft, findings, cold, warm, firstSight, alex };
});

printTable(
  'Full analysis: cold = every cache cleared before every run; warm = the same draft again; first sight = a new draft every run',
  ['words', 'sentences', 'findings', 'runs', 'cold median', 'cold p95', 'runs', 'warm median', 'warm p95', 'runs', 'first-sight median', 'first-sight p95'],
  results.map(({ draft, findings, cold, warm, firstSight }) => [
    draft.words.toLocaleString('en-US'),
    String(draft.sentences.length),
    String(findings),
    String(cold.runs),
    ms(cold.median),
    ms(cold.p95),
    String(warm.runs),
    ms(warm.median),
    ms(warm.p95),
    String(firstSight.runs),
    ms(firstSight.median),
    ms(firstSight.p95),
  ]),
);

printTable(
  'alex on the same texts (alex keeps no cache); ratios are Attune time / alex time',
  ['words', 'runs', 'alex median', 'alex p95', 'cold/alex median', 'cold/alex p95', 'first-sight/alex median', 'first-sight/alex p95'],
  results.map(({ draft, cold, firstSight, alex }) => [
    draft.words.toLocaleString('en-US'),
    String(alex.runs),
    ms(alex.median),
    ms(alex.p95),
    `${(cold.median / alex.median).toFixed(2)}×`,
    `${(cold.p95 / alex.p95).toFixed(2)}×`,
    `${(firstSight.median / alex.median).toFixed(2)}×`,
    `${(firstSight.p95 / alex.p95).toFixed(2)}×`,
  ]),
);

const editDraft = drafts[sizes.indexOf(1_000)]!;
let edited = editDraft.text;
const edit = time(
  () => analyze(edited),
  (run) => {
    // Every other sentence is in the cache, as it is while someone types; the edited one never is.
    analyze(editDraft.text);
    edited = editOneCharacter(editDraft, run);
  },
);
// Fixes are built when a finding's card first opens: the first finding of a draft never seen before, caches cleared.
let unseenFindings: ReturnType<typeof analyze> = [];
const cardOpen = time(
  () => unseenFindings[0]?.fixes,
  (run) => {
    clearCaches();
    unseenFindings = analyze(buildDraft(1_000, 500_000 + run).text);
  },
);
const loadMs = compromiseLoadMs();

printTable('Re-analysis after a one-character edit (1,000-word draft, a different sentence each run)', ['runs', 'median', 'p95'], [
  [String(edit.runs), ms(edit.median), ms(edit.p95)],
]);
printTable('Quick fixes of one finding, built when its card first opens (new 1,000-word draft, caches cleared)', ['runs', 'median', 'p95'], [
  [String(cardOpen.runs), ms(cardOpen.median), ms(cardOpen.p95)],
]);
console.log(`\ncompromise load time (import in a fresh process, median of 5): ${ms(loadMs)} ms`);

const full1000 = results[sizes.indexOf(1_000)]!;
console.log('\nGoals (1,000 words)');
console.log(`  full analysis, cold:        p95 ${ms(full1000.cold.p95).padStart(6)} ms  ${verdict(full1000.cold.p95, goals.fullP95Ms)}`);
console.log(`  full analysis, first sight: p95 ${ms(full1000.firstSight.p95).padStart(6)} ms  ${verdict(full1000.firstSight.p95, goals.fullP95Ms)}`);
console.log(`  one-character edit:         p95 ${ms(edit.p95).padStart(6)} ms  ${verdict(edit.p95, goals.editP95Ms)}`);

// Precision, recall and F1 of the detector on the hand-labelled development corpus (read in place, never copied).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../lib/engine/analyze';

interface CorpusRow {
  id: string;
  incoming: string;
  draft: string;
  label: 'me-too' | 'ok';
  spans: string[];
}

const corpusPath = resolve(process.env.ATTUNE_CORPUS ?? '../shared/corpus/dev.jsonl');
let rows: CorpusRow[];
try {
  rows = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as CorpusRow);
} catch (error) {
  console.error(`Cannot read the corpus at ${corpusPath}: ${(error as Error).message}`);
  process.exit(2);
}

const selfReferenceRules = ['me-too', 'presumed-understanding', 'self-story'];
const families: Record<string, string[]> = {
  'me-too families together': selfReferenceRules,
  'me-too families + self-focus': [...selfReferenceRules, 'self-focus'],
  ...Object.fromEntries([...selfReferenceRules, 'self-focus'].map((rule) => [rule, [rule]])),
};

const results = rows.map((row) => ({ row, findings: analyze(row.draft, { replyTo: row.incoming }) }));
const verbose = process.argv.includes('--verbose');

console.log(`Corpus: ${corpusPath} (${rows.length} rows, ${rows.filter((r) => r.label === 'me-too').length} me-too)\n`);
console.log('family'.padEnd(32), 'TP'.padStart(4), 'FP'.padStart(4), 'FN'.padStart(4), ' precision  recall      F1');
for (const [name, ruleIds] of Object.entries(families)) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const { row, findings } of results) {
    const fired = findings.some((finding) => ruleIds.includes(finding.ruleId));
    if (fired && row.label === 'me-too') truePositives++;
    else if (fired) falsePositives++;
    else if (row.label === 'me-too') falseNegatives++;
  }
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truePositives + falseNegatives);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  console.log(
    name.padEnd(32),
    String(truePositives).padStart(4),
    String(falsePositives).padStart(4),
    String(falseNegatives).padStart(4),
    precision.toFixed(3).padStart(10),
    recall.toFixed(3).padStart(7),
    f1.toFixed(3).padStart(7),
  );
}

const spanRows = results.filter(({ row }) => row.label === 'me-too');
const spansCovered = spanRows.flatMap(({ row, findings }) =>
  row.spans.map((span) => {
    const start = row.draft.indexOf(span);
    return findings.some((f) => selfReferenceRules.includes(f.ruleId) && f.range.start < start + span.length && start < f.range.end);
  }),
);
console.log(`\nSpan recall (a finding overlaps the labelled span): ${(spansCovered.filter(Boolean).length / spansCovered.length).toFixed(3)} of ${spansCovered.length} spans`);

const bySource = new Map<string, { right: number; total: number }>();
for (const { row, findings } of results) {
  const source = row.id.split('-')[0]!;
  const fired = findings.some((finding) => selfReferenceRules.includes(finding.ruleId));
  const entry = bySource.get(source) ?? { right: 0, total: 0 };
  entry.total++;
  if (fired === (row.label === 'me-too')) entry.right++;
  bySource.set(source, entry);
}
console.log('\nAccuracy by source:', [...bySource].map(([source, { right, total }]) => `${source} ${right}/${total}`).join(', '));

const clip = (text: string) => (verbose ? text : text.length > 160 ? `${text.slice(0, 157)}...` : text);
console.log('\nMisses (labelled me-too, nothing fired):');
for (const { row, findings } of results) {
  if (row.label === 'me-too' && !findings.some((f) => selfReferenceRules.includes(f.ruleId))) {
    console.log(`  ${row.id}: spans ${JSON.stringify(row.spans.map(clip))}`);
  }
}
console.log('\nFalse alarms (labelled ok, something fired):');
for (const { row, findings } of results) {
  if (row.label === 'ok') {
    for (const finding of findings.filter((f) => selfReferenceRules.includes(f.ruleId))) {
      console.log(`  ${row.id} [${finding.ruleId}]: "${clip(row.draft.slice(finding.range.start, finding.range.end))}"`);
    }
  }
}

#!/usr/bin/env node
// Runs Mozilla's add-ons linter on the Firefox build. Errors fail; so does any warning except React DOM's
// own innerHTML writes (its dangerouslySetInnerHTML support, which Attune never uses).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const buildDir = join(process.env.ATTUNE_OUT_DIR ?? '.output', 'firefox-mv3');
const run = spawnSync('npx', ['addons-linter', '--output', 'json', buildDir], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`addons-linter gave no report for ${buildDir}:\n${run.stderr}`);
  process.exit(1);
}

const isReactDomInnerHtml = (message) =>
  message.code === 'UNSAFE_VAR_ASSIGNMENT' &&
  message.file &&
  readFileSync(join(buildDir, message.file), 'utf8').includes('Minified React error');

const known = report.warnings.filter(isReactDomInnerHtml);
const problems = [...report.errors, ...report.warnings.filter((warning) => !isReactDomInnerHtml(warning))];
for (const problem of problems) {
  console.error(`${problem._type}: ${problem.code} ${problem.file ?? ''}${problem.line ? `:${problem.line}` : ''} — ${problem.message}`);
}
console.log(
  `addons-linter on ${buildDir}: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
    `(${known.length} from React DOM's innerHTML support), ${report.notices.length} notices`,
);
process.exit(problems.length > 0 ? 1 : 0);

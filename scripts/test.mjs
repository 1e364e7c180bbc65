#!/usr/bin/env node
// Every check, in order: types, unit tests, the Chrome and Firefox builds, then the end-to-end tests in
// Chromium. Stops at the first failure and always ends with one line: "Tests: N passed, M failed".
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM = '/usr/bin/chromium';
// The E2E build grants the fixture sites' origin up front; the shipped build asks per site.
const TEST_ORIGINS = 'http://127.0.0.1/*';

const reportDir = await mkdtemp(join(tmpdir(), 'attune-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const startedAt = Date.now();

const steps = [
  { name: 'type check', script: 'typecheck' },
  { name: 'unit tests', script: 'test:unit', report: 'unit.json' },
  { name: 'Chrome build', script: 'build', env: { ATTUNE_TEST_ORIGINS: TEST_ORIGINS } },
  { name: 'Firefox build', script: 'build:firefox' },
  { name: 'Firefox add-on lint', script: 'lint:firefox' },
  { name: 'end-to-end tests', script: 'test:e2e', report: 'e2e.json' },
];

// Chromium is checked first so nobody waits through the builds to learn it is missing.
const exitCode = existsSync(CHROMIUM) ? await runSteps() : reportMissingChromium();

await rm(reportDir, { recursive: true, force: true });
const seconds = Math.round((Date.now() - startedAt) / 1000);
console.log(`\nFinished in ${seconds}s`);
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(exitCode);

async function runSteps() {
  for (const step of steps) {
    const code = await runStep(step);
    const report = step.report ? await readReport(step.report) : null;
    countResults(report);
    if (code !== 0) {
      console.error(`\n✗ ${step.name} failed (exit code ${code})`);
      // A failure no test accounts for (a type error, a build error, a suite that would not load) still counts.
      if (!report?.numFailedTests) totals.failed += 1;
      return code;
    }
  }
  return 0;
}

function reportMissingChromium() {
  console.error(`Chromium not found at ${CHROMIUM}; the end-to-end tests drive it. Install it with:\n  apt-get install chromium`);
  totals.failed += 1;
  return 1;
}

function runStep({ name, script, env = {}, report }) {
  console.log(`\n▶ ${name} (npm run ${script})`);
  const args = ['run', script];
  if (report) args.push('--', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reportDir, report)}`);
  return new Promise((resolve) => {
    const child = spawn('npm', args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(1));
  });
}

async function readReport(file) {
  try {
    return JSON.parse(await readFile(join(reportDir, file), 'utf8'));
  } catch {
    return null;
  }
}

function countResults(report) {
  if (!report) return;
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

// The real `attune` bin in a child process, on files it writes to a temporary folder.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const bin = join(root, 'scripts/attune.mjs');
const severity = '(error|warning|info|hint)';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function attune(args: string[], options: { input?: string | Uint8Array; uid?: number } = {}): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      { cwd: root, maxBuffer: 64 * 1024 * 1024, ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }) },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
    child.stdin!.end(options.input ?? '');
  });
}

let folder: string;
/** Writes a file into the temporary folder and returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'attune-cli-'));
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const draft = ['Thanks for telling me.', 'I know exactly how you feel.', '', 'Me too!'];
const incoming = 'I feel so alone since my sister moved away, and I am exhausted from work.';

function expectUsageError(run: Run, message: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^attune: [^\n]+\n$/);
  expect(run.stderr).toMatch(message);
}

describe.concurrent('attune check: text output', { timeout: 30_000 }, () => {
  it('reports each finding as path:line:col: severity: message [rule-id] and exits 1', async ({ expect }) => {
    const path = file('multi-line.txt', draft.join('\n'));
    const run = await attune(['check', path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${escape(path)}:2:1: ${severity}: [^\\[]+ \\[presumed-understanding\\]$`));
    expect(lines[1]).toMatch(new RegExp(`^${escape(path)}:4:1: ${severity}: [^\\[]+ \\[me-too\\]$`));
  });

  it('counts lines and columns the same with CRLF line ends and a BOM', async ({ expect }) => {
    const plain = await attune(['check', file('plain.txt', draft.join('\n'))]);
    const windows = await attune(['check', file('windows.txt', `\uFEFF${draft.join('\r\n')}\r\n`)]);
    expect(windows.code).toBe(1);
    expect(positions(windows.stdout)).toEqual(positions(plain.stdout));
    expect(positions(windows.stdout)).toEqual(['2:1 presumed-understanding', '4:1 me-too']);
  });

  it('counts columns in UTF-16 code units after emoji, and in the middle of a CRLF line', async ({ expect }) => {
    const run = await attune(['check', file('emoji.txt', 'Hi.\r\nOh 😢😢 I know exactly how you feel.')]);
    expect(positions(run.stdout)).toEqual(['2:9 presumed-understanding']);
  });

  it('prints nothing and exits 0 when there is nothing to flag', async ({ expect }) => {
    const run = await attune(['check', file('receptive.txt', "I hear you. That sounds so hard, and I can't imagine how tiring it is.")]);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('reads standard input with no FILE or with -, reported as <stdin>', async ({ expect }) => {
    for (const args of [['check'], ['check', '-']]) {
      const run = await attune(args, { input: 'Oh no.\nMe too!' });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(new RegExp(`^<stdin>:2:1: ${severity}: [^\\n]+ \\[me-too\\]\\n$`));
    }
    expect(await attune(['check'], { input: 'Take all the time you need.' })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('reviews several files in order, stdin among them', async ({ expect }) => {
    const first = file('first.txt', 'Me too!');
    const last = file('last.txt', 'That sounds lonely.');
    const run = await attune(['check', first, '-', last], { input: 'I know exactly how you feel.' });
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n').map((line) => line.split(':').slice(0, 3).join(':'))).toEqual([`${first}:1:1`, '<stdin>:1:1']);
  });
});

describe.concurrent('attune check --json', { timeout: 30_000 }, () => {
  it('prints one document: [{ file, diagnostics: [{ ruleId, severity, message, start, end, line, column, text, fixes }] }]', async ({ expect }) => {
    const path = file('json.txt', `\uFEFF${draft.join('\r\n')}`);
    const clean = file('json-clean.txt', 'That sounds exhausting.');
    const run = await attune(['check', '--json', path, clean]);
    expect(run.code).toBe(1);
    const reports = JSON.parse(run.stdout) as { file: string; diagnostics: Record<string, unknown>[] }[];
    expect(reports.map((report) => report.file)).toEqual([path, clean]);
    expect(reports[1]!.diagnostics).toEqual([]);
    const text = draft.join('\r\n'); // offsets count from after the BOM
    const [first, second] = reports[0]!.diagnostics;
    expect(Object.keys(first!)).toEqual(['ruleId', 'severity', 'message', 'start', 'end', 'line', 'column', 'text', 'fixes']);
    expect(first).toMatchObject({ ruleId: 'presumed-understanding', line: 2, column: 1, start: text.indexOf('I know'), text: 'I know exactly how you feel' });
    expect(second).toMatchObject({ ruleId: 'me-too', line: 4, column: 1, start: text.indexOf('Me too') });
    for (const diagnostic of reports[0]!.diagnostics) {
      expect(text.slice(diagnostic.start as number, diagnostic.end as number)).toBe(diagnostic.text);
      expect(diagnostic.severity).toMatch(new RegExp(`^${severity}$`));
      expect(diagnostic.message).toEqual(expect.any(String));
      expect(diagnostic.fixes).toContainEqual(
        expect.objectContaining({ title: expect.any(String), edits: [expect.objectContaining({ start: expect.any(Number), end: expect.any(Number), newText: expect.any(String) })] }),
      );
    }
  });

  it('gives UTF-16 offsets after emoji', async ({ expect }) => {
    const run = await attune(['check', '--json', '-'], { input: '😢😢 I know exactly how you feel.' });
    const [report] = JSON.parse(run.stdout) as { file: string; diagnostics: { start: number; column: number }[] }[];
    expect(report!.file).toBe('<stdin>');
    expect(report!.diagnostics[0]).toMatchObject({ start: 5, column: 6 });
  });

  it('prints an empty report and exits 0 when nothing is flagged', async ({ expect }) => {
    const run = await attune(['check', '--json'], { input: 'How are you holding up?' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([{ file: '<stdin>', diagnostics: [] }]);
  });
});

describe.concurrent('attune check --reply-to', { timeout: 30_000 }, () => {
  it("builds the reflection fixes from the feelings in the message being replied to", async ({ expect }) => {
    const reply = file('incoming.txt', incoming);
    const titles = async (args: string[]) => {
      const run = await attune(['check', '--json', ...args], { input: 'Oh no. I know exactly how you feel.' });
      const [report] = JSON.parse(run.stdout) as { diagnostics: { fixes: { title: string }[] }[] }[];
      return report!.diagnostics.flatMap((diagnostic) => diagnostic.fixes.map((fix) => fix.title)).join('\n');
    };
    expect(await titles(['--reply-to', reply])).toMatch(/alone/);
    expect(await titles([])).not.toMatch(/alone/);
  });
});

describe.concurrent('attune: usage and input errors exit 2 with one line on stderr', { timeout: 30_000 }, () => {
  it('a missing file', async () => {
    expectUsageError(await attune(['check', join(folder, 'nowhere.txt')]), /nowhere\.txt: no such file/);
  });

  it('a directory', async () => {
    const directory = join(folder, 'a-folder');
    mkdirSync(directory, { recursive: true });
    expectUsageError(await attune(['check', directory]), /a-folder: is a directory/);
  });

  it('an unreadable file', async () => {
    // root reads any file, so the child drops to "nobody" when the tests run as root.
    const locked = mkdtempSync(join(tmpdir(), 'attune-cli-locked-'));
    try {
      chmodSync(locked, 0o755);
      const path = join(locked, 'locked.txt');
      writeFileSync(path, 'Me too!');
      chmodSync(path, 0o000);
      const uid = process.getuid?.() === 0 ? 65534 : undefined;
      expectUsageError(await attune(['check', path], { uid }), /locked\.txt: cannot be read \(permission denied\)/);
    } finally {
      rmSync(locked, { recursive: true, force: true });
    }
  });

  it('a file that is not UTF-8, without echoing its text', async () => {
    const path = file('latin1.txt', Uint8Array.from([...new TextEncoder().encode('Me too, caf'), 0xe9, 0x21]));
    const run = await attune(['check', path]);
    expectUsageError(run, /latin1\.txt: not UTF-8 text/);
    expect(run.stderr).not.toMatch(/too|caf/);
  });

  it('UTF-16 text', async () => {
    const path = file('utf16.txt', Buffer.from('\uFEFFMe too!', 'utf16le'));
    expectUsageError(await attune(['check', path]), /utf16\.txt: not UTF-8 text/);
    expectUsageError(await attune(['check'], { input: Buffer.from('Me too!', 'utf16le') }), /<stdin>: not UTF-8 text/);
  });

  it('a missing or unreadable --reply-to file', async () => {
    expectUsageError(await attune(['check', '--reply-to', join(folder, 'gone.txt')], { input: 'Me too!' }), /gone\.txt: no such file/);
  });

  it('an unknown option', async () => {
    expectUsageError(await attune(['check', '--fix', 'x.txt']), /unknown option '--fix'/);
    expectUsageError(await attune(['--fast']), /unknown option '--fast'/);
  });

  it('--reply-to without a value', async () => {
    expectUsageError(await attune(['check', '--reply-to']), /--reply-to needs a FILE/);
    expectUsageError(await attune(['check', '--reply-to', '--json', 'x.txt']), /--reply-to needs a FILE/);
  });

  it('an unknown command', async () => {
    expectUsageError(await attune(['lint', 'x.txt']), /unknown command 'lint'/);
  });

  it('no command at all prints the usage on stderr', async () => {
    const run = await attune([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Usage:\n {2}attune check/);
  });

  it('one bad file among good ones stops before any output', async () => {
    const good = file('good.txt', 'Me too!');
    expectUsageError(await attune(['check', good, join(folder, 'missing.txt')]), /missing\.txt: no such file/);
  });
});

describe.concurrent('attune help and version', { timeout: 30_000 }, () => {
  it.each([['--help'], ['help'], ['check', '--help']])('%s prints the usage on stdout and exits 0', async (...args) => {
    const run = await attune(args);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/attune check \[--json\] \[--reply-to FILE\] \[FILE \.\.\. \| -\]/);
    expect(run.stdout).toMatch(/attune reflect/);
  });

  it('--version prints the package version', async ({ expect }) => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(await attune(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe.concurrent('attune reflect', { timeout: 30_000 }, () => {
  it('lists the feelings (flavor and words, with line:col) and the reflections to answer with', async ({ expect }) => {
    const path = file('message.txt', `Long week.\r\n${incoming}`);
    const run = await attune(['reflect', path]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`^Feelings in ${escape(path)}:\\n`));
    expect(run.stdout).toMatch(/^ {2}2:11 +alone +“alone”/m);
    expect(run.stdout).toMatch(/^ {2}2:\d+ +exhausted +“exhausted”/m);
    expect(run.stdout).toMatch(/^Reflections:\n {2}reflect +[^\n]*alone/m);
  });

  it('--json prints the feelings with positions and the suggestions', async ({ expect }) => {
    const run = await attune(['reflect', '--json'], { input: incoming });
    const report = JSON.parse(run.stdout) as { file: string; feelings: Record<string, unknown>[]; suggestions: Record<string, unknown>[] };
    expect(report.file).toBe('<stdin>');
    expect(report.feelings[0]).toMatchObject({ flavor: 'alone', surface: 'alone', start: incoming.indexOf('alone'), line: 1, column: incoming.indexOf('alone') + 1 });
    expect(report.suggestions.length).toBeGreaterThan(0);
    expect(report.suggestions[0]).toMatchObject({ style: expect.any(String), text: expect.stringMatching(/alone/) });
  });

  it('says so when there is no feeling to reflect', async ({ expect }) => {
    const run = await attune(['reflect', '-'], { input: 'Are we still on for lunch on Friday?' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^No feelings found in <stdin>\./);
  });

  it('exits 2 on a missing file or more than one file', async () => {
    expectUsageError(await attune(['reflect', join(folder, 'absent.txt')]), /absent\.txt: no such file/);
    expectUsageError(await attune(['reflect', 'a.txt', 'b.txt']), /one message at a time/);
  });
});

describe('attune check on a 1 MB input', () => {
  it('completes with every finding at its line and column', { timeout: 60_000 }, async () => {
    const { text, expected } = megabyteDraft();
    const run = await attune(['check', file('megabyte.txt', text)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(positions(run.stdout)).toEqual(expected);
  });
});

/** "line:col rule-id" of each reported finding. */
function positions(stdout: string): string[] {
  return stdout
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const match = /:(\d+):(\d+): \w+: .+ \[([\w-]+)\]$/.exec(line);
      return match ? `${match[1]}:${match[2]} ${match[3]}` : line;
    });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A 1 MB reply of CRLF paragraphs, varied so few sentences repeat, with a claim to know how they
 * feel at the end of every 400th paragraph.
 */
function megabyteDraft(): { text: string; expected: string[] } {
  const openers = ['That sounds', 'It must feel', 'Honestly, that is', 'What you describe sounds', 'It seems'];
  const adjectives = ['hard', 'draining', 'lonely', 'confusing', 'heavy', 'unfair', 'frightening', 'painful'];
  const questions = ['How are you sleeping', 'Who is with you', 'What would help', 'How is your week going', 'Do you want company'];
  const times = ['tonight', 'this week', 'right now', 'lately', 'since the move', 'after the hearing', 'at work'];
  const claim = 'I know exactly how you feel.';
  const paragraphs: string[] = [];
  const expected: string[] = [];
  let size = 0;
  for (let index = 0; size < 1024 * 1024; index++) {
    const sentences: string[] = [];
    for (let n = 0; n < 5; n++) {
      const k = index * 5 + n;
      sentences.push(`${openers[k % 5]} ${adjectives[k % 8]} ${times[k % 7]}, and thank you for telling me.`, `${questions[k % 5]} ${times[(k + 3) % 7]}?`);
    }
    if (index % 400 === 399) {
      const line = sentences.join(' ');
      expected.push(`${index * 2 + 1}:${line.length + 2} presumed-understanding`);
      sentences.push(claim);
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 4;
  }
  return { text: paragraphs.join('\r\n\r\n'), expected };
}

import { readFileSync, statSync } from 'node:fs';
import { readFeelings, suggestReflections } from '../reflect';
import { parseArgs, STDIN, usage } from './args';
import { checkDocuments, checkExitCode, formatCheckJson, formatCheckText, type Document } from './check';
import { decodeText, describeReadError } from './input';
import { formatReflectJson, formatReflectText, reflectReport } from './reflect';

const stdinName = '<stdin>';

/** A problem with an input: reported in one line on stderr, exit status 2. */
class InputError extends Error {}

/** The `attune` command: the only place that touches argv, files, stdin, stdout and the exit status. */
export async function main(argv: readonly string[]): Promise<void> {
  // A reader closing the pipe early (`attune check big.txt | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  try {
    process.exitCode = await run(argv);
  } catch (error) {
    process.stderr.write(`attune: ${error instanceof InputError ? error.message : describeInternalError(error)}\n`);
    process.exitCode = 2;
  }
}

async function run(argv: readonly string[]): Promise<number> {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      process.stdout.write(`${usage}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${readVersion()}\n`);
      return 0;
    case 'usage-error':
      process.stderr.write(argv.length === 0 ? `${usage}\n` : `attune: ${command.message} (see attune --help)\n`);
      return 2;
    case 'check': {
      const stdin = command.files.includes(STDIN) || command.replyTo === STDIN ? await readStdin() : undefined;
      const replyTo = command.replyTo === undefined ? undefined : readInput(command.replyTo, stdin);
      const documents: Document[] = command.files.map((file) => ({
        file: file === STDIN ? stdinName : file,
        text: readInput(file, stdin),
      }));
      const reports = checkDocuments(documents, replyTo);
      process.stdout.write(command.json ? formatCheckJson(reports) : formatCheckText(reports));
      return checkExitCode(reports);
    }
    case 'reflect': {
      const text = readInput(command.file, command.file === STDIN ? await readStdin() : undefined);
      const report = reflectReport(
        command.file === STDIN ? stdinName : command.file,
        text,
        readFeelings(text),
        suggestReflections({ incoming: text }),
      );
      process.stdout.write(command.json ? formatReflectJson(report) : formatReflectText(report));
      return 0;
    }
  }
}

/** Names the failure and where it happened, never its message: a message could quote the draft. */
function describeInternalError(error: unknown): string {
  if (!(error instanceof Error)) return 'internal error';
  const frame = error.stack?.split('\n').find((line) => line.trimStart().startsWith('at '));
  return `internal error: ${error.name}${frame ? ` ${frame.trim()}` : ''}`;
}

function readInput(file: string, stdin: Uint8Array | undefined): string {
  const name = file === STDIN ? stdinName : file;
  const decoded = decodeText(file === STDIN ? stdin! : readBytes(file));
  if (!decoded.ok) throw new InputError(`${name}: ${decoded.reason}`);
  return decoded.text;
}

function readBytes(file: string): Uint8Array {
  try {
    // Checked first: reading a directory fails differently on each platform. Pipes (`<(…)`) are fine.
    if (statSync(file).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    return readFileSync(file);
  } catch (error) {
    throw new InputError(`${file}: ${describeReadError(error)}`);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function readVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/** What the command line asks for, or why it cannot be understood. */
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'check'; json: boolean; replyTo?: string; files: string[] }
  | { kind: 'reflect'; json: boolean; file: string }
  | { kind: 'usage-error'; message: string };

/** The name a draft read from standard input is reported under. */
export const STDIN = '-';

export const usage = `Usage:
  attune check [--json] [--reply-to FILE] [FILE ... | -]
      Reviews drafts for "me too" phrasing. Prints path:line:col: severity: message [rule-id].
      With no FILE, or with -, reads the draft from standard input.
      --json            print one JSON document: [{ file, diagnostics: [...] }]
      --reply-to FILE   the message being replied to; reflections are built from its feelings
  attune reflect [--json] [FILE | -]
      Lists the feelings in a message and suggests reflections to answer it with.
  attune help | --help     show this help
  attune --version         show the version

Exit status: 0 no findings, 1 findings, 2 usage or input error.`;

const helpFlags = new Set(['--help', '-h']);

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: 'usage-error', message: 'missing command' };
  if (command === 'help' || helpFlags.has(command)) return { kind: 'help' };
  if (command === '--version') return { kind: 'version' };
  if (command === 'check') return parseCheck(rest);
  if (command === 'reflect') return parseReflect(rest);
  if (command.startsWith('-')) return unknownOption(command);
  return { kind: 'usage-error', message: `unknown command '${command}'` };
}

function parseCheck(args: readonly string[]): Command {
  let json = false;
  let replyTo: string | undefined;
  const files: string[] = [];
  let optionsEnded = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (optionsEnded || !isOption(arg)) {
      files.push(arg);
    } else if (arg === '--') {
      optionsEnded = true;
    } else if (helpFlags.has(arg)) {
      return { kind: 'help' };
    } else if (arg === '--json') {
      json = true;
    } else if (arg === '--reply-to' || arg.startsWith('--reply-to=')) {
      if (replyTo !== undefined) return { kind: 'usage-error', message: '--reply-to given more than once' };
      const inline = arg.startsWith('--reply-to=') ? arg.slice('--reply-to='.length) : undefined;
      const value = inline ?? args[index + 1];
      if (value === undefined || value === '' || (inline === undefined && isOption(value) && value !== STDIN)) {
        return { kind: 'usage-error', message: '--reply-to needs a FILE' };
      }
      if (inline === undefined) index++;
      replyTo = value;
    } else {
      return unknownOption(arg);
    }
  }
  if (files.length === 0) files.push(STDIN);
  const stdinReads = files.filter((file) => file === STDIN).length + (replyTo === STDIN ? 1 : 0);
  if (stdinReads > 1) return { kind: 'usage-error', message: 'standard input (-) can be read only once' };
  return { kind: 'check', json, replyTo, files };
}

function parseReflect(args: readonly string[]): Command {
  let json = false;
  const files: string[] = [];
  let optionsEnded = false;
  for (const arg of args) {
    if (optionsEnded || !isOption(arg)) files.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (helpFlags.has(arg)) return { kind: 'help' };
    else if (arg === '--json') json = true;
    else return unknownOption(arg);
  }
  if (files.length > 1) return { kind: 'usage-error', message: 'reflect reads one message at a time' };
  return { kind: 'reflect', json, file: files[0] ?? STDIN };
}

/** A lone "-" is standard input, not an option. */
function isOption(arg: string): boolean {
  return arg.startsWith('-') && arg !== STDIN;
}

function unknownOption(option: string): Command {
  return { kind: 'usage-error', message: `unknown option '${option}'` };
}

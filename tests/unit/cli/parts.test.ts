import { describe, expect, it } from 'vitest';
import { parseArgs, type Command } from '../../../lib/cli/args';
import { decodeText, describeReadError } from '../../../lib/cli/input';
import { lineLocator } from '../../../lib/cli/positions';

describe('parseArgs', () => {
  const cases: { argv: string[]; command: Command }[] = [
    { argv: ['check'], command: { kind: 'check', json: false, replyTo: undefined, files: ['-'] } },
    { argv: ['check', 'a.txt', '-', 'b.txt'], command: { kind: 'check', json: false, replyTo: undefined, files: ['a.txt', '-', 'b.txt'] } },
    { argv: ['check', '--json', '--reply-to', 'in.txt', 'a.txt'], command: { kind: 'check', json: true, replyTo: 'in.txt', files: ['a.txt'] } },
    { argv: ['check', '--reply-to=in.txt', 'a.txt'], command: { kind: 'check', json: false, replyTo: 'in.txt', files: ['a.txt'] } },
    { argv: ['check', '--reply-to', '-', 'a.txt'], command: { kind: 'check', json: false, replyTo: '-', files: ['a.txt'] } },
    { argv: ['check', '--', '--json'], command: { kind: 'check', json: false, replyTo: undefined, files: ['--json'] } },
    { argv: ['check', '--help'], command: { kind: 'help' } },
    { argv: ['reflect'], command: { kind: 'reflect', json: false, file: '-' } },
    { argv: ['reflect', '--json', 'in.txt'], command: { kind: 'reflect', json: true, file: 'in.txt' } },
    { argv: ['help'], command: { kind: 'help' } },
    { argv: ['--help'], command: { kind: 'help' } },
    { argv: ['-h'], command: { kind: 'help' } },
    { argv: ['--version'], command: { kind: 'version' } },
  ];
  it.each(cases)('$argv', ({ argv, command }) => {
    expect(parseArgs(argv)).toEqual(command);
  });

  const errors: { argv: string[]; message: string }[] = [
    { argv: [], message: 'missing command' },
    { argv: ['lint'], message: "unknown command 'lint'" },
    { argv: ['--verbose'], message: "unknown option '--verbose'" },
    { argv: ['check', '--fix'], message: "unknown option '--fix'" },
    { argv: ['check', '--reply-to'], message: '--reply-to needs a FILE' },
    { argv: ['check', '--reply-to', '--json'], message: '--reply-to needs a FILE' },
    { argv: ['check', '--reply-to='], message: '--reply-to needs a FILE' },
    { argv: ['check', '--reply-to', 'a', '--reply-to', 'b'], message: '--reply-to given more than once' },
    { argv: ['check', '-', '-'], message: 'standard input (-) can be read only once' },
    { argv: ['check', '--reply-to', '-'], message: 'standard input (-) can be read only once' },
    { argv: ['reflect', 'a.txt', 'b.txt'], message: 'reflect reads one message at a time' },
    { argv: ['reflect', '--reply-to', 'a.txt'], message: "unknown option '--reply-to'" },
  ];
  it.each(errors)('$argv is a usage error', ({ argv, message }) => {
    expect(parseArgs(argv)).toEqual({ kind: 'usage-error', message });
  });
});

describe('lineLocator', () => {
  const cases: { text: string; offset: number; line: number; column: number }[] = [
    { text: 'abc', offset: 0, line: 1, column: 1 },
    { text: 'abc', offset: 2, line: 1, column: 3 },
    { text: 'ab\ncd', offset: 3, line: 2, column: 1 },
    { text: 'ab\r\ncd', offset: 4, line: 2, column: 1 },
    { text: 'ab\r\ncd', offset: 5, line: 2, column: 2 },
    { text: 'ab\rcd', offset: 3, line: 2, column: 1 },
    { text: 'a\n\n\nb', offset: 4, line: 4, column: 1 },
    { text: '😀 x', offset: 3, line: 1, column: 4 },
    { text: 'x\r\n\r\n😀😀 y', offset: 10, line: 3, column: 6 },
    { text: 'end\n', offset: 4, line: 2, column: 1 },
  ];
  it.each(cases)('$offset in $text', ({ text, offset, line, column }) => {
    expect(lineLocator(text)(offset)).toEqual({ line, column });
  });
});

describe('decodeText', () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  it('drops a leading BOM only', () => {
    expect(decodeText(Uint8Array.of(0xef, 0xbb, 0xbf, ...encode('Hi \uFEFF')))).toEqual({ ok: true, text: 'Hi \uFEFF' });
  });
  it('keeps CRLF, emoji and combining marks as they are', () => {
    expect(decodeText(encode('Cafe\u0301 😀\r\n'))).toEqual({ ok: true, text: 'Cafe\u0301 😀\r\n' });
  });
  it.each([
    { name: 'a lone continuation byte', bytes: Uint8Array.of(0x68, 0x80, 0x69) },
    { name: 'Latin-1 é', bytes: Uint8Array.of(0x63, 0x61, 0x66, 0xe9) },
    { name: 'a UTF-16 byte order mark', bytes: Uint8Array.of(0xff, 0xfe, 0x68, 0x00) },
    { name: 'a truncated sequence', bytes: Uint8Array.of(0xf0, 0x9f, 0x98) },
  ])('rejects $name', ({ bytes }) => {
    expect(decodeText(bytes)).toEqual({ ok: false, reason: 'not UTF-8 text' });
  });
  it('rejects NUL bytes (binary or UTF-16 without a BOM)', () => {
    expect(decodeText(Uint8Array.of(0x68, 0x00, 0x69, 0x00))).toMatchObject({ ok: false });
  });
});

describe('describeReadError', () => {
  it.each([
    { code: 'ENOENT', reason: 'no such file' },
    { code: 'EISDIR', reason: 'is a directory' },
    { code: 'EACCES', reason: 'cannot be read (permission denied)' },
    { code: 'EIO', reason: 'cannot be read (EIO)' },
  ])('$code', ({ code, reason }) => {
    expect(describeReadError(Object.assign(new Error(), { code }))).toBe(reason);
  });
});

/** The text of one input, or a one-line reason it cannot be reviewed. */
export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const byteOrderMark = '\uFEFF';

/**
 * Reads bytes as UTF-8 text. A leading BOM is dropped so offsets count from the first real
 * character; NUL bytes mean binary or UTF-16, which would otherwise decode to nonsense silently.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'not UTF-8 text' };
  }
  if (text.includes('\0')) return { ok: false, reason: 'not UTF-8 text (it contains NUL bytes)' };
  return { ok: true, text: text.startsWith(byteOrderMark) ? text.slice(1) : text };
}

/** Turns a file system error into a short reason that names no content. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'ENOTDIR':
      return 'no such file (a parent is not a directory)';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    default:
      return `cannot be read (${code ?? 'unknown error'})`;
  }
}

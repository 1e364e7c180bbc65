// Sizes of the built extension's files, and what the content script is made of (from its hidden source map).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuiltFile {
  path: string;
  raw: number;
  gzip: number;
}

/** Every shipped file under `dir` (source maps left out), largest first. */
export function builtFiles(dir: string): BuiltFile[] {
  const files: BuiltFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!entry.name.endsWith('.map')) {
        const content = readFileSync(path);
        files.push({ path: relative(dir, path).split(sep).join('/'), raw: content.length, gzip: gzipSync(content, { level: 9 }).length });
      }
    }
  };
  walk(dir);
  return files.sort((a, b) => b.raw - a.raw);
}

export interface Contributor {
  name: string;
  /** Characters of the minified bundle that the source map traces to it. */
  chars: number;
}

/**
 * Characters of `bundle` per npm package (or, for Attune's own code, per top-level folder and lib/ subfolder), from
 * its source map; null when the build left no map. Helper code the bundler wrote itself counts as "(bundler)".
 */
export function bundleContributors(bundle: string): Contributor[] | null {
  if (!existsSync(`${bundle}.map`)) return null;
  const map = JSON.parse(readFileSync(`${bundle}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const lines = readFileSync(bundle, 'utf8').split('\n');
  const charsBySource = new Map<number, number>();
  const count = (source: number, chars: number) => charsBySource.set(source, (charsBySource.get(source) ?? 0) + chars);
  let source = 0;
  map.mappings.split(';').forEach((line, lineIndex) => {
    const lineLength = lines[lineIndex]?.length ?? 0;
    // Each segment runs from its column to the next segment's; the source index is relative to the previous one.
    let column = 0;
    let previous: { column: number; source: number } | null = null;
    for (const segment of line ? line.split(',') : []) {
      const fields = decodeVlq(segment);
      column += fields[0]!;
      if (previous) count(previous.source, column - previous.column);
      if (fields.length >= 4) {
        source += fields[1]!;
        previous = { column, source };
      } else {
        previous = { column, source: -1 };
      }
    }
    if (previous) count(previous.source, lineLength - previous.column);
  });
  const byName = new Map<string, number>();
  for (const [index, chars] of charsBySource) {
    const name = index < 0 ? '(bundler)' : contributorName(map.sources[index] ?? '');
    byName.set(name, (byName.get(name) ?? 0) + chars);
  }
  return [...byName].map(([name, chars]) => ({ name, chars })).sort((a, b) => b.chars - a.chars);
}

function contributorName(source: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (inPackage) return inPackage[1]!;
  const own = /(?:^|\/)(lib\/[^/]+|components|entrypoints)\//.exec(source);
  return own ? `attune: ${own[1]}` : source.replace(/^(\.\.\/)+/, '');
}

const VLQ_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers in one source-map segment (base64 VLQ, sign in the lowest bit). */
function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = VLQ_DIGITS.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

import { parseSitePattern } from './site-patterns';

/**
 * Sites v1 → v2. Version 1 stored bare host names (`["portal.example.org"]`), reviewed over https;
 * version 2 stores match patterns (`["https://portal.example.org/*"]`) so a site can be a wildcard or a path.
 * Entries that name no valid site are dropped. A value that is not a list is left for the read check to reset.
 */
export function migrateSitesToPatterns(sites: unknown): unknown {
  if (!Array.isArray(sites)) return sites;
  const patterns: string[] = [];
  for (const host of sites) {
    const pattern = typeof host === 'string' ? parseSitePattern(host) : undefined;
    if (pattern?.ok && !patterns.includes(pattern.value)) patterns.push(pattern.value);
  }
  return patterns;
}

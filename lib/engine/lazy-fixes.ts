import type { Finding, Fix } from './types';

type FindingWithoutFixes = Omit<Finding, 'fixes'>;

/**
 * Gives a finding fixes that are built when first read. Reflections cost more than finding the phrase,
 * and a user opens one card at a time (VS Code asks for code actions the same way, only when the user looks).
 */
export function withLazyFixes<T extends FindingWithoutFixes>(finding: T, build: () => Fix[]): T & { fixes: Fix[] } {
  let built: Fix[] | undefined;
  return Object.defineProperty(finding, 'fixes', { enumerable: true, get: () => (built ??= build()) }) as T & { fixes: Fix[] };
}

/** The same finding with some fields changed and fixes derived from its own, still built only when read. */
export function deriveFinding(finding: Finding, changes: Partial<FindingWithoutFixes>, deriveFixes: (fixes: Fix[]) => Fix[]): Finding {
  const { ruleId, severity, source, range, message, why } = finding;
  return withLazyFixes({ ruleId, severity, source, range, message, why, ...changes }, () => deriveFixes(finding.fixes));
}

import { parseSentence, type ParsedSentence } from '../nlp/compromise';
import { rules as allRules } from '../rules';
import type { Rule, RuleContext, SentenceView } from '../rules/types';
import { findQuotedRanges, splitSentences, type SentenceSpan } from '../text/sentences';
import { buildFixes } from './fixes';
import { withLazyFixes } from './lazy-fixes';
import type { AnalyzeOptions, Finding, TextRange } from './types';

type FoundPhrase = Omit<Finding, 'fixes'>;

const tagQuestion = /\b(you know|y'know|ya know|right|ok|okay|eh|lol)\s*\?+$/i;

/** Reviews a draft: text in, findings with exact UTF-16 ranges and quick fixes out. */
export function analyze(draft: string, options: AnalyzeOptions = {}, rules: readonly Rule[] = allRules): Finding[] {
  const spans = splitSentences(draft);
  const sentences = spans.filter((span) => !span.isQuotedLine).map(toSentenceView);
  if (sentences.length === 0) return [];
  const quotedLines = spans.filter((span) => span.isQuotedLine).map((span) => span.text.replace(/^\s*>\s?/, ''));
  const replyTo = [options.replyTo ?? '', ...quotedLines].filter(Boolean).join('\n') || undefined;
  const context: RuleContext = { draft, sentences, quoted: findQuotedRanges(draft) };
  const ignored = (options.ignoredPhrases ?? []).map(normalizePhrase).filter(Boolean);

  const findings: FoundPhrase[] = [];
  for (const rule of rules) {
    const setting = options.rules?.[rule.meta.id];
    if (setting?.enabled === false) continue;
    for (const hit of rule.check(context)) {
      const text = draft.slice(hit.start, hit.end);
      if (ignored.some((phrase) => normalizePhrase(text).includes(phrase))) continue;
      findings.push({
        ruleId: rule.meta.id,
        severity: setting?.severity ?? rule.meta.defaultSeverity,
        source: 'attune',
        range: { start: hit.start, end: hit.end },
        message: fillMessage(rule.meta.message, hit.data),
        why: rule.meta.why,
      });
    }
  }
  const kept = withoutRepeats(findings).sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return kept.map((finding) =>
    withLazyFixes(finding, () => {
      const reflectRange = isMessageLevel(finding) ? finding.range : sameSentenceSpan(finding, kept, sentences);
      return buildFixes({ draft, range: finding.range, reflectRange, ruleId: finding.ruleId, sentences, replyTo, reflection: options.reflection });
    }),
  );
}

// One place, one finding: a story flagged by a sharper rule ("I went through the same thing") is not flagged again.
const specificity = ['presumed-understanding', 'me-too', 'self-story'];

function rank(finding: FoundPhrase): number {
  const index = specificity.indexOf(finding.ruleId);
  return index === -1 ? specificity.length : index;
}

function isMessageLevel(finding: FoundPhrase): boolean {
  return rank(finding) === specificity.length;
}

function withoutRepeats(findings: FoundPhrase[]): FoundPhrase[] {
  const kept: FoundPhrase[] = [];
  // The phrase ranges kept so far, by start. They never overlap one another, so the one that starts last before a
  // finding ends is the only one it can repeat: a pasted document with thousands of findings stays quick.
  const taken: TextRange[] = [];
  for (const finding of [...findings].sort((a, b) => rank(a) - rank(b))) {
    if (isMessageLevel(finding)) {
      kept.push(finding);
      continue;
    }
    const { start, end } = finding.range;
    let low = 0;
    let high = taken.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (taken[middle]!.start < end) low = middle + 1;
      else high = middle;
    }
    if ((taken[low - 1]?.end ?? -1) > start) continue;
    taken.splice(low, 0, finding.range);
    kept.push(finding);
  }
  return kept;
}

/**
 * "I know exactly how you feel, my mom died too": a reflection replaces every self-reference in the
 * sentence at once, so applying it leaves no half-fixed sentence behind.
 */
function sameSentenceSpan(finding: FoundPhrase, findings: FoundPhrase[], sentences: SentenceView[]): TextRange {
  const sentence = sentences.find((s) => finding.range.start >= s.start && finding.range.start < s.end);
  if (!sentence) return finding.range;
  const inSentence = findings.filter(
    (other) => !isMessageLevel(other) && other.range.start >= sentence.start && other.range.end <= sentence.end,
  );
  return {
    start: Math.min(...inSentence.map((other) => other.range.start)),
    end: Math.max(...inSentence.map((other) => other.range.end)),
  };
}

function toSentenceView(span: SentenceSpan, index: number): SentenceView {
  const isQuestion = span.text.trimEnd().endsWith('?') && !tagQuestion.test(span.text);
  // Rules read `parsed` once per pattern: looking the sentence up in the cache once keeps a long draft's analysis linear.
  let parsed: ParsedSentence | undefined;
  return {
    index,
    start: span.start,
    end: span.end,
    text: span.text,
    isQuestion,
    get parsed() {
      return (parsed ??= parseSentence(span.text));
    },
  };
}

/** Case, curly quotes and spacing do not make a phrase different. */
export function normalizePhrase(phrase: string): string {
  return phrase.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

function fillMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, key: string) => String(data[key] ?? placeholder));
}

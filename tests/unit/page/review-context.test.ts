// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/engine/types';
import { readQuotedText, setQuotesAside } from '@/lib/page/draft-quotes';
import { readEditableText } from '@/lib/page/editable-text';
import { ReviewContext } from '@/lib/page/review-context';
import { defaultSettings, type Settings } from '@/lib/settings/model';
import { settingsForPage } from '@/lib/settings/page-settings';

const PAGE_URL = 'https://portal.example.org/inbox/42';

function contextWith(settings: Partial<Settings> = {}): ReviewContext {
  return new ReviewContext(settingsForPage({ ...defaultSettings(), sites: ['https://portal.example.org/*'], ...settings }, PAGE_URL));
}

/** Lays out a page and returns its reply field, the element marked `data-field`. */
function fieldIn(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector<HTMLElement>('[data-field]')!;
}

/** Analyses a rich-text field the way the page reviewer does: its text and where each character lives. */
function analyzeEditor(context: ReviewContext, field: HTMLElement): { draft: string; findings: Finding[] } {
  const { text, pieces } = readEditableText(field, { collapseWhitespace: true });
  return { draft: text, findings: context.analyze(text, field, pieces) };
}

const firstReflection = (finding: Finding | undefined) => finding?.fixes.find((fix) => fix.kind === 'reflect')?.edits[0]?.newText;

const patientAbove = (draft: string) => `
  <article class="message message--incoming" data-author="patient"><div class="message__body"><p>I feel so alone since the move.</p></div></article>
  <textarea data-field>${draft}</textarea>`;

describe('ReviewContext: the message being replied to', () => {
  it('reflects the feeling in the message the page shows above the field', () => {
    const field = fieldIn(patientAbove('Me too!'));
    const [finding] = contextWith().analyze('Me too!', field);
    expect(finding?.ruleId).toBe('me-too');
    expect(firstReflection(finding)).toContain('alone');
  });

  it.each([
    [true, "It sounds like you've been feeling really alone since the move. Is that right?"],
    [false, "It sounds like you've been feeling really alone since the move."],
  ])('follows the reflection style setting (check-in %s)', (checkIn, expected) => {
    const field = fieldIn(patientAbove('Me too!'));
    expect(firstReflection(contextWith({ reflection: { checkIn } }).analyze('Me too!', field)[0])).toBe(expected);
  });

  it('uses text the user picked instead of the page’s message', () => {
    const context = contextWith();
    const field = fieldIn(patientAbove('Me too!'));
    context.chooseReplyTo('  Honestly I feel trapped at work.  ');
    expect(context.replyToFor(field)).toBe('Honestly I feel trapped at work.');
    expect(firstReflection(context.analyze('Me too!', field)[0])).toMatch(/trapped|stuck|suffocated/);
  });

  it('uses no message at all once the user clears it, so the suggestion is a general reflection', () => {
    const context = contextWith();
    const field = fieldIn(patientAbove('Me too!'));
    context.chooseReplyTo('I feel trapped.');
    context.clearReplyTo();
    expect(context.replyToFor(field)).toBeUndefined();
    expect(firstReflection(context.analyze('Me too!', field)[0])).toBe('It sounds like this has been really hard. Is that right?');
  });

  it('goes back to the page’s message once a pick or a clear is forgotten', () => {
    const context = contextWith();
    const field = fieldIn(patientAbove(''));
    context.chooseReplyTo('I feel trapped.');
    context.forgetReplyToChoice();
    expect(context.replyToFor(field)).toBe('I feel so alone since the move.');
    context.clearReplyTo();
    context.forgetReplyToChoice();
    expect(context.replyToFor(field)).toBe('I feel so alone since the move.');
  });

  it('ignores a pick that is only whitespace', () => {
    const context = contextWith();
    const field = fieldIn(patientAbove(''));
    context.chooseReplyTo(' \n ');
    expect(context.replyToFor(field)).toBe('I feel so alone since the move.');
  });
});

describe('ReviewContext: text quoted in a rich-text draft', () => {
  const editorWithQuote = `
    <article class="post"><p>An older post about work.</p></article>
    <div contenteditable="true" data-field><blockquote><p>I feel so ashamed.</p><p>Me too, honestly.</p></blockquote><div>Me too!</div></div>`;

  it('is the message being replied to, ahead of the page’s message', () => {
    const field = fieldIn(editorWithQuote);
    expect(contextWith().replyToFor(field)).toBe('I feel so ashamed.\nMe too, honestly.');
  });

  it('is never flagged, while the user’s own words are, and reflections use the quoted feeling', () => {
    const context = contextWith();
    const { draft, findings } = analyzeEditor(context, fieldIn(editorWithQuote));
    expect(findings.map((finding) => draft.slice(finding.range.start, finding.range.end))).toEqual(['Me too']);
    expect(findings[0]!.range.start).toBe(draft.lastIndexOf('Me too'));
    expect(firstReflection(findings[0])).toContain('ashamed');
  });
});

describe('ReviewContext: settings', () => {
  const field = () => fieldIn(patientAbove(''));
  const draft = 'I know exactly how you feel. Me too!';
  const ruleIds = (context: ReviewContext) => context.analyze(draft, field()).map((finding) => finding.ruleId);

  it('flags every rule by default', () => {
    expect(ruleIds(contextWith())).toEqual(['presumed-understanding', 'me-too']);
  });

  it('leaves out a rule switched off', () => {
    expect(ruleIds(contextWith({ rules: { 'me-too': { enabled: false, severity: 'warning' } } }))).toEqual(['presumed-understanding']);
  });

  it('leaves out a rule switched off for this site only', () => {
    const siteOverrides = { 'https://portal.example.org/*': { 'presumed-understanding': { enabled: false } } };
    expect(ruleIds(contextWith({ siteOverrides }))).toEqual(['me-too']);
  });

  it('leaves out an ignored phrase', () => {
    expect(ruleIds(contextWith({ ignoredPhrases: ['me too'] }))).toEqual(['presumed-understanding']);
  });

  it('applies new settings to the next analysis', () => {
    const context = contextWith();
    context.useSettings(settingsForPage({ ...defaultSettings(), ignoredPhrases: ['I know exactly how you feel'] }, PAGE_URL));
    expect(ruleIds(context)).toEqual(['me-too']);
  });
});

describe('setQuotesAside', () => {
  it('blanks quoted characters and keeps offsets and line breaks', () => {
    const field = fieldIn('<div contenteditable="true" data-field><blockquote><p>I am lost.</p><p>So lost.</p></blockquote><p>Same here.</p></div>');
    const { text, pieces } = readEditableText(field, { collapseWhitespace: true });
    const aside = setQuotesAside(text, pieces, field);
    expect(text).toBe('I am lost.\nSo lost.\nSame here.');
    expect(aside.text).toBe(`${' '.repeat(10)}\n${' '.repeat(8)}\nSame here.`);
    expect(aside.quotedRanges).toEqual([{ start: 0, end: 19 }]);
  });

  it('leaves a draft without quotes as it is', () => {
    const field = fieldIn('<div contenteditable="true" data-field><p>Same <b>here</b>.</p></div>');
    const { text, pieces } = readEditableText(field, { collapseWhitespace: true });
    expect(setQuotesAside(text, pieces, field)).toEqual({ text, quotedRanges: [] });
  });
});

describe('readQuotedText', () => {
  it('reads each top-level quote once, nested quotes inside it', () => {
    const field = fieldIn('<div data-field><blockquote>Outer <blockquote>inner</blockquote></blockquote><blockquote>Second</blockquote></div>');
    expect(readQuotedText(field)).toBe('Outer\ninner\nSecond');
  });

  it('is undefined for a textarea, whose "> " lines the engine reads itself', () => {
    expect(readQuotedText(fieldIn('<textarea data-field>&gt; quoted line</textarea>'))).toBeUndefined();
  });
});

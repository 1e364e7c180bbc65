import { analyze } from '../engine/analyze';
import { deriveFinding } from '../engine/lazy-fixes';
import type { Finding } from '../engine/types';
import type { PageSettings } from '../settings/page-settings';
import { readQuotedText, setQuotesAside, touchesQuote } from './draft-quotes';
import type { TextPiece } from './editable-text';
import { findReplyTarget } from './reply-target';

/** The user's own say about the message being replied to, which overrides what the page shows. */
type ReplyToChoice = { kind: 'chosen'; text: string } | { kind: 'cleared' };

/**
 * What a field's analysis needs besides its draft: the settings that apply on this page and the message being
 * replied to. That message lives here in memory for as long as the page does: it is never stored, sent or logged.
 */
export class ReviewContext {
  private choice: ReplyToChoice | undefined;

  constructor(private pageSettings: PageSettings) {}

  get settings(): PageSettings {
    return this.pageSettings;
  }

  useSettings(settings: PageSettings): void {
    this.pageSettings = settings;
  }

  /** Text the user picked on the page ("Reply to this with Attune"); every field replies to it until cleared. */
  chooseReplyTo(text: string): void {
    const trimmed = text.trim();
    if (trimmed) this.choice = { kind: 'chosen', text: trimmed };
  }

  /** The user said this is not the message they reply to: no field uses one until they pick another. */
  clearReplyTo(): void {
    this.choice = { kind: 'cleared' };
  }

  /** Back to the message the page shows, as when the page moves on to another conversation. */
  forgetReplyToChoice(): void {
    this.choice = undefined;
  }

  /** The message `field` answers: picked by hand, else quoted in the draft, else the one the page shows above it. */
  replyToFor(field: Element): string | undefined {
    if (this.choice) return this.choice.kind === 'chosen' ? this.choice.text : undefined;
    return readQuotedText(field) ?? findReplyTarget(field)?.text;
  }

  /** Findings for a field's draft; `pieces` (rich-text fields) locate quoted passages, which are never flagged or edited. */
  analyze(draft: string, field: Element, pieces?: readonly TextPiece[]): Finding[] {
    const { text, quotedRanges } = pieces ? setQuotesAside(draft, pieces, field) : { text: draft, quotedRanges: [] };
    const { rules, ignoredPhrases, reflection } = this.pageSettings;
    const findings = analyze(text, { replyTo: this.replyToFor(field), rules, ignoredPhrases, reflection });
    if (quotedRanges.length === 0) return findings;
    return findings
      .filter((finding) => !touchesQuote(finding.range, quotedRanges))
      .map((finding) =>
        deriveFinding(finding, {}, (fixes) => fixes.filter((fix) => !fix.edits.some((edit) => touchesQuote(edit, quotedRanges)))),
      );
  }
}

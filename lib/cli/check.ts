import { analyze } from '../engine/analyze';
import type { Finding, Fix, Severity } from '../engine/types';
import { lineLocator } from './positions';

export interface Document {
  /** The path as the user wrote it, or "<stdin>". */
  file: string;
  text: string;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  /** The flagged words, so a reader of the JSON need not slice the file. */
  text: string;
  fixes: Fix[];
}

export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
}

export function checkDocuments(documents: readonly Document[], replyTo?: string): FileReport[] {
  return documents.map((document) => ({
    file: document.file,
    diagnostics: toDiagnostics(document.text, analyze(document.text, { replyTo })),
  }));
}

export function toDiagnostics(text: string, findings: readonly Finding[]): Diagnostic[] {
  const locate = lineLocator(text);
  return findings.map((finding) => ({
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    start: finding.range.start,
    end: finding.range.end,
    ...locate(finding.range.start),
    text: text.slice(finding.range.start, finding.range.end),
    fixes: finding.fixes,
  }));
}

/** The classic problem-matcher form, one finding a line: `path:line:col: severity: message [rule-id]`. */
export function formatCheckText(reports: readonly FileReport[]): string {
  return reports
    .flatMap((report) =>
      report.diagnostics.map(
        (diagnostic) =>
          `${report.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message} [${diagnostic.ruleId}]\n`,
      ),
    )
    .join('');
}

export function formatCheckJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(reports, null, 2)}\n`;
}

export function checkExitCode(reports: readonly FileReport[]): 0 | 1 {
  return reports.some((report) => report.diagnostics.length > 0) ? 1 : 0;
}

import type { FeelingMention, Reflection } from '../reflect';
import { lineLocator } from './positions';

export interface ReflectReport {
  file: string;
  feelings: (FeelingMention & { line: number; column: number })[];
  suggestions: Reflection[];
}

export function reflectReport(file: string, text: string, feelings: readonly FeelingMention[], suggestions: readonly Reflection[]): ReflectReport {
  const locate = lineLocator(text);
  return {
    file,
    feelings: feelings.map((feeling) => ({ ...feeling, ...locate(feeling.start) })),
    suggestions: [...suggestions],
  };
}

/** Two short sections: where each feeling is named, then the reflections to answer with. */
export function formatReflectText(report: ReflectReport): string {
  const lines: string[] = [];
  if (report.feelings.length === 0) {
    lines.push(`No feelings found in ${report.file}.`);
  } else {
    lines.push(`Feelings in ${report.file}:`);
    const whereWidth = Math.max(...report.feelings.map((feeling) => `${feeling.line}:${feeling.column}`.length));
    const flavorWidth = Math.max(...report.feelings.map((feeling) => feeling.flavor.length));
    for (const feeling of report.feelings) {
      const notes = [feeling.intensity, feeling.negated ? 'negated' : '', feeling.situation ?? ''].filter(Boolean);
      const where = `${feeling.line}:${feeling.column}`.padEnd(whereWidth);
      lines.push(`  ${where}  ${feeling.flavor.padEnd(flavorWidth)}  “${feeling.surface}” (${notes.join(', ')})`);
    }
  }
  if (report.suggestions.length === 0) {
    lines.push('No reflections to suggest.');
  } else {
    lines.push('Reflections:');
    const styleWidth = Math.max(...report.suggestions.map((suggestion) => suggestion.style.length));
    for (const suggestion of report.suggestions) lines.push(`  ${suggestion.style.padEnd(styleWidth)}  ${suggestion.text}`);
  }
  return `${lines.join('\n')}\n`;
}

export function formatReflectJson(report: ReflectReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

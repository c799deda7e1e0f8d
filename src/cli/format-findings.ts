/** Findings as text for a terminal, grouped per file and sheet, most severe first (like ESLint's default). */
import type { Finding } from '../checks/finding';
import { cliText } from '../domain/strings/en/cli';

export interface FileFindings {
  file: string;
  findings: Finding[];
}

export function formatText(results: FileFindings[]): string {
  const lines: string[] = [];
  const all = results.flatMap((r) => r.findings);
  for (const { file, findings } of results) {
    if (findings.length === 0) continue;
    lines.push(file);
    const sheets = [...new Set(findings.map((f) => f.sheet))];
    for (const sheet of sheets) {
      lines.push(`  ${sheet || cliText.check.wholeWorkbook}`);
      const mine = findings.filter((f) => f.sheet === sheet);
      const width = Math.max(...mine.map((f) => f.cell.length), 1);
      for (const f of mine) {
        const severity = cliText.check.severity[f.severity].padEnd(7);
        lines.push(`    ${f.cell.padEnd(width)}  ${severity}  ${f.message} ${f.fix}  ${f.rule}`);
      }
    }
    lines.push('');
  }
  if (all.length === 0) return cliText.check.clean(results.length);
  const count = (severity: Finding['severity']) => all.filter((f) => f.severity === severity).length;
  lines.push(cliText.check.summary(count('error'), count('warning'), count('info')));
  return lines.join('\n');
}

export function formatJson(results: FileFindings[]): string {
  return JSON.stringify(results.flatMap(({ file, findings }) => findings.map((f) => ({ file, ...f }))), null, 2);
}

import path from 'node:path';

export const FORMATS = ['docx', 'html', 'md', 'json', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];
export const DEFAULT_FORMATS: readonly Format[] = ['docx', 'html', 'md', 'json'];

/** dist/<report>/<quarter>/ */
export function outputFolder(outDir: string, report: string, quarter: string): string {
  return path.join(outDir, report, quarter);
}

/** <report>-<quarter>.<lang>.<ext>, or summary.json */
export function outputName(report: string, quarter: string, format: Format, language?: string): string {
  return format === 'json' ? 'summary.json' : `${report}-${quarter}.${language}.${format}`;
}

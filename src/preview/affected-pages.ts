import path from 'node:path';
import { parseQuarter } from '../quarter/index.js';

/** One report's quarter, as the preview shows it. */
export interface PageKey {
  readonly report: string;
  readonly quarter: string;
}

export function pageId({ report, quarter }: PageKey): string {
  return `${report}/${quarter}`;
}

/**
 * The pages among `pages` that a change to `file` can alter. A quarter's file
 * touches that quarter and the later ones (they compare with it and draw it in
 * their trend chart); report.yaml touches every quarter of its report;
 * anything outside the data folder (templates, the config file) touches all.
 */
export function affectedPages(dataDir: string, file: string, pages: readonly PageKey[]): PageKey[] {
  const relative = path.relative(dataDir, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return [...pages];
  const [report, folder] = relative.split(path.sep);
  const ofReport = pages.filter((page) => page.report === report);
  if (folder === undefined || !parseQuarter(folder)) return ofReport;
  return ofReport.filter((page) => page.quarter >= folder);
}

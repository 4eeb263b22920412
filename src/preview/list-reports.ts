import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPORT_FILE } from '../load/index.js';
import { parseQuarter } from '../quarter/index.js';
import type { IndexEntry } from './pages/index-page.js';

/**
 * The reports and quarters in the data folder, read afresh on each call (a
 * listing, cheap): a quarter started while the preview runs shows at once.
 * Never throws: a folder that cannot be read is left out.
 */
export function listReports(dataDir: string): IndexEntry[] {
  return folders(dataDir).map((report) => ({
    report,
    title: reportTitle(path.join(dataDir, report, REPORT_FILE)),
    quarters: folders(path.join(dataDir, report)).filter((name) => parseQuarter(name)).sort().reverse(),
  }));
}

/** Whether the data folder has this report's quarter: one look at the disk, for every request. */
export function hasQuarter(dataDir: string, report: string, quarter: string): boolean {
  // The names come from requestRoute: plain folder names, never a path.
  return parseQuarter(quarter) !== undefined && statSync(path.join(dataDir, report, quarter), { throwIfNoEntry: false })?.isDirectory() === true;
}

function folders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

function reportTitle(file: string): string | undefined {
  try {
    const title = (parse(readFileSync(file, 'utf8')) as { title?: { en?: unknown } } | null)?.title?.en;
    return typeof title === 'string' ? title : undefined;
  } catch {
    return undefined;
  }
}

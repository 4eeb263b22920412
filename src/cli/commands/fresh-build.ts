import type { Format } from '../../build/output-names.js';
import { renderReport, type RenderedFile } from '../../build/render-report.js';
import type { BuildCache } from '../../cache/index.js';
import { UsageError } from '../../errors.js';
import { loadData } from '../../load/index.js';
import { previousReportQuarter, quarterHistory, reportQuarter, type ReportQuarter } from '../../model/index.js';
import { MAX_TREND_QUARTERS } from '../../render/chart/trend-chart-svg.js';
import type { Language } from '../../schema/languages.js';
import { languagesOf, validateData } from '../../validate/index.js';
import type { Io } from '../io.js';
import { checkReportName } from '../options.js';
import { reportBuildProblems } from './build-problems.js';
import { failOnErrors } from './fail-on-errors.js';

export interface FreshBuildRequest {
  readonly quarter: string;
  readonly data: string;
  readonly report?: string;
  /** The languages checked: those asked for, or undefined for each report's own. */
  readonly languages: readonly Language[] | undefined;
  readonly formats: readonly Format[];
  readonly draft: boolean;
  readonly quiet: boolean;
  readonly verbose: boolean;
  readonly timestamp: Date;
  /** What the cache holds is reused, and what is made is kept in it. */
  readonly cache: BuildCache | undefined;
  readonly progress: (text: string) => void;
}

export type BuiltReport = { readonly name: string; readonly rendered: readonly RenderedFile[] };

/** Loads and validates the data, then renders each report that has the quarter (what the cache lacks of it). */
export async function freshBuild(request: FreshBuildRequest, io: Io): Promise<BuiltReport[]> {
  const { cache, quarter } = request;
  const built: BuiltReport[] = [];
  for (const { name, current, previous, history, languages } of validReports(request, io)) {
    request.progress(`building ${name} ${quarter} (${languages.join(', ')})…`);
    const render = { current, previous, history, languages, formats: request.formats, draft: request.draft, timestamp: request.timestamp };
    const rendered = cache && cache.reports.includes(name) ? await cache.render(name, render, renderReport) : await renderReport(render);
    // validate has filled in every summary already: a problem here is a fault of the tool.
    failOnErrors(rendered.problems, io);
    built.push({ name, rendered: rendered.files });
  }
  return built;
}

interface ReportToBuild {
  readonly name: string;
  readonly current: ReportQuarter;
  readonly previous: ReportQuarter | undefined;
  readonly history: readonly ReportQuarter[];
  /** The languages to build it in: those asked for that it is published in. */
  readonly languages: readonly Language[];
}

/**
 * The quarter of each report that has it, once the data has validated (the
 * problems are printed; errors stop the build). Only the quarters leave this
 * function: the parsed YAML, kept to point at problems, can then be freed
 * before the documents are built (half the memory of a large build).
 */
function validReports(request: FreshBuildRequest, io: Io): ReportToBuild[] {
  // The quarter, the one before, and as many before as the trend chart shows.
  const data = loadData({
    dataDir: request.data,
    cwd: io.cwd,
    report: checkReportName(request.report),
    quarter: request.quarter,
    trendQuarters: MAX_TREND_QUARTERS,
    store: request.cache?.files,
  });
  const reports = data.reports.filter((report) => report.quarters.some((quarter) => quarter.id === request.quarter));
  if (reports.length === 0) {
    throw new UsageError(`no report has data for ${request.quarter}`, 'check the quarter, or create it with `rag-report new-quarter`');
  }
  const problems = validateData(data, { quarter: request.quarter, languages: request.languages });
  const languages = Object.fromEntries(reports.map((report) => [report.name, languagesOf(report, request.languages)]));
  // Kept with each report's languages: a build that finds these inputs unchanged reads no report.yaml.
  request.cache?.keepProblems({ problems, languages });
  reportBuildProblems(problems, request, io);
  return reports.map((report) => {
    const current = reportQuarter(report, request.quarter)!;
    return {
      name: report.name,
      current,
      previous: previousReportQuarter(report, current),
      history: quarterHistory(report, request.quarter),
      languages: languages[report.name]!,
    };
  });
}

import type { Tally } from '../figures/index.js';
import type { Problem } from '../problems/index.js';
import { NOT_APPLICABLE } from '../schema/index.js';
import type { Table } from './docx-model.js';
import { importProblem } from './import-problem.js';
import type { ScaleRating } from './import-scale.js';
import { cellText } from './plain-text.js';
import { ratingOfWord } from './read-rating.js';

/** One line of a counts table as printed: "Amber 17 38%". */
export interface PrintedCount {
  readonly rating: string;
  readonly label: string;
  readonly count?: number;
  readonly percent?: number;
}

/**
 * The executive summary's counts table: a table whose rows start with a
 * rating ("Amber", "Red/Coch") followed by a number and a percentage. When
 * it gives two quarters side by side, the last pair is the quarter's own.
 */
export function findCountsTable(tables: readonly Table[], scale: readonly ScaleRating[]): PrintedCount[] | undefined {
  for (const table of tables) {
    const counts = table.rows.flatMap((row): PrintedCount[] => {
      const [first, ...rest] = row.map((cell) => cellText(cell).replace(/\s+/g, ' ').trim());
      const rating = first ? ratingOfWord(first, scale) : undefined;
      if (!rating) return [];
      const numbers = rest.filter((text) => /^\d+$/.test(text)).map(Number);
      const percents = rest.map((text) => /^(\d+(?:\.\d+)?)\s*%$/.exec(text)).filter(Boolean).map((match) => Number(match![1]));
      if (numbers.length === 0 && percents.length === 0) return [];
      return [{ rating, label: first!, count: numbers[numbers.length - 1], percent: percents[percents.length - 1] }];
    });
    if (counts.length >= 2) return counts;
  }
  return undefined;
}

/** A warning for each printed count or percentage that the rows do not give. */
export function checkCounts(printed: readonly PrintedCount[], tally: Tally, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const line of printed) {
    const notApplicable = line.rating === NOT_APPLICABLE;
    const count = notApplicable ? tally.notApplicable : tally.counts[line.rating];
    const percent = notApplicable ? undefined : tally.percent[line.rating];
    if (count === undefined) continue;
    const countWrong = line.count !== undefined && line.count !== count;
    const percentWrong = line.percent !== undefined && percent !== undefined && line.percent !== percent;
    if (!countWrong && !percentWrong) continue;
    const shown = `${line.label} ${line.count ?? ''}${line.percent !== undefined ? ` (${line.percent}%)` : ''}`.replace(/\s+/g, ' ').trim();
    const given = `${count}${percent !== undefined ? ` (${percent}%)` : ''}`;
    problems.push(
      importProblem(
        file,
        'import-counts-disagree',
        `the document prints ${shown}; its rows give ${given}`,
        `the imported ratings are the rows'; the figures rag-report prints come from them (percentages of the ${tally.rated} rated, rounded to add up to 100)`,
      ),
    );
  }
  return problems;
}

import type { Severity } from './problem.js';

/**
 * One kind of problem: its permanent code (the key in PROBLEMS), how serious
 * it is, and its words. Messages say what happened; hints say what to do.
 */
export interface ProblemKind<P> {
  readonly severity: Severity;
  /** One line for the README's table: what the code means. */
  readonly means: string;
  readonly message: (params: P) => string;
  readonly hint: (params: P) => string;
  /**
   * The text-format line for several of them in one file or folder ("17 texts
   * have no Welsh yet"). Without it, each is printed on its own line.
   */
  readonly many?: (count: number) => string;
  /** The hint under such a line, when the hint of each differs. Default: the first one's. */
  readonly manyHint?: string;
  /** Missing Welsh: an error when a Welsh document is built without --draft. */
  readonly welsh?: true;
}

/** Words made where the problem is found (a parser's message, a finding of a text check). */
interface Explained {
  readonly message: string;
  readonly hint: string;
}

function kind<P = void>(definition: ProblemKind<P>): ProblemKind<P> {
  return definition;
}

const SUMMARY_FIELDS =
  'refer only to figures that exist, such as {{current.counts.green}}, {{current.percent.amber}}, {{current.rated}} or {{previous.counts.red}}; write {{{{raw}}}}{{...}}{{{{/raw}}}} to show braces';

/**
 * Every problem the tool reports, in the order of the README's table (which a
 * test keeps equal to this). A new problem is a new entry here.
 */
export const PROBLEMS = {
  'yaml-syntax': kind<{ message: string; hint?: string }>({
    severity: 'error',
    means: 'the file is not valid YAML (bad indentation, an unquoted `: `, a tab)',
    message: (p) => p.message,
    hint: (p) => p.hint ?? 'check the indentation and quoting near this line; text containing ": " or starting with a special character needs quotes',
  }),
  'duplicate-key': kind<{ key: string }>({
    severity: 'error',
    means: 'the same field twice in one map',
    message: (p) => `the field ${JSON.stringify(p.key)} appears twice in the same map`,
    hint: () => 'a field may appear only once in a map: remove or rename one of them',
  }),
  'not-utf8': kind({
    severity: 'error',
    means: 'the file is not saved as UTF-8',
    message: () => 'the file is not valid UTF-8 text',
    hint: () => 'save the file as UTF-8 (in most editors: "Save with encoding" > UTF-8)',
  }),
  'unknown-field': kind<{ key: string; within?: string; suggestion?: string; allowed: readonly string[] }>({
    severity: 'error',
    means: 'a field the format does not have; the hint suggests the likely one (`udpate` → `update`)',
    message: (p) => `unknown field "${p.key}"${p.within ? ` in ${p.within}` : ''}`,
    hint: (p) => (p.suggestion ? `did you mean "${p.suggestion}"?` : `the fields allowed here are: ${p.allowed.join(', ')}`),
  }),
  'empty-file': kind<{ fields: readonly string[] }>({
    severity: 'error',
    means: 'the file holds nothing: it needs the fields of a section (or of report.yaml)',
    message: () => 'the file is empty',
    hint: (p) => `it holds the fields ${p.fields.join(', ')} (see the README)`,
  }),
  'missing-field': kind<{ field: string; hint: string }>({
    severity: 'error',
    means: 'a required field is missing',
    message: (p) => `missing required field "${p.field}"`,
    hint: (p) => p.hint,
  }),
  'empty-text': kind<{ field: string; isUpdate: boolean }>({
    severity: 'error',
    means: 'a required text (such as an update) is empty',
    message: (p) => `"${p.field}" is empty`,
    hint: (p) => (p.isUpdate ? 'write the progress update for this quarter' : 'fill it in, or remove the line if the field is optional'),
    many: (count) => `${count} texts are empty`,
  }),
  'invalid-value': kind<{ message: string; hint: string }>({
    severity: 'error',
    means: 'a value of the wrong kind (a list where text belongs, a bad colour)',
    message: (p) => p.message,
    hint: (p) => p.hint,
  }),
  'unknown-rating': kind<{ message: string; suggestion?: string; allowed: string }>({
    severity: 'error',
    means: '`rag:` is not a rating of the report\'s scale; the hint suggests the closest and lists the allowed ones',
    message: (p) => p.message,
    hint: (p) => `${p.suggestion ? `did you mean "${p.suggestion}"? ` : ''}${p.allowed}`,
  }),
  'section-mismatch': kind<{ section: string; file: string }>({
    severity: 'error',
    means: '`section:` differs from the file name',
    message: (p) => `section: "${p.section}" differs from the file name "${p.file}.yaml"`,
    hint: (p) => `write section: ${JSON.stringify(p.file)}, or rename the file`,
  }),
  'missing-section': kind<{ section: string; reportFile: string; line: number; quarter: string }>({
    severity: 'error',
    means: 'report.yaml lists a section the quarter has no file for',
    message: (p) => `section "${p.section}" is listed in ${p.reportFile}${p.line ? ` (line ${p.line})` : ''} but ${p.quarter} has no file for it`,
    hint: (p) => `add ${p.section}.yaml to the ${p.quarter} folder, or remove "${p.section}" from the sections list`,
  }),
  'unlisted-section': kind<{ section: string; reportFile: string }>({
    severity: 'error',
    means: 'a section file report.yaml does not list',
    message: (p) => `section "${p.section}" is not listed in ${p.reportFile}`,
    hint: (p) => `add "${p.section}" to the sections list in ${p.reportFile} where it belongs in the report, or remove this file`,
  }),
  'duplicate-section': kind<{ section: string }>({
    severity: 'error',
    means: 'report.yaml lists a section twice',
    message: (p) => `section "${p.section}" is listed twice`,
    hint: () => 'list each section once, in report order',
  }),
  'duplicate-id': kind<{ id: string; quarter: string; first: string }>({
    severity: 'error',
    means: 'two actions of one quarter share an id',
    message: (p) => `the action id "${p.id}" is used twice in ${p.quarter}`,
    hint: (p) => `it is first used at ${p.first}; give each action its own id (ids link an action across quarters)`,
  }),
  'bad-quarter-folder': kind<{ folder: string }>({
    severity: 'error',
    means: 'a folder in a report whose name is not a quarter such as 2023Q2',
    message: (p) => `the folder "${p.folder}" is not named as a quarter`,
    hint: () => 'name quarter folders YYYYQn, e.g. 2023Q2 for July to September 2023 (financial year 2023/24)',
  }),
  'missing-report-file': kind<{ report: string }>({
    severity: 'error',
    means: 'a report folder without report.yaml',
    message: (p) => `the report folder "${p.report}" has no report.yaml`,
    hint: () => 'add report.yaml describing the report (see the README), or move the folder out of the data folder',
  }),
  'wrong-extension': kind<{ rename: string }>({
    severity: 'error',
    means: 'a `.yml` file: section files end in `.yaml`',
    message: () => 'section files end in .yaml; this one is ignored',
    hint: (p) => `rename it to ${p.rename}`,
  }),
  'outside-data': kind({
    severity: 'error',
    means: 'a file that links to a place outside the data folder',
    message: () => 'this file is a link to a place outside the data folder, and is not read',
    hint: () => 'copy the file into the data folder instead of linking to it',
  }),
  'unreadable-file': kind<{ message: string; hint?: string }>({
    severity: 'error',
    means: 'a file that cannot be read: a link to nothing or in a loop, a named pipe, a folder named like a data file',
    message: (p) => p.message,
    hint: (p) => p.hint ?? 'check that it is a file and that you may read it',
  }),
  'front-matter-language': kind<{ message: string }>({
    severity: 'error',
    means: "a summary's front matter is marked as another language than YAML (`---js`, `---json`): it is never read, let alone run",
    message: (p) => p.message,
    hint: () => 'write the front matter as YAML between two plain --- lines; the first line is --- alone',
  }),
  'control-character': kind<Explained>({
    severity: 'error',
    means: 'a text holds a control character (U+0001, an escape, a vertical tab) that Word and LibreOffice cannot open',
    message: (p) => p.message,
    hint: (p) => p.hint,
  }),
  'markdown-image': kind<Explained>({
    severity: 'error',
    means: 'a text shows an image (`![...](...)`): the reports embed only their own charts',
    message: (p) => p.message,
    hint: (p) => p.hint,
  }),
  'unsafe-link': kind<Explained>({
    severity: 'error',
    means: 'a link that is not http(s), mailto, relative or `#` (`javascript:`, `data:`, `vbscript:`, `file:`)',
    message: (p) => p.message,
    hint: (p) => p.hint,
  }),
  'nested-too-deep': kind<Explained>({
    severity: 'error',
    means: 'lists, quotes or emphasis nested more than 9 levels deep',
    message: (p) => p.message,
    hint: (p) => p.hint,
  }),
  'too-large': kind<Explained>({
    severity: 'error',
    means: 'a data file over 32 MB (found before it is read), a text over 10 MB, or a file whose YAML aliases expand past 32 MB',
    message: (p) => p.message,
    hint: (p) => p.hint,
  }),
  'front-matter-figure': kind<{ key: string }>({
    severity: 'error',
    means: "a summary's front matter sets a figure (`current: {counts: {green: 999}}`): the summary would disagree with summary.json",
    message: (p) => `the front matter sets "${p.key}", which is one of the figures the summary refers to`,
    hint: (p) => `remove "${p.key}" from the front matter, or rename it: {{${p.key}...}} must come from the data, as in summary.json`,
  }),
  'bad-logo': kind<{ reason: string; hint: string }>({
    severity: 'error',
    means: "report.yaml's `logo` is not a PNG or JPEG file inside the data folder",
    message: (p) => `the logo cannot be used: ${p.reason}`,
    hint: (p) => p.hint,
  }),
  'bad-template': kind<{ reason: string; hint: string }>({
    severity: 'error',
    means: "report.yaml's `template` is not a file inside the data folder, or the template cannot make the report (its {{ }}, a field the report lacks, a directive)",
    message: (p) => `the report template cannot be used: ${p.reason}`,
    hint: (p) => p.hint,
  }),
  'narrative-field': kind<{ reason: string }>({
    severity: 'error',
    means: 'summary.<lang>.md refers to a figure that does not exist, or its {{ }} are not closed',
    message: (p) => `the summary cannot be filled in: ${p.reason}`,
    hint: () => SUMMARY_FIELDS,
  }),
  'render-failed': kind<{ message: string }>({
    severity: 'error',
    means: '`preview`: rendering a quarter failed in the tool itself (an edited template that is broken, or a fault to report)',
    message: (p) => `rag-report failed: ${p.message}`,
    hint: () => 'this is a fault of the tool or of an edited template, not of your data: please report it with the file you saved',
  }),
  'bad-translation-file': kind<{ message: string; hint: string }>({
    severity: 'error',
    means: '`translations import`: the XLIFF or CSV file cannot be read (exit 2)',
    message: (p) => p.message,
    hint: (p) => p.hint,
  }),
  'missing-welsh': kind<{ field: string }>({
    severity: 'warning',
    means: 'a text has no Welsh (an error when a Welsh document is built without `--draft`)',
    message: (p) => `"${p.field}" has no Welsh text`,
    hint: () =>
      'add `cy:` beside `en:`, or hand the texts to a translator with `rag-report translations export`; ' +
      'while the report is published in English only, say so in report.yaml with `languages: [en]`',
    many: (count) => `${count} texts have no Welsh yet`,
    welsh: true,
  }),
  'missing-welsh-summary': kind<{ english: string }>({
    severity: 'warning',
    means: 'summary.en.md has prose but summary.cy.md is missing or empty (an error when a Welsh document is built without `--draft`)',
    message: (p) => `there is ${p.english} but no Welsh summary beside it`,
    hint: () => 'write summary.cy.md with the Welsh of the summary',
    welsh: true,
  }),
  'stale-welsh': kind<{ field: string; hash: string }>({
    severity: 'warning',
    means: 'the English changed after the Welsh was translated',
    message: (p) => `the English of "${p.field}" has changed since its Welsh was translated`,
    hint: (p) =>
      `update the Welsh, then set its \`cy_source:\` to ${p.hash} (or delete that line); ` +
      '`rag-report translations export` hands it to a translator, and `translations import` clears it',
    many: (count) => `${count} Welsh texts were translated from English that has since changed`,
    manyHint:
      'update each Welsh text, then set its `cy_source:` to the value `rag-report validate --verbose` shows for it (or delete that line); ' +
      '`rag-report translations export` hands them to a translator, and `translations import` clears them',
  }),
  'language-not-published': kind<{ published: readonly string[]; asked: readonly string[] }>({
    severity: 'warning',
    means: "`--lang` (or rag-report.yaml's `languages`) asks only for languages a report is not published in (its report.yaml's `languages`): nothing of it is checked or built",
    message: (p) => `the report is published in ${p.published.join(', ')} only (languages: in this file), so nothing of it is checked or built in ${p.asked.join(', ')}`,
    hint: (p) => `build it with --lang ${p.published.join(',')}, or add the language to \`languages:\` here once its texts are written`,
  }),
  'no-change-reason': kind<{ id: string; from: string; to: string; since: string }>({
    severity: 'warning',
    means: 'a rating moved since the previous quarter with no `change_reason`',
    message: (p) => `the rating of "${p.id}" moved from ${p.from} to ${p.to} since ${p.since} with no change_reason`,
    hint: () => 'add `change_reason: { en: ..., cy: ... }`: a clause read after "as", e.g. "the Annual Report has been published."',
    many: (count) => `${count} ratings moved with no change_reason`,
  }),
  'needless-change-reason': kind<{ id: string; rating: string; since: string }>({
    severity: 'warning',
    means: 'a `change_reason` on an action whose rating did not move since the previous quarter',
    message: (p) => `"${p.id}" has a change_reason, but its rating is ${p.rating} as in ${p.since}`,
    hint: () => 'remove the change_reason (it is printed only beside a rating that moved), or change the rating',
  }),
  'change-reason-restates': kind<{ id: string }>({
    severity: 'warning',
    means: 'a `change_reason` that restates the move ("this moves from amber to green as …") instead of giving the reason',
    message: (p) => `the change_reason of "${p.id}" restates the move; the report already says it`,
    hint: () => 'write only the reason, read after "as": e.g. "the Annual Report has been published."',
  }),
  // `import` of a Word document: found where the document is read, so the words come with them.
  'import-no-rating': kind<Explained>({
    severity: 'error',
    means: "`import`: a row's RAG cell has no rating word and a shade close to no colour of the scale (or none)",
    message: (p) => p.message,
    hint: (p) => p.hint,
  }),
  'import-no-action': kind<Explained>({
    severity: 'error',
    means: '`import`: a row has a rating but no action (a row that continues the one above has both cells empty)',
    message: (p) => p.message,
    hint: (p) => p.hint,
  }),
  'import-no-update': kind<Explained>({
    severity: 'error',
    means: '`import`: a row has an action but no progress update',
    message: (p) => p.message,
    hint: (p) => p.hint,
  }),
  'import-no-heading': kind<Explained>({
    severity: 'error',
    means: '`import`: an action table with no heading before it',
    message: (p) => p.message,
    hint: (p) => p.hint,
  }),
  'import-no-introduction': kind<Explained>({
    severity: 'warning',
    means: '`import` of a new report: the document has no Introduction, so report.yaml gets a placeholder',
    message: (p) => p.message,
    hint: (p) => p.hint,
  }),
  'import-unplaced-heading': kind<Explained>({
    severity: 'error',
    means: "`import` into an existing report: a heading that matches none of report.yaml's sections",
    message: (p) => p.message,
    hint: (p) => p.hint,
  }),
  'import-duplicate-section': kind<Explained>({
    severity: 'error',
    means: '`import`: two headings are the same section',
    message: (p) => p.message,
    hint: (p) => p.hint,
  }),
  'import-missing-section': kind<Explained>({
    severity: 'error',
    means: '`import`: report.yaml lists a section the document does not have',
    message: (p) => p.message,
    hint: (p) => p.hint,
  }),
  'import-counts-disagree': kind<Explained>({
    severity: 'warning',
    means: "`import`: the document's counts table prints a count or percentage its rows do not give",
    message: (p) => p.message,
    hint: (p) => p.hint,
  }),
} as const;

export type ProblemCode = keyof typeof PROBLEMS;

/** The parameters the message and hint of `code` are filled in with. */
export type ProblemParams<C extends ProblemCode> = Parameters<(typeof PROBLEMS)[C]['message']>[0];

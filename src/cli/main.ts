import { Command, CommanderError, Option } from 'commander';
import { ExitError, UsageError } from '../errors.js';
import { findConfigFile, settingsWithoutFile, type Settings } from '../config/settings-file.js';
import { fileSystemError } from '../write/file-system-error.js';
import { processIo, type Io } from './io.js';
import { paintFor } from './paint.js';
import { VERSION } from './version.js';

const DATA_HELP = 'the data folder holding one folder per report (default: from rag-report.yaml, or the nearest data folder at or above the working folder)';

/**
 * Runs the CLI on `argv` (without node and script) and resolves to the exit
 * code: 0 success, 1 the data is invalid, 2 usage error or failure of the tool.
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    return exitCodeFor(error, io);
  }
}

function buildProgram(io: Io): Command {
  const program = new Command('rag-report')
    .description(
      'Validate quarterly RAG (Red, Amber, Green) performance data kept as YAML, tally it, compare quarters, ' +
        'and build the English and Welsh reports as docx, HTML, Markdown and JSON.',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderr(text) })
    .addHelpText(
      'after',
      '\nExit codes: 0 success, 1 the data is invalid (every problem is listed), 2 usage error or failure of the tool.\n' +
        'Quarters are financial quarters: 2023Q2 is July to September 2023 (financial year 2023/24).\n\n' +
        'Explain one command with: rag-report help <command>\n\nExamples:\n  rag-report validate\n  rag-report build --quarter 2023Q2\n  rag-report compare --quarter 2023Q2',
    );

  program
    .command('validate')
    .description('check every report and quarter in the data folder and list every problem with file and line')
    .option('--data <dir>', DATA_HELP)
    .option('--report <name>', 'check only this report (a folder name under the data folder)')
    .option('--quarter <quarter>', 'check only this quarter, e.g. 2023Q2')
    .addOption(new Option('--format <format>', 'how to print the problems').choices(['text', 'json', 'github']).default('text'))
    .option('--strict', 'treat warnings (missing Welsh, unexplained rating changes) as errors')
    .option('--lang <languages>', "check only these languages, comma-separated: en, cy (default: rag-report.yaml's languages, or each report's)")
    .option(
      '--changed-files <file>',
      "with --format github: annotate only the files listed in <file> (one path a line, relative to this folder, as `git diff --name-only` writes them), errors first, within GitHub's limits; the other problems are listed in the log",
    )
    .option('--watch', 'check again every time a file in the data folder is saved, until Ctrl-C')
    .option('--no-cache', 'parse every file afresh: neither read nor keep files checked before in the cache (node_modules/.cache/rag-report)')
    .action(async (options) => (await import('./commands/validate.js')).validateCommand(options, io));

  program
    .command('build')
    .description('write the report documents for a quarter into the output folder')
    .option('--quarter <quarter>', 'the quarter to report on, e.g. 2023Q2 (required)')
    .option('--data <dir>', DATA_HELP)
    .option('--report <name>', 'build only this report (default: every report that has the quarter)')
    .option('--lang <languages>', "languages, comma-separated: en, cy (default: rag-report.yaml's languages, or each report's)")
    .option('--format <formats>', 'formats, comma-separated: docx, html, md, json, pdf (pdf needs LibreOffice) (default: rag-report.yaml\'s formats, or all but pdf)')
    .option('--out <dir>', 'the output folder, outside the data folder (default: rag-report.yaml\'s out, or dist beside the data folder)')
    .option('--draft', 'build even with Welsh missing: the untranslated texts are marked, and a document missing any says DRAFT on its first page')
    .option('--office <path>', "LibreOffice's soffice program, for pdf (default: $RAG_REPORT_OFFICE, then rag-report.yaml's office, then PATH, then the usual install folders)")
    .option('--no-cache', 'make every file afresh: neither read nor keep anything in the build cache (node_modules/.cache/rag-report)')
    .action(async (options) => (await import('./commands/build.js')).buildCommand(options, io));

  program
    .command('compare')
    .description('show the counts, percentages and rating changes of a quarter against the previous one')
    .option('--quarter <quarter>', 'the quarter, e.g. 2023Q2 (required)')
    .option('--with <quarter>', 'the quarter to compare with (default: the one before)')
    .option('--data <dir>', DATA_HELP)
    .option('--report <name>', 'only this report')
    .addOption(new Option('--format <format>', 'text for reading, json for the summary figures').choices(['text', 'json']).default('text'))
    .action(async (options) => (await import('./commands/compare.js')).compareCommand(options, io));

  program
    .command('preview')
    .description('serve the reports as web pages that show every save at once, with the problems over them; docx and PDF on demand')
    .option('--data <dir>', DATA_HELP)
    .option('--report <name>', 'open this report first (default: the index of every report)')
    .option('--quarter <quarter>', 'open this quarter first, e.g. 2023Q2')
    .option('--lang <languages>', "show only these languages, comma-separated: en, cy (default: rag-report.yaml's languages, or each report's)")
    .option('--port <port>', 'the port to serve on; the next free one when it is in use', '4321')
    .option('--host <address>', 'the address to serve on: only this machine by default; another address lets others on the network read the reports', '127.0.0.1')
    .option('--open', 'open the preview in the default browser')
    .option('--office <path>', "LibreOffice's soffice program, for the PDF download (default: $RAG_REPORT_OFFICE, then rag-report.yaml's office, then PATH, then the usual install folders)")
    .addHelpText('after', '\nStops with Ctrl-C. Writes nothing: the pages are rendered in memory.\n\nExample:\n  rag-report preview --quarter 2023Q2 --open')
    .action(async (options) => (await import('./commands/preview.js')).previewCommand(options, io));

  program
    .command('schema')
    .description('write the JSON Schemas of report.yaml and of a section file, for editors to complete and check YAML')
    .option('--out <dir>', 'the folder to write them to (default: print the section schema)')
    .action(async (options) => (await import('./commands/schema.js')).schemaCommand(options, io));

  program
    .command('new-quarter')
    .description('start the next quarter: copy sections, actions and ratings forward with empty updates to fill in')
    .option('--quarter <quarter>', 'the quarter to create, e.g. 2023Q3 (required)')
    .option('--from <quarter>', 'the quarter to copy (default: the one before; needed when it is not the latest)')
    .option('--data <dir>', DATA_HELP)
    .option('--report <name>', 'only this report (default: every report)')
    .action(async (options) => (await import('./commands/new-quarter.js')).newQuarterCommand(options, io));

  program
    .command('history')
    .description('show the counts and percentages of every quarter in the data, oldest first, and how they moved')
    .option('--data <dir>', DATA_HELP)
    .option('--report <name>', 'only this report')
    .addOption(new Option('--format <format>', 'how to print it').choices(['text', 'json', 'csv']).default('text'))
    .action(async (options) => (await import('./commands/history.js')).historyCommand(options, io));

  program
    .command('init')
    .description('start a new report repository: example data, CI workflow, editor settings and a README for staff')
    .argument('[dir]', 'the folder to create it in', '.')
    .action(async (dir, options) => (await import('./commands/init.js')).initCommand({ ...options, dir }, io));

  program
    .command('doctor')
    .description('check this computer: Node.js, rag-report, LibreOffice (for pdf), fonts, the data folder, the config file and the output folder')
    .option('--data <dir>', DATA_HELP)
    .option('--out <dir>', "the output folder build writes to (default: rag-report.yaml's out, or dist beside the data folder)")
    .option('--office <path>', "LibreOffice's soffice program (default: $RAG_REPORT_OFFICE, then rag-report.yaml's office, then PATH, then the usual install folders)")
    .action(async (options) => (await import('./commands/doctor.js')).doctorCommand(options, io));

  program
    .command('import')
    .description('read a report published in Word (.docx) into one quarter of YAML: ratings from the RAG cells, texts as Markdown')
    .argument('<file>', 'the Word document (.docx)')
    .requiredOption('--report <name>', 'the report it belongs to (a folder under the data folder; created with report.yaml when new)')
    .requiredOption('--quarter <quarter>', 'the quarter it reports on, e.g. 2023Q2; never one that exists')
    .option('--data <dir>', DATA_HELP)
    .option('--dry-run', 'print the files it would write, and write nothing')
    .addHelpText(
      'after',
      '\nThe document needs a heading per section (a Heading style or a bold line) and under it a table whose\n' +
        'header row reads like "Action Required | RAG | Quarter 2 Progress Update". A rating is the word in the\n' +
        'RAG cell (Red, Amber, Green, N/A, Yellow...), else the cell\'s colour. Into an existing report, sections\n' +
        'and actions keep their ids, matched by reference and text. A counts table that disagrees with the rows\n' +
        'is a warning.\n\nExample:\n  rag-report import "Q1 2023-24.docx" --report policing-protocol --quarter 2023Q1',
    )
    .action(async (file, options) => (await import('./commands/import.js')).importCommand({ ...options, file }, io));

  const translations = program
    .command('translations')
    .description('hand texts whose Welsh is missing or stale to a translator, and bring the Welsh back');
  translations
    .command('export')
    .description('write every text whose Welsh is missing or stale, with its English source and its place')
    .option('--quarter <quarter>', 'the quarter, e.g. 2023Q2 (required; report.yaml texts are included too)')
    .option('--data <dir>', DATA_HELP)
    .option('--report <name>', 'only this report')
    .addOption(new Option('--format <format>', 'xliff for translation tools, csv for a spreadsheet').choices(['xliff', 'csv']).default('xliff'))
    .option('--out <file>', 'the file to write, replaced if it exists (default: print it)')
    .action(async (options) => (await import('./commands/translations-export.js')).translationsExportCommand(options, io));
  translations
    .command('import')
    .description('write the Welsh of an exported file (xliff or csv) back into the YAML files, keeping comments and layout')
    .argument('<file>', 'the translated file')
    .option('--data <dir>', DATA_HELP)
    .action(async (file, options) => (await import('./commands/translations-import.js')).translationsImportCommand({ ...options, file }, io));

  for (const command of [...program.commands, ...translations.commands]) {
    if (command.commands.length > 0) continue;
    command.option('-q, --quiet', 'print errors only').option('--verbose', 'list every problem on its own line, with its hint');
  }
  program.hook('preAction', (_program, command) => applySettings(command, io));
  return program;
}

/** The commands that cannot run without --quarter (checked here, after unknown options, so that --quater is named as such). */
const NEEDS_QUARTER = new Set(['build', 'compare', 'new-quarter', 'export']);

/** Fills in the options not given on the command line from rag-report.yaml, or the data folder found upward. */
async function applySettings(command: Command, io: Io): Promise<void> {
  if (NEEDS_QUARTER.has(command.name()) && command.getOptionValue('quarter') === undefined) {
    command.error("error: required option '--quarter <quarter>' not specified", { code: 'commander.missingMandatoryOptionValue', exitCode: 2 });
  }
  // schema and init read no data: a broken rag-report.yaml above must not stop them.
  if (!command.options.some((option) => option.attributeName() === 'data')) return;
  const settings = await settingsFor(io.cwd);
  const unset = (name: string) =>
    command.options.some((option) => option.attributeName() === name) && command.getOptionValueSource(name) !== 'cli';
  if (unset('data')) command.setOptionValueWithSource('data', settings.data, 'config');
  if (unset('lang') && settings.languages) command.setOptionValueWithSource('lang', settings.languages.join(','), 'config');
  // Not an option: the config's office comes after $RAG_REPORT_OFFICE, which an option would override.
  if (['build', 'doctor', 'preview'].includes(command.name())) command.setOptionValueWithSource('officeFromConfig', settings.office, 'config');
  if (command.name() !== 'build' && command.name() !== 'doctor') return;
  if (unset('out')) command.setOptionValueWithSource('out', settings.out, 'config');
  if (unset('format') && settings.formats) command.setOptionValueWithSource('format', settings.formats.join(','), 'config');
  command.setOptionValueWithSource('configFile', settings.configFile, 'config');
}

/** rag-report.yaml's settings; the YAML parser and the schema it is checked with are loaded only when there is one. */
async function settingsFor(cwd: string): Promise<Settings> {
  return findConfigFile(cwd) ? (await import('../config/find-settings.js')).findSettings(cwd) : settingsWithoutFile(cwd);
}

function exitCodeFor(thrown: unknown, io: Io): number {
  const paint = paintFor(io);
  // A file-system error (a name too long, a link to nothing) is a usage error naming the path, not a fault.
  const error = fileSystemError(thrown);
  if (error instanceof ExitError) return error.exitCode;
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return 2; // commander has already printed the message
  }
  if (error instanceof UsageError) {
    io.stderr(`${paint.red('error:')} ${error.message}`);
    if (error.hint) io.stderr(`  ${paint.dim(`hint: ${error.hint}`)}`);
    return 2;
  }
  io.stderr(`${paint.red('rag-report failed:')} ${(error as Error)?.stack ?? String(error)}`);
  io.stderr('This is a fault of the tool, not of your data: please report it with the command you ran.');
  return 2;
}

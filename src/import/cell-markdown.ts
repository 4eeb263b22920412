import type { Block, Cell, Run } from './docx-model.js';

/** One piece of a cell's Markdown, before the pieces are joined. */
type Unit =
  | { readonly kind: 'line'; readonly text: string; readonly continues: boolean }
  | { readonly kind: 'item'; readonly ordered: boolean; readonly level: number; readonly number?: number; readonly text: string }
  | { readonly kind: 'table'; readonly text: string };

/** A number, a bullet or a dash typed at the start of a line, as people type lists in Word. */
const TYPED_NUMBER = /^(\d{1,3})[.)]\s+(?=\S)/;
const TYPED_BULLET = /^[-*\u2022\u00B7\u25AA\u25E6\u2013\u25CF\u27A2\u2192]\s+(?=\S)/;

/**
 * The cell's content as Markdown: paragraphs apart, Word lists (and lists
 * typed by hand with numbers or bullets) as Markdown lists, bold and italic
 * runs, links, and small tables as pipe tables. Empty paragraphs vanish.
 */
export function cellMarkdown(cell: Cell): string {
  return blocksMarkdown(cell.blocks);
}

export function blocksMarkdown(blocks: readonly Block[]): string {
  return joinUnits(blocks.flatMap(unitsOf));
}

function unitsOf(block: Block): Unit[] {
  if (block.kind === 'table') return [{ kind: 'table', text: tableMarkdown(block.rows) }];
  const text = inlineMarkdown(block.runs);
  if (block.list) {
    const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
    return lines.length === 0 ? [] : [{ kind: 'item', ordered: block.list.ordered, level: block.list.level, text: lines.join(' ') }];
  }
  return paragraphUnits(text);
}

/** Two line breaks in a row separate paragraphs; one is a line break, unless the next line starts a list item. */
function paragraphUnits(text: string): Unit[] {
  const units: Unit[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    let first = true;
    for (const raw of paragraph.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const number = TYPED_NUMBER.exec(line);
      const bullet = TYPED_BULLET.exec(line);
      if (number) units.push({ kind: 'item', ordered: true, level: 0, number: Number(number[1]), text: line.slice(number[0].length) });
      else if (bullet) units.push({ kind: 'item', ordered: false, level: 0, text: line.slice(bullet[0].length) });
      else units.push({ kind: 'line', text: escapeLineStart(line), continues: !first });
      first = false;
    }
  }
  return units;
}

function joinUnits(units: readonly Unit[]): string {
  let markdown = '';
  let previous: Unit | undefined;
  /** For each level of the open list: its kind, the column its items' text starts at, and its next number. */
  const open: { ordered: boolean; column: number; next: number }[] = [];
  for (const unit of units) {
    if (unit.kind !== 'item') {
      if (previous) markdown += previous.kind === 'line' && unit.kind === 'line' && unit.continues ? '\\\n' : '\n\n';
      markdown += unit.text;
      open.length = 0;
      previous = unit;
      continue;
    }
    const level = Math.min(unit.level, open.length);
    // Items of one list are written tight; a list of the other kind at the same level starts after a blank line.
    const switches = open[level] !== undefined && open[level]!.ordered !== unit.ordered;
    if (previous) markdown += previous.kind === 'item' && !(switches && level === 0) ? '\n' : '\n\n';
    if (previous?.kind !== 'item' || switches) open.length = level;
    open.length = Math.min(open.length, level + 1);
    const indent = level === 0 ? 0 : open[level - 1]!.column;
    const number = unit.number ?? open[level]?.next ?? 1;
    const marker = unit.ordered ? `${number}. ` : '- ';
    open[level] = { ordered: unit.ordered, column: indent + marker.length, next: number + 1 };
    markdown += `${' '.repeat(indent)}${marker}${unit.text}`;
    previous = unit;
  }
  return markdown;
}

/** Runs as inline Markdown: bold, italic and links kept, Markdown's own characters escaped. */
export function inlineMarkdown(runs: readonly Run[]): string {
  const merged: Run[] = [];
  for (const run of runs) {
    const text = run.text.replace(/\t/g, ' ');
    const last = merged[merged.length - 1];
    if (last && last.bold === run.bold && last.italic === run.italic && last.link === run.link) {
      merged[merged.length - 1] = { ...last, text: last.text + text };
    } else {
      merged.push({ ...run, text });
    }
  }
  return merged.map(runMarkdown).join('');
}

function runMarkdown(run: Run): string {
  // Emphasis is written round each line, spaces outside the markers, or Markdown would not read it.
  return run.text
    .split('\n')
    .map((line) => {
      const match = /^(\s*)(.*?)(\s*)$/s.exec(line)!;
      const [, before, core, after] = match as unknown as [string, string, string, string];
      if (!core) return line;
      let text = escapeInline(core);
      if (run.link) text = `[${text}](${linkDestination(run.link)})`;
      const marker = run.bold && run.italic ? '***' : run.bold ? '**' : run.italic ? '*' : '';
      return `${before}${marker}${text}${marker}${after}`;
    })
    .join('\n');
}

function escapeInline(text: string): string {
  return text
    .replace(/[\\`*[\]<]/g, (character) => `\\${character}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/_/g, (character, offset: number) =>
      /[\p{L}\p{N}]/u.test(text[offset - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[offset + 1] ?? '') ? character : `\\${character}`,
    );
}

/** A line that Markdown would read as a heading, quote, rule or list is escaped at its start. */
function escapeLineStart(line: string): string {
  if (/^(#{1,6}(\s|$)|>|\+\s|=+\s*$|-{3,}\s*$)/.test(line)) return `\\${line}`;
  return line;
}

function linkDestination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}

/** A table inside a cell as a pipe table: the first row is its header. */
function tableMarkdown(rows: readonly (readonly Cell[])[]): string {
  const texts = rows.map((row) => row.map((cell) => tableCellText(cell)));
  const width = Math.max(1, ...texts.map((row) => row.length));
  const line = (row: readonly string[]) => `| ${Array.from({ length: width }, (_, index) => row[index] ?? '').join(' | ')} |`;
  const [header = [], ...body] = texts;
  return [line(header), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join('\n');
}

/** A cell of a pipe table holds one line: its paragraphs are joined with spaces. */
function tableCellText(cell: Cell): string {
  return cell.blocks
    .flatMap((block) => (block.kind === 'paragraph' ? [inlineMarkdown(block.runs)] : [blocksMarkdown([block])]))
    .join(' ')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

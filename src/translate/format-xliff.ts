import { UsageError } from '../errors.js';
import type { ExportUnit } from './collect-units.js';

export interface XliffOptions {
  readonly quarter: string;
  readonly toolVersion: string;
}

/**
 * XLIFF 1.2, which every translation tool reads. The target is left empty
 * for the translator; a stale Welsh is offered as an `alt-trans` of type
 * previous-version, so a tool shows it without it counting as translated.
 */
export function formatXliff(units: readonly ExportUnit[], options: XliffOptions): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    `  <file original="rag-report ${escape(options.quarter)}" source-language="en-GB" target-language="cy-GB" datatype="plaintext" tool-id="rag-report">`,
    '    <header>',
    `      <tool tool-id="rag-report" tool-name="rag-report" tool-version="${escape(options.toolVersion)}"/>`,
    `      <note>Texts of ${escape(options.quarter)} whose Welsh is missing or out of date. Write the Welsh in each target, then run: rag-report translations import FILE</note>`,
    '    </header>',
    '    <body>',
    ...units.flatMap(unitLines),
    '    </body>',
    '  </file>',
    '</xliff>',
    '',
  ];
  return lines.join('\n');
}

function unitLines(unit: ExportUnit): string[] {
  const text = (value: string) => escape(value, unit);
  return [
    `      <trans-unit id="${text(unit.id)}" resname="${text(unit.field)}" xml:space="preserve">`,
    `        <source>${withPlaceholders(unit.english, unit)}</source>`,
    '        <target state="needs-translation"/>',
    '        <context-group purpose="location">',
    `          <context context-type="sourcefile">${text(unit.file)}</context>`,
    `          <context context-type="linenumber">${unit.line}</context>`,
    '        </context-group>',
    `        <note from="rag-report">${text(describe(unit))}</note>`,
    ...(unit.previousWelsh === undefined
      ? []
      : [`        <alt-trans alttranstype="previous-version"><target>${withPlaceholders(unit.previousWelsh, unit)}</target></alt-trans>`]),
    '      </trans-unit>',
  ];
}

/**
 * A narrative is a Handlebars template: its {{figures}} are marked as inline
 * codes, which translation tools copy to the target instead of translating.
 */
function withPlaceholders(value: string, unit: ExportUnit): string {
  if (unit.field !== 'narrative') return escape(value, unit);
  let count = 0;
  return value
    .split(/(\{\{[\s\S]*?\}\}\}?)/)
    .map((part, index) => (index % 2 === 0 ? escape(part, unit) : `<ph id="${(count += 1)}">${escape(part, unit)}</ph>`))
    .join('');
}

function describe(unit: ExportUnit): string {
  const where = `${unit.file}:${unit.line} ${unit.field}`;
  return unit.status === 'stale'
    ? `${where}: the English has changed since the Welsh was translated; the old Welsh is given as the previous version`
    : `${where}: no Welsh yet`;
}

/** Escapes for text and attribute values alike; a carriage return survives as &#13;. */
function escape(text: string, unit?: ExportUnit): string {
  // XML 1.0 cannot carry most control characters, even escaped.
  if (/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/.test(text)) {
    throw new UsageError(
      `${unit ? `${unit.file}:${unit.line} ${unit.field}` : 'a text'} holds a control character that XLIFF cannot carry`,
      'remove it from the YAML (it is invisible in most editors), or export with --format csv',
    );
  }
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}

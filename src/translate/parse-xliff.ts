import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { problem as catalogued, type Problem } from '../problems/index.js';
import type { ImportUnit, ReadUnits } from './import-unit.js';

/** An element as fast-xml-parser gives it with preserveOrder: `{ name: children, ':@': attributes }`. */
type XmlNode = Record<string, unknown>;

/**
 * The trans-units of an XLIFF 1.2 file, wherever they are (groups, several
 * files). A target a tool split into segments (`<mrk>`) is joined back.
 */
export function parseXliff(text: string, file: string): ReadUnits {
  const problem = (line: number, column: number, message: string, hint: string): Problem =>
    catalogued('bad-translation-file', { file, line, column }, { message, hint });
  // XLIFF needs no DOCTYPE; its entities could read files or expand without end.
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype) {
    const before = text.slice(0, doctype.index).split('\n');
    return {
      units: [],
      problems: [
        problem(before.length, before[before.length - 1]!.length + 1, 'the file has a DOCTYPE (entity declarations), which an XLIFF file does not need and rag-report does not read', 'remove the <!DOCTYPE ...> and any entities (&name;) it declares, or export the file again from the tool'),
      ],
    };
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return {
      units: [],
      problems: [problem(valid.err.line, valid.err.col, `the file is not well-formed XML: ${valid.err.msg}`, 'the translation tool may have saved it half-way: export it again from the tool')],
    };
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    captureMetaData: true,
    // Numeric character references (&#13;) need the entity table beyond XML's five.
    htmlEntities: true,
  });
  let nodes: XmlNode[];
  try {
    nodes = parser.parse(text) as XmlNode[];
  } catch (error) {
    return { units: [], problems: [problem(1, 1, `the file cannot be read as XLIFF: ${(error as Error).message.split('\n')[0]}`, 'export it again from the translation tool')] };
  }
  const root = nodes.find((node) => tagOf(node) !== undefined && tagOf(node) !== '?xml');
  if (!root || tagOf(root) !== 'xliff') {
    return {
      units: [],
      problems: [problem(1, 1, `the file is not XLIFF: its root element is <${root ? tagOf(root) : ''}>`, 'give the .xlf file that `rag-report translations export` wrote, translated')],
    };
  }
  const lineAt = lineFinder(text);
  const units: ImportUnit[] = [];
  const problems: Problem[] = [];
  for (const unit of elementsNamed(root, 'trans-unit')) {
    const line = lineAt(metadataOf(unit)?.startIndex ?? 0);
    const id = attributesOf(unit).id;
    const source = childNamed(unit, 'source');
    if (!id) {
      problems.push(problem(line, 1, 'a trans-unit has no id', 'every trans-unit needs the id it was exported with'));
    } else if (!source) {
      problems.push(problem(line, 1, `the trans-unit "${id}" has no <source>`, 'keep the English source in the file: import checks it is still the English of the data'));
    } else {
      const target = childNamed(unit, 'target');
      units.push({ id, english: textOf(source), welsh: target ? textOf(target) : '', line });
    }
  }
  if (units.length === 0 && problems.length === 0 && elementsNamed(root, 'unit').length > 0) {
    problems.push(problem(1, 1, 'the file is XLIFF 2, which rag-report does not read', 'save the translation as XLIFF 1.2, the version it was exported in'));
  }
  return { units, problems };
}

function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@' && key !== '#text');
}

function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  return tag ? ((node[tag] as XmlNode[] | undefined) ?? []) : [];
}

function attributesOf(node: XmlNode): Record<string, string> {
  return (node[':@'] as Record<string, string> | undefined) ?? {};
}

function metadataOf(node: XmlNode): { startIndex?: number } | undefined {
  return (node as Record<symbol, { startIndex?: number } | undefined>)[XMLParser.getMetaDataSymbol() as symbol];
}

function childNamed(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((child) => tagOf(child) === tag);
}

function elementsNamed(node: XmlNode, tag: string): XmlNode[] {
  return childrenOf(node).flatMap((child) => (tagOf(child) === tag ? [child] : elementsNamed(child, tag)));
}

/** All the text within, inline codes (<ph>{{figures}}</ph>) included: their content is the original's own text. */
function textOf(node: XmlNode): string {
  return childrenOf(node)
    .map((child) => (typeof child['#text'] === 'string' ? child['#text'] : textOf(child)))
    .join('');
}

function lineFinder(text: string): (index: number) => number {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (index) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (starts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

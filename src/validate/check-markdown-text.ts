import type { Nodes } from 'mdast';

/** The longest text, in UTF-16 code units: a report's update runs to a few thousand. */
export const MAX_TEXT_LENGTH = 10 * 1024 * 1024;
/** Lists, quotes and emphasis nested deeper than this are refused: Word numbers lists 9 levels deep. */
export const MAX_NESTING = 9;
/**
 * Past this many levels (by a quick look at the text) the text is not parsed
 * at all: micromark takes seconds for a few hundred levels and minutes for thousands.
 */
const PARSE_NESTING = 50;

/** The only link schemes a report may carry; links without a scheme (relative, #anchor) are fine too. */
const LINK_SCHEMES = ['http', 'https', 'mailto'];

/** Characters XML 1.0 cannot carry, even escaped, so neither docx nor XLIFF can: C0 controls but tab and newlines, U+FFFE/U+FFFF, lone surrogates. */
const NOT_IN_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface TextFinding {
  readonly code: 'too-large' | 'control-character' | 'nested-too-deep' | 'markdown-image' | 'unsafe-link';
  /** 0-based line within the text. */
  readonly line: number;
  readonly message: string;
  readonly hint: string;
}

/** What a quick look at a text finds, and whether its Markdown must be parsed to find the rest. */
export interface ScreenedText {
  readonly findings: TextFinding[];
  /** The text could hold a link, an image or nesting past MAX_NESTING: treeFindings must look at its parsed Markdown. */
  readonly needsTree: boolean;
}

/**
 * What in one text no document can carry safely: a size past the limit,
 * control characters, and, when the text is Markdown, images, links other
 * than http(s), mailto, relative and #, and nesting past MAX_NESTING. This
 * quick look finds the first two, and says when the rest needs the parsed
 * Markdown (treeFindings): plain prose, which is most texts, never does, and
 * a text that the look finds nested past what the parser can take in
 * reasonable time is never parsed.
 */
export function screenText(text: string, { markdown }: { markdown: boolean }): ScreenedText {
  if (text.length > MAX_TEXT_LENGTH) {
    return {
      findings: [
        {
          code: 'too-large',
          line: 0,
          message: `the text is ${megabytes(text.length)} long; a text may be at most ${megabytes(MAX_TEXT_LENGTH)}`,
          hint: 'split it, or link to the full document instead of pasting it in',
        },
      ],
      needsTree: false,
    };
  }
  const findings: TextFinding[] = [];
  const control = NOT_IN_XML.exec(text);
  if (control) {
    findings.push({
      code: 'control-character',
      line: lineAt(text, control.index),
      message: `the text holds the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which Word and LibreOffice cannot open`,
      hint: 'delete it (it often comes with text pasted from another program); in YAML, write no \\x, \\v or \\u escapes of control characters',
    });
  }
  if (!markdown) return { findings, needsTree: false };
  const rough = roughNesting(text);
  if (rough.depth > PARSE_NESTING) {
    findings.push(tooDeep(rough.line, `more than ${PARSE_NESTING} levels`));
    return { findings, needsTree: false };
  }
  return { findings, needsTree: rough.depth > MAX_NESTING || mayHoldLinkOrImage(text) };
}

/**
 * Whether the parsed Markdown of a text could hold an image or a link with an
 * address: an image starts `![`; an inline link's text is followed at once by
 * `(`, a definition's label at once by `:`; an autolink is `<` and a scheme of
 * 2 to 32 characters and `:`. A bracket or < in prose ("[draft]", "< 5%") needs no parse.
 */
function mayHoldLinkOrImage(text: string): boolean {
  return text.includes('![') || text.includes('](') || text.includes(']:') || AUTOLINK_START.test(text);
}

const AUTOLINK_START = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:/;

/** The findings that only the parsed Markdown of a text shows (see screenText): images, links, nesting. */
export function treeFindings(root: Nodes, text: string): TextFinding[] {
  const findings: TextFinding[] = [];
  inspectTree(root, text, findings);
  return findings;
}

function tooDeep(line: number, depth: string): TextFinding {
  return {
    code: 'nested-too-deep',
    line,
    message: `lists, quotes or emphasis are nested ${depth} deep; at most ${MAX_NESTING} levels can be shown`,
    hint: 'flatten the lists or quotes (a report needs two or three levels), and close each ** or _ where it belongs',
  };
}

interface Depths {
  readonly list: number;
  readonly quote: number;
  readonly inline: number;
}

const INLINE = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

function inspectTree(root: Nodes, text: string, findings: TextFinding[]): void {
  let nested = false;
  const visit = (node: Nodes, depths: Depths): void => {
    const line = (node.position?.start.line ?? 1) - 1;
    const here = {
      list: depths.list + (node.type === 'list' ? 1 : 0),
      quote: depths.quote + (node.type === 'blockquote' ? 1 : 0),
      inline: depths.inline + (INLINE.has(node.type) ? 1 : 0),
    };
    if (!nested && Math.max(here.list, here.quote, here.inline) > MAX_NESTING) {
      nested = true;
      findings.push(tooDeep(line, `${Math.max(here.list, here.quote, here.inline)} levels`));
    }
    if (node.type === 'image' || node.type === 'imageReference') {
      findings.push({
        code: 'markdown-image',
        line,
        message: `the text shows an image (${text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0).slice(0, 80)}), which the reports cannot embed`,
        hint: 'remove the ! to make it a link to the image instead, or describe it in words',
      });
    }
    if ((node.type === 'link' || node.type === 'definition') && !isAllowedUrl(node.url)) {
      findings.push({
        code: 'unsafe-link',
        line,
        message: `the link "${printable(node.url).slice(0, 80)}" is not a web or e-mail address`,
        hint: 'link only to http:// or https:// addresses, mailto: e-mail addresses, or #headings',
      });
    }
    if ('children' in node) for (const child of node.children) visit(child, here);
  };
  visit(root, { list: 0, quote: 0, inline: 0 });
}

/** True for http(s) and mailto links, and for links without a scheme: relative paths and #anchors. */
export function isAllowedUrl(url: string): boolean {
  // Browsers ignore controls and spaces in a scheme: "java\tscript:" is javascript:.
  const plain = url.replace(/[\0-\x20\x7F-\x9F]/g, '').toLowerCase();
  const scheme = /^([^/?#]*?):/.exec(plain);
  return !scheme || LINK_SCHEMES.includes(scheme[1]!);
}

/**
 * An upper bound on the nesting of a text, with its line, by a single pass
 * over it: container markers (>, -, *, +, 1.) and indentation at the start
 * of a line, and emphasis and bracket delimiters opened but not yet closed
 * within a paragraph.
 */
function roughNesting(text: string): { depth: number; line: number } {
  // Most prose has no delimiter and no line that starts like a list or a quote: nothing to count.
  if (!DELIMITER.test(text) && !CONTAINER_START.test(text)) return { depth: 0, line: 0 };
  let deepest = { depth: 0, line: 0 };
  let inline = 0;
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') {
      inline = 0;
      continue;
    }
    const delimiters = delimiterDepth(line, inline);
    inline = delimiters.end;
    const depth = Math.max(containerDepth(line), delimiters.peak);
    if (depth > deepest.depth) deepest = { depth, line: index };
  }
  return deepest;
}

const CONTAINER_MARKER = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;
/** A line that may start a container or be indented: what containerDepth can count more than 0 for. */
const CONTAINER_START = /(?:^|\n)[ \t>*+\-\d]/;
/** What delimiterDepth counts. */
const DELIMITER = /[*_~[\]]/;

function containerDepth(line: string): number {
  if (!CONTAINER_START.test(line)) return 0;
  const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
  let markers = 0;
  let rest = line;
  for (let marker = CONTAINER_MARKER.exec(rest); marker; marker = CONTAINER_MARKER.exec(rest)) {
    markers += 1;
    rest = rest.slice(marker[0].length);
  }
  // Each level of a nested list is indented by at least two columns.
  return markers + Math.floor(indent / 2);
}

/**
 * Emphasis and brackets still open, from `open` at the start of the line: a
 * run of * _ ~ opens before a non-space and closes after one; [ opens and ]
 * closes. Gives the most open at any point, and how many are open at the end.
 */
function delimiterDepth(line: string, open: number): { peak: number; end: number } {
  if (!DELIMITER.test(line)) return { peak: open, end: open };
  let depth = open;
  let peak = open;
  for (const run of line.matchAll(/[*_~]+|\[+|\]+/g)) {
    const before = run.index === 0 ? ' ' : line[run.index - 1]!;
    const after = line[run.index + run[0].length] ?? ' ';
    const length = run[0].length;
    if (run[0][0] === '[') depth += length;
    else if (run[0][0] === ']') depth -= length;
    else {
      if (!/\s/.test(before)) depth -= length;
      if (!/\s/.test(after)) depth += length;
    }
    depth = Math.max(0, depth);
    peak = Math.max(peak, depth);
  }
  return { peak, end: depth };
}

function lineAt(text: string, index: number): number {
  let line = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}

/** A URL as it may be printed: control characters shown as \u escapes. */
function printable(url: string): string {
  return url.replace(/[\0-\x1F\x7F-\x9F]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function megabytes(length: number): string {
  return `${(length / 1024 / 1024).toFixed(1)} MB`;
}

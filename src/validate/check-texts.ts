import { isScalar, Scalar } from 'yaml';
import { fieldName, locate, type Narrative, type PathSegment, type SourceFile } from '../load/index.js';
import { problem as catalogued, type Position, type Problem } from '../problems/index.js';
import { screenText, treeFindings, type TextFinding } from './check-markdown-text.js';
import type { PendingCheck } from './pending-check.js';
import { textFields } from './text-fields.js';

/** The texts that are Markdown; the others (titles, change reasons) are shown as plain text. */
const MARKDOWN_FIELDS: readonly PathSegment[] = ['action', 'update', 'introduction'];

/**
 * Problems of the texts of a parsed YAML file that no document could carry
 * safely (see screenText), each at its line: build validates first, so no
 * renderer ever meets them. What needs a text's parsed Markdown is added to `later`.
 */
export function checkTexts(file: string, source: SourceFile, value: unknown, later: PendingCheck[]): Problem[] {
  return textFields(value).flatMap(({ path, text }) => {
    const markdown = MARKDOWN_FIELDS.includes(path[path.length - 1]!);
    return (['en', 'cy'] as const).flatMap((language) => {
      const content = text[language];
      if (typeof content !== 'string') return [];
      const problems = (findings: readonly TextFinding[]) => {
        if (findings.length === 0) return [];
        const field = fieldName(value, [...path, language]);
        return findings.map((finding) => problem(file, positionInText(source, [...path, language], finding), field, finding));
      };
      const screened = screenText(content, { markdown });
      if (screened.needsTree) later.push((tools) => problems(treeFindings(tools.parseMarkdown(content), content)));
      return problems(screened.findings);
    });
  });
}

/** Problems of a hand-written summary's Markdown, at their lines in the file. */
export function checkNarrativeText(narrative: Narrative, later: PendingCheck[]): Problem[] {
  const problems = (findings: readonly TextFinding[]) =>
    findings.map((finding) => problem(narrative.path, { line: narrative.firstLine + finding.line, column: 1 }, 'the summary', finding));
  const screened = screenText(narrative.markdown, { markdown: true });
  if (screened.needsTree) later.push((tools) => problems(treeFindings(tools.parseMarkdown(narrative.markdown), narrative.markdown)));
  return problems(screened.findings);
}

function problem(file: string, position: Position, field: string, finding: TextFinding): Problem {
  return catalogued(finding.code, { file, ...position }, { message: `${field}: ${finding.message}`, hint: finding.hint });
}

/** The line of a finding: within a block scalar (| or >) the text's own lines follow the indicator's line. */
function positionInText(source: SourceFile, path: readonly PathSegment[], finding: TextFinding): Position {
  const start = locate(source, path);
  const node = source.document.getIn(path, true);
  const isBlock = isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED);
  return isBlock && finding.line >= 0 ? { line: start.line + 1 + finding.line, column: 1 } : start;
}

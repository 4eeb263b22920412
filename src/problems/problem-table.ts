import { PROBLEMS, type ProblemCode } from './catalogue.js';

/** The README's table of problem codes, made from the catalogue. */
export function problemTable(): string {
  const rows = (Object.keys(PROBLEMS) as ProblemCode[]).map((code) => {
    const kind = PROBLEMS[code];
    return `| \`${code}\` | ${kind.severity} | ${kind.means.replace(/\|/g, '\\|')} |`;
  });
  return ['| code | severity | what it means |', '|---|---|---|', ...rows].join('\n');
}

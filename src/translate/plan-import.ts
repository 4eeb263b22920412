import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from '../load/front-matter.js';
import { UsageError } from '../errors.js';
import { displayPath, fieldName, isInside, locate, parseYamlFile, type PathSegment } from '../load/index.js';
import { decodeText } from '../load/decode-text.js';
import { problem as catalogued, type Problem } from '../problems/index.js';
import type { OutputFile } from '../write/index.js';
import { editYamlInPlace, type MapEdit } from './edit-yaml-in-place.js';
import type { ImportUnit } from './import-unit.js';
import { narrativeWithWelsh } from './narrative-with-welsh.js';
import { sourceHash } from './source-hash.js';
import { ENGLISH_NARRATIVE, parseUnitId, resolveSteps, type UnitPlace } from './unit-id.js';

export interface ImportOptions {
  /** The data folder, absolute. */
  readonly dataDir: string;
  /** Paths in messages are shown relative to this folder. */
  readonly cwd: string;
  /** The translated file as shown in messages. */
  readonly file: string;
}

export type SkipReason = 'english-changed' | 'no-place' | 'cannot-write' | 'twice';

export interface SkippedUnit {
  readonly unit: ImportUnit;
  /** `data/demo/2023Q2/s1.yaml:12`, or the file alone when the text is not there. */
  readonly place: string;
  readonly field: string;
  readonly reason: SkipReason;
  readonly message: string;
}

export interface ImportPlan {
  /** Mistakes in the translated file: while there are any, nothing is written. */
  readonly fileProblems: readonly Problem[];
  /** Data files that cannot be read or parsed: while there are any, nothing is written. */
  readonly dataProblems: readonly Problem[];
  /** Only the files that change, with their new content. */
  readonly files: readonly OutputFile[];
  /** How many texts each changed file receives, by its shown path. */
  readonly imported: ReadonlyMap<string, number>;
  readonly skipped: readonly SkippedUnit[];
  /** Units the translator left empty. */
  readonly withoutWelsh: number;
  /** Units whose Welsh and hash are in the data already. */
  readonly unchanged: number;
}

interface Placed {
  readonly unit: ImportUnit;
  readonly place: UnitPlace;
}

/**
 * Works out what importing the units would change, reading the data but
 * writing nothing. Each Welsh text goes beside its English with the hash of
 * that English as `cy_source`; a unit whose English is no longer the data's
 * is skipped, since its Welsh translates something else.
 */
export function planImport(units: readonly ImportUnit[], options: ImportOptions): ImportPlan {
  const { placed, problems: fileProblems } = placeUnits(units, options.file);
  const plan = {
    fileProblems,
    dataProblems: [] as Problem[],
    files: [] as OutputFile[],
    imported: new Map<string, number>(),
    skipped: [] as SkippedUnit[],
    withoutWelsh: placed.filter(({ unit }) => !unit.welsh.trim()).length,
    unchanged: 0,
  };
  if (fileProblems.length > 0) return plan;
  const byFile = new Map<string, Placed[]>();
  for (const entry of placed.filter(({ unit }) => unit.welsh.trim())) {
    byFile.set(entry.place.file, [...(byFile.get(entry.place.file) ?? []), entry]);
  }
  for (const [file, group] of byFile) {
    const absolute = path.join(options.dataDir, ...file.split('/'));
    const shown = displayPath(options.cwd, absolute);
    const outcome = group[0]!.place.kind === 'yaml' ? planYamlFile(absolute, shown, group, options) : planNarrative(absolute, shown, group[0]!.unit, options);
    plan.dataProblems.push(...outcome.problems);
    plan.skipped.push(...outcome.skipped);
    plan.unchanged += outcome.unchanged;
    if (outcome.content !== undefined) {
      plan.files.push({ path: absolute, content: outcome.content });
      plan.imported.set(shown, outcome.imported);
    }
  }
  return plan;
}

/** Every id names a file of the data folder and a field in it, once. */
function placeUnits(units: readonly ImportUnit[], file: string): { placed: Placed[]; problems: Problem[] } {
  const placed: Placed[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  for (const unit of units) {
    const place = parseUnitId(unit.id);
    const problem = (message: string, hint: string) =>
      problems.push(catalogued('bad-translation-file', { file, line: unit.line, column: 1 }, { message, hint }));
    if ('error' in place) problem(`the id "${unit.id}" names no place in the data: ${place.error}`, 'keep each id exactly as it was exported');
    else if (seen.has(unit.id)) problem(`the id "${unit.id}" appears twice (first on line ${seen.get(unit.id)})`, 'keep one of the two rows');
    else placed.push({ unit, place });
    if (!seen.has(unit.id)) seen.set(unit.id, unit.line);
  }
  return { placed, problems };
}

interface FileOutcome {
  readonly content?: string;
  readonly imported: number;
  readonly unchanged: number;
  readonly skipped: SkippedUnit[];
  readonly problems: Problem[];
}

function planYamlFile(absolute: string, shown: string, group: readonly Placed[], options: ImportOptions): FileOutcome {
  const outcome = { imported: 0, unchanged: 0, skipped: [] as SkippedUnit[], problems: [] as Problem[] };
  const skip = (unit: ImportUnit, place: string, field: string, reason: SkipReason, message: string) =>
    outcome.skipped.push({ unit, place, field, reason, message });
  const bytes = readData(absolute, options.dataDir);
  if (typeof bytes === 'string') {
    for (const { unit } of group) skip(unit, shown, fieldOfId(unit.id), 'no-place', bytes);
    return outcome;
  }
  const parsed = parseYamlFile(shown, bytes);
  if (parsed.problems.length > 0 || !parsed.source) return { ...outcome, problems: parsed.problems };
  const value = parsed.value;
  // parseYamlFile drops a byte-order mark; the file keeps it.
  let text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const done = new Set<string>();
  for (const { unit, place } of group) {
    const fieldPath = resolveSteps(value, place.steps);
    const found = fieldPath && valueAt(value, fieldPath);
    if (!fieldPath || !isText(found)) {
      skip(unit, shown, fieldOfId(unit.id), 'no-place', 'there is no such text in the file any more');
      continue;
    }
    const field = fieldName(value, fieldPath);
    const where = `${shown}:${locate(parsed.source, fieldPath).line}`;
    if (sourceHash(unit.english) !== sourceHash(found.en)) {
      skip(unit, where, field, 'english-changed', 'the English has changed since the export: export again and translate the new English');
    } else if (done.has(JSON.stringify(fieldPath))) {
      skip(unit, where, field, 'twice', 'the file gives Welsh for this text twice; the first was imported');
    } else if (found.cy !== undefined && found.cy !== null && typeof found.cy !== 'string') {
      skip(unit, where, field, 'cannot-write', 'its `cy:` holds something other than text: correct it by hand');
    } else {
      done.add(JSON.stringify(fieldPath));
      const welsh = fitWelsh(unit.welsh, found.en);
      const hash = sourceHash(found.en);
      if (found.cy === welsh && String(found.cy_source) === hash) {
        outcome.unchanged += 1;
        continue;
      }
      try {
        text = editYamlInPlace(text, [welshEdit(fieldPath, welsh, hash)]);
        outcome.imported += 1;
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        skip(unit, where, field, 'cannot-write', error.message);
      }
    }
  }
  return outcome.imported > 0 ? { ...outcome, content: text } : outcome;
}

function welshEdit(fieldPath: readonly PathSegment[], welsh: string, hash: string): MapEdit {
  return {
    path: fieldPath,
    entries: [
      { key: 'cy', value: welsh, after: 'en', like: 'en' },
      { key: 'cy_source', value: hash, after: 'cy' },
    ],
  };
}

function planNarrative(absolute: string, shown: string, unit: ImportUnit, options: ImportOptions): FileOutcome {
  const outcome = { imported: 0, unchanged: 0, skipped: [] as SkippedUnit[], problems: [] as Problem[] };
  const skip = (place: string, reason: SkipReason, message: string) =>
    ({ ...outcome, skipped: [{ unit, place, field: 'narrative', reason, message }] });
  const englishFile = path.join(path.dirname(absolute), ENGLISH_NARRATIVE);
  const englishShown = displayPath(options.cwd, englishFile);
  const english = readNarrative(englishFile, englishShown, options.dataDir);
  const welshNow = existsSync(absolute) ? readNarrative(absolute, shown, options.dataDir) : undefined;
  const problems = [english, welshNow].flatMap((read) => (read?.kind === 'problem' ? [read.problem] : []));
  if (problems.length > 0) return { ...outcome, problems };
  if (english.kind === 'unreadable') return skip(englishShown, 'no-place', english.reason);
  if (welshNow?.kind === 'unreadable') return skip(shown, 'cannot-write', welshNow.reason);
  if (english.kind !== 'read' || (welshNow && welshNow.kind !== 'read')) return outcome;
  if (sourceHash(unit.english) !== sourceHash(english.markdown)) {
    return skip(englishShown, 'english-changed', 'the English has changed since the export: export again and translate the new English');
  }
  const hash = sourceHash(english.markdown);
  if (welshNow && welshNow.markdown.trim() === unit.welsh.trim() && String(welshNow.cySource) === hash) return { ...outcome, unchanged: 1 };
  return { ...outcome, imported: 1, content: narrativeWithWelsh(welshNow?.text, unit.welsh.replace(/\r\n?/g, '\n'), hash) };
}

type NarrativeRead =
  | { readonly kind: 'read'; readonly text: string; readonly markdown: string; readonly cySource: unknown }
  | { readonly kind: 'problem'; readonly problem: Problem }
  | { readonly kind: 'unreadable'; readonly reason: string };

/** A narrative's text and Markdown; a problem when it does not parse; a reason to skip when it is not there. */
function readNarrative(file: string, shown: string, dataDir: string): NarrativeRead {
  const bytes = readData(file, dataDir);
  if (typeof bytes === 'string') return { kind: 'unreadable', reason: bytes };
  const decoded = decodeText(shown, bytes);
  if ('problem' in decoded) return { kind: 'problem', problem: decoded.problem };
  try {
    const parsed = splitFrontMatter(decoded.text);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    return { kind: 'read', text, markdown: parsed.content, cySource: parsed.data.cy_source };
  } catch (error) {
    const problem = catalogued('yaml-syntax', { file: shown, line: 1, column: 1 }, {
      message: `front matter: ${(error as Error).message.split('\n')[0]}`,
      hint: 'the front matter is the YAML between the two --- lines at the top of the file',
    });
    return { kind: 'problem', problem };
  }
}

/** The file's bytes, or why they cannot be had. */
function readData(file: string, dataDir: string): Uint8Array | string {
  if (!existsSync(file)) return `there is no ${path.basename(file)} in the data folder any more`;
  if (!isInside(dataDir, file)) return 'the file is a link to a place outside the data folder';
  return readFileSync(file);
}

/** The Welsh as the English is written: trimmed, ending in a line break when the English does (a `|` block). */
function fitWelsh(welsh: string, english: string): string {
  const trimmed = welsh.replace(/\r\n?/g, '\n').trim();
  return english.endsWith('\n') ? `${trimmed}\n` : trimmed;
}

function isText(value: unknown): value is { en: string; cy?: unknown; cy_source?: unknown } {
  return value !== null && typeof value === 'object' && typeof (value as { en?: unknown }).en === 'string';
}

function valueAt(value: unknown, fieldPath: readonly PathSegment[]): unknown {
  return fieldPath.reduce<unknown>((current, segment) => (current as Record<PathSegment, unknown> | undefined)?.[segment], value);
}

function fieldOfId(id: string): string {
  return id.includes('#') ? id.slice(id.indexOf('#') + 1) : 'narrative';
}

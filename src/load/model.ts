import type { Language, ReportFile, SectionFile } from '../schema/index.js';
import type { Quarter } from '../quarter/index.js';
import type { SourceFile } from './source-file.js';

/** A section file as read: `data` is absent when the file did not parse or match the schema. */
export interface LoadedSection {
  /** The file name without .yaml. */
  readonly id: string;
  readonly path: string;
  readonly source?: SourceFile;
  readonly data?: SectionFile;
}

/** A hand-written summary.<lang>.md: Markdown after its optional front matter. */
export interface Narrative {
  readonly path: string;
  readonly markdown: string;
  /** 1-based line of the file on which `markdown` starts. */
  readonly firstLine: number;
  readonly frontMatter: Record<string, unknown>;
  /** The 1-based line of each top-level field of the front matter, to point at it. */
  readonly frontMatterLines?: Readonly<Record<string, number>>;
}

export interface LoadedQuarter {
  readonly id: string;
  readonly quarter: Quarter;
  readonly dir: string;
  /** The folder as shown to the user. */
  readonly path: string;
  readonly sections: readonly LoadedSection[];
  readonly narratives: Partial<Record<Language, Narrative>>;
}

export interface LoadedReport {
  /** The folder name, e.g. policing-protocol. */
  readonly name: string;
  readonly dir: string;
  readonly path: string;
  readonly source?: SourceFile;
  readonly data?: ReportFile;
  /** Oldest first. */
  readonly quarters: readonly LoadedQuarter[];
}

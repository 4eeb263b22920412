import { writeYaml } from './write-yaml.js';

export interface ImportedAction {
  readonly id: string;
  readonly action: string;
  readonly rating: string;
  readonly update: string;
}

export interface ImportedSection {
  readonly id: string;
  readonly ref?: string;
  readonly title: string;
  readonly actions: readonly ImportedAction[];
}

export interface ImportedReport {
  readonly title: string;
  readonly organisation: string;
  readonly introduction: string;
  readonly scale: readonly { key: string; label: string; colour: string; meaning: string }[];
  readonly sections: readonly string[];
}

/**
 * A section file as staff would type it: the schema line, English texts
 * (the document has no Welsh), updates as `|` blocks. Welsh is left for
 * `rag-report translations export`.
 */
export function sectionYaml(section: ImportedSection): string {
  return writeYaml(
    {
      section: section.id,
      ...(section.ref ? { ref: { en: section.ref } } : {}),
      title: { en: section.title },
      actions: section.actions.map((action) => ({
        id: action.id,
        action: { en: action.action },
        rag: action.rating,
        update: { en: action.update },
      })),
    },
    { comment: ' yaml-language-server: $schema=../../.schema/section.schema.json', blockFields: ['update'], flowFields: ['ref'] },
  );
}

/** A new report's report.yaml: what the document says of itself, the scale its ratings use, its sections in order. */
export function reportYaml(report: ImportedReport): string {
  return writeYaml(
    {
      title: { en: report.title },
      organisation: { en: report.organisation },
      item_noun: { en: 'actions' },
      // The document is English only; the contract's default would ask for Welsh at once.
      languages: ['en'],
      introduction: { en: report.introduction },
      scale: Object.fromEntries(
        report.scale.map((rating) => [rating.key, { label: { en: rating.label }, colour: `#${rating.colour}`, meaning: { en: rating.meaning } }]),
      ),
      sections: report.sections,
    },
    { comment: ' yaml-language-server: $schema=../.schema/report.schema.json', blockFields: ['introduction'], flowFields: ['label', 'sections', 'languages'] },
  );
}

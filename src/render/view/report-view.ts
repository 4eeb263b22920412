import { say, sayCounted, type Locale } from '../../locale/index.js';
import type { RatedAction, ReportQuarter, ReportSection } from '../../model/index.js';
import type { Summary, Tally } from '../../figures/index.js';
import { attentionRule, scaleKeys } from '../../figures/index.js';
import { escapeInline } from '../markdown/escape-markdown.js';
import { periodSentence, quarterLabel, quarterShortLabel } from './quarter-labels.js';
import { ratingView, type RatingView } from './ratings.js';
import { actionName, withoutFinalStop } from './action-name.js';
import { itemNoun } from './item-noun.js';
import { joinList } from './join-list.js';
import { inLanguage, plainInLanguage } from './texts.js';

export interface ReportViewInput {
  readonly current: ReportQuarter;
  readonly previous: ReportQuarter | undefined;
  readonly summary: Summary;
  readonly locale: Locale;
  readonly draft: boolean;
  /** The hand-written summary, already rendered with the figures: Markdown. */
  readonly narrative: string | undefined;
  /** Charts shown after the counts table: Markdown images of files written beside the .md. */
  readonly charts: readonly { file: string; alt: string }[];
  /** report.yaml's logo, as the file the Markdown refers to; undefined when the report has none. */
  readonly logo?: string;
}

/**
 * The texts of the data that are Markdown (an introduction, an update, a
 * change's reason), by the id the template refers to them by
 * (`::markdown{of=ID}`): each is parsed on its own, once, and put into the
 * document tree where the template says, never pasted into the template's text.
 */
export type Fragments = ReadonlyMap<string, string>;

/**
 * Everything the report template shows, in the document's language, and the
 * data's Markdown texts it refers to by id. Every value is safe to stand in
 * Markdown. No logic is left for the template.
 */
export function reportView(input: ReportViewInput): { view: ReportView; fragments: Fragments } {
  const fragments = new Map<string, string>();
  const fragment = (markdown: string) => {
    const id = `m${fragments.size + 1}`;
    fragments.set(id, markdown);
    return id;
  };
  return { view: viewOf(input, fragment), fragments };
}

function viewOf(input: ReportViewInput, fragment: (markdown: string) => string) {
  const { current, previous, summary, locale } = input;
  const language = locale.language;
  // Plain text for what is escaped into a sentence or heading; the data's Markdown texts by reference.
  const text = (value: Parameters<typeof inLanguage>[0]) => plainInLanguage(value, language, locale);
  const markdown = (value: Parameters<typeof inLanguage>[0]) => fragment(inLanguage(value, language, locale));
  const rating = (key: string) => ratingView(current.definition, key, locale);
  const keys = scaleKeys(current.definition);
  const t = Object.fromEntries(Object.entries(locale.strings).map(([key, value]) => [key, escapeInline(value)]));
  return {
    language,
    draft: input.draft,
    t,
    title: escapeInline(text(current.definition.title)),
    organisation: escapeInline(text(current.definition.organisation)),
    logo: input.logo ? { file: input.logo, alt: escapeInline(say(locale, 'logo_alt', { organisation: text(current.definition.organisation) })) } : undefined,
    subtitle: escapeInline(say(locale, 'subtitle', { quarter: quarterLabel(current.quarter, locale) })),
    introduction: markdown(current.definition.introduction),
    ratingKey: [...keys].reverse().map((key) => shown(rating(key))),
    period: escapeInline(periodSentence(current.quarter, locale)),
    narrative: input.narrative === undefined ? undefined : fragment(input.narrative),
    movement: escapeInline(movementSentence(summary, keys.map(rating), locale)),
    comparison: comparisonView(input, text, rating),
    counts: countsView(input, keys.map(rating), text),
    charts: input.charts.map((chart) => ({ file: chart.file, alt: escapeInline(chart.alt) })),
    attention: attentionLines(current.sections, summary, locale, text, rating, keys, attentionRule(current.definition).ratings),
    sections: current.sections.map((section) => ({
      heading: sectionHeading(section, text),
      caption: escapeInline(say(locale, 'actions_caption', { section: sectionName(section, text) })),
      columns: {
        action: escapeInline(say(locale, 'column_action')),
        rag: escapeInline(say(locale, 'column_rag')),
        update: escapeInline(say(locale, 'column_update', { number: current.quarter.number })),
      },
      actions: section.actions.map((action) => ({
        action: markdown(action.action),
        lead: action.lead ? escapeInline(typeof action.lead === 'string' ? action.lead : text(action.lead)) : undefined,
        rating: shown(rating(action.rag)),
        update: markdown(action.update),
      })),
    })),
  };

  function comparisonView(
    { previous: before, summary: figures }: ReportViewInput,
    read: typeof text,
    rate: typeof rating,
  ) {
    const now = actionsById(current.sections);
    const then = actionsById(before?.sections ?? []);
    const name = (action: RatedAction) => escapeInline(actionName(action, read));
    return {
      hasPrevious: Boolean(before),
      changes: figures.changes.map((change) => {
        const action = now.get(change.id)!;
        const [from, to] = [rate(change.from), rate(change.to)];
        const values = { action: name(action), from: from.label, to: to.label, from_mutated: from.mutated, to_mutated: to.mutated };
        return action.change_reason
          ? say(locale, 'change', { ...values, reason: `:markdown{of="${fragment(read(action.change_reason))}"}` })
          : say(locale, 'change_without_reason', values);
      }),
      added: figures.added.map((id) => name(now.get(id)!)),
      removed: figures.removed.map((id) => name(then.get(id)!)),
    };
  }

  function countsView(_: ReportViewInput, ratings: RatingView[], read: typeof text) {
    const columns = [previous ? { quarter: previous.quarter, tally: summary.previous! } : undefined, { quarter: current.quarter, tally: summary.current }]
      .filter((column): column is { quarter: ReportQuarter['quarter']; tally: Tally } => Boolean(column));
    return {
      caption: escapeInline(say(locale, 'counts_caption', { noun: itemNoun(current.definition.item_noun, locale).plural })),
      ofItems: escapeInline(ofItems(summary.current.rated, itemNoun(current.definition.item_noun, locale), locale)),
      headers: [
        say(locale, 'counts_rating'),
        ...columns.flatMap(({ quarter }) => [
          `${quarterShortLabel(quarter, locale)}: ${say(locale, 'counts_number')}`,
          `${quarterShortLabel(quarter, locale)}: ${say(locale, 'counts_percent')}`,
        ]),
      ].map(escapeInline),
      rows: ratings.map((view) => ({
        rating: shown(view),
        cells: columns.flatMap(({ tally }) => [String(tally.counts[view.key]), `${tally.percent[view.key]}%`]),
      })),
      notApplicable: summary.current.notApplicable
        ? escapeInline(sayCounted(locale, 'not_applicable_count', summary.current.notApplicable))
        : '',
    };
  }
}

export type ReportView = ReturnType<typeof viewOf>;

/** A rating's words made safe to stand in Markdown. */
function shown(view: RatingView): RatingView {
  return { ...view, label: escapeInline(view.label), meaning: escapeInline(view.meaning) };
}

/**
 * "17a – Set the strategic direction ..." / "Priority 1 – Victims are
 * Supported"; the title alone when the section has no `ref`: its file name
 * is for the data, not for the reader.
 */
export function sectionHeading(section: ReportSection, text: (value: NonNullable<ReportSection['ref']>) => string): string {
  return escapeInline(sectionName(section, text));
}

function sectionName(section: ReportSection, text: (value: NonNullable<ReportSection['ref']>) => string): string {
  return section.ref ? `${text(section.ref)} – ${text(section.title)}` : text(section.title);
}

/** "Of the 50 action areas:" with counted forms; "Number of actions rated: 50" when the noun has only a plural. */
export function ofItems(rated: number, noun: ReturnType<typeof itemNoun>, locale: Locale): string {
  return noun.counted
    ? sayCounted(locale, 'of_items', rated, { noun: noun.counted(rated), plural: noun.plural })
    : say(locale, 'of_items_uncounted', { count: rated, noun: noun.plural });
}

/**
 * How each rating's count moved since the previous quarter, worst rating
 * first, as the published reports say it: "a decrease of 1 scored as red, a
 * decrease of 1 scored as amber and an increase of 2 scored as green".
 * Empty without a previous quarter.
 */
export function movementSentence(summary: Summary, ratings: readonly RatingView[], locale: Locale): string {
  if (!summary.previous) return '';
  const before = summary.previous;
  const moves = ratings.map((view) => ({ label: view.label.toLowerCase(), change: summary.current.counts[view.key]! - (before.counts[view.key] ?? 0) }));
  if (moves.every((move) => move.change === 0)) return say(locale, 'movement_none');
  const clauses = moves.map(({ label, change }) =>
    change === 0 ? say(locale, 'movement_same', { label }) : say(locale, change > 0 ? 'movement_up' : 'movement_down', { label, count: Math.abs(change) }),
  );
  return say(locale, 'movement', { changes: joinList(clauses, locale) });
}

function attentionLines(
  sections: readonly ReportSection[],
  summary: Summary,
  locale: Locale,
  text: (value: ReportSection['title']) => string,
  rating: (key: string) => RatingView,
  keys: readonly string[],
  concerns: readonly string[],
): string[] {
  const byId = new Map(sections.map((section) => [section.id, section]));
  return summary.attention.map((entry) => {
    const section = byId.get(entry.section)!;
    const present = keys.filter((key) => concerns.includes(key) && (entry.counts[key] ?? 0) > 0);
    const count = present.reduce((sum, key) => sum + entry.counts[key]!, 0);
    return escapeInline(
      say(locale, 'attention_line', {
        section: withoutFinalStop(sectionName(section, text)),
        concerns: count,
        rated: entry.rated,
        percent: Math.round(entry.share * 100),
        ratings: joinList(present.map((key) => rating(key).label.toLowerCase()), locale),
      }),
    );
  });
}

function actionsById(sections: readonly ReportSection[]): Map<string, RatedAction> {
  return new Map(sections.flatMap((section) => section.actions).map((action) => [action.id, action]));
}

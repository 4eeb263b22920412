import { isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, type Pair } from 'yaml';
import { NOT_APPLICABLE } from '../../schema/index.js';

/** Written above every emptied update; a line starting with this is ours and replaced, never repeated. */
export const UPDATE_COMMENT = " Write this quarter's progress update (Markdown), in English and Welsh";
const NOT_APPLICABLE_COMMENT = ' Rated n/a: say why it does not apply, in English and Welsh';
const OUR_COMMENTS = [UPDATE_COMMENT, NOT_APPLICABLE_COMMENT];

/** Last quarter's reason for n/a is quoted in the comment when it is this short. */
const QUOTE_LIMIT = 80;

/**
 * A section file for the next quarter, from this quarter's text: the same
 * section, actions, ids, titles and ratings; every `update` emptied to
 * `{ en: "", cy: "" }` under a comment saying what to write; `change_reason`
 * removed. Comments, key order, blank lines and the `$schema` line are
 * kept, and so is every line as written, except that a folded (`>`) text is
 * written out on one line: yaml re-flows folded scalars by its own width.
 */
export function carryForwardSection(text: string): string {
  const document = parseDocument(text);
  if (document.errors.length > 0) throw new Error(`cannot carry forward a file with YAML errors: ${document.errors[0]!.message}`);
  const actions = document.get('actions', true);
  if (isSeq(actions)) {
    for (const action of actions.items) {
      if (isMap(action)) carryForwardAction(action);
    }
  }
  // lineWidth 0: long lines stay as staff wrote them instead of being folded at 80 columns.
  return document.toString({ lineWidth: 0 });
}

function carryForwardAction(action: YAMLMap): void {
  action.delete('change_reason');
  let pair = action.items.find((item) => isScalar(item.key) && item.key.value === 'update') as Pair<Scalar, unknown> | undefined;
  if (!pair) {
    action.set(new Scalar('update'), null);
    pair = action.items[action.items.length - 1] as Pair<Scalar, unknown>;
  }
  const previous = isMap(pair.value) ? pair.value.get('en') : undefined;
  pair.value = emptyText();
  // A comment inside a flow map ({ id: ..., update: ... }) would break it over many lines.
  if (action.flow) return;
  pair.key.commentBefore = [commentFor(String(action.get('rag') ?? ''), previous), ...ownComments(pair.key.commentBefore)].join('\n');
}

function emptyText(): YAMLMap {
  const map = new YAMLMap();
  for (const language of ['en', 'cy']) {
    const empty = new Scalar('');
    empty.type = Scalar.QUOTE_DOUBLE;
    map.set(language, empty);
  }
  return map;
}

function commentFor(rating: string, previous: unknown): string {
  if (rating.toLowerCase() !== NOT_APPLICABLE) return UPDATE_COMMENT;
  const reason = typeof previous === 'string' ? previous.trim() : '';
  const quotable = reason && !reason.includes('\n') && reason.length <= QUOTE_LIMIT;
  return quotable ? `${NOT_APPLICABLE_COMMENT} (last quarter: ${JSON.stringify(reason)})` : NOT_APPLICABLE_COMMENT;
}

/** The staff's own comment lines above `update`, without the ones new-quarter wrote before. */
function ownComments(comment: string | null | undefined): string[] {
  if (!comment) return [];
  return comment.split('\n').filter((line) => !OUR_COMMENTS.some((ours) => line.startsWith(ours)));
}

import { Document, isMap, isScalar, isSeq, Scalar, visit } from 'yaml';

/**
 * `value` as YAML that reads as if typed by hand: multi-line texts (and every
 * field named in `blockFields`) as `|` block scalars, short maps named in
 * `flowFields` on one line, a first comment line, long lines never folded.
 */
export function writeYaml(
  value: unknown,
  { comment, blockFields = [], flowFields = [] }: { comment?: string; blockFields?: readonly string[]; flowFields?: readonly string[] },
): string {
  const document = new Document(value);
  // On the first key, not the document: the document's own comment would be followed by a blank line.
  const first = isMap(document.contents) ? document.contents.items[0] : undefined;
  if (comment && first && isScalar(first.key)) first.key.commentBefore = comment;
  visit(document, {
    Pair(_, pair, path) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const parent = path[path.length - 2];
      const parentKey = parent && !isSeq(parent) && 'key' in parent && isScalar(parent.key) ? String(parent.key.value) : '';
      if (isMap(pair.value) && flowFields.includes(key)) pair.value.flow = true;
      if (isScalar(pair.value) && typeof pair.value.value === 'string') {
        const text = pair.value.value;
        if (text.includes('\n') || blockFields.includes(parentKey)) {
          pair.value.value = text.endsWith('\n') ? text : `${text}\n`;
          pair.value.type = Scalar.BLOCK_LITERAL;
        }
      }
      return undefined;
    },
    Seq(_, seq, path) {
      const parent = path[path.length - 1];
      if (parent && 'key' in parent && isScalar(parent.key) && flowFields.includes(String(parent.key.value))) seq.flow = true;
      return undefined;
    },
  });
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import { SAMPLE_DATA } from './sample.js';

/**
 * A copy of the sample data as real quarters are often written: English only
 * (every `cy:` and summary.cy.md gone), without the optional `ref` and
 * action `title` fields, and with `edit` applied to each file's text first.
 */
export function englishOnlySample(edit: (file: string, text: string) => string = (_, text) => text): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'rag-english-only-'));
  cpSync(SAMPLE_DATA, root, { recursive: true });
  walk(root, edit);
  return root;
}

function walk(folder: string, edit: (file: string, text: string) => string): void {
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) walk(file, edit);
    else if (name === 'summary.cy.md') rmSync(file);
    else if (name.endsWith('.yaml')) {
      const document = parseDocument(edit(file, readFileSync(file, 'utf8')));
      strip(document.contents, document.has('actions'));
      writeFileSync(file, document.toString({ lineWidth: 0 }));
    }
  }
}

function strip(node: unknown, isSection: boolean, depth = 0): void {
  if (isMap(node)) {
    const drop = ['cy', 'ref', 'label_mutated', ...(isSection && depth === 2 ? ['title'] : [])];
    node.items = node.items.filter((pair) => !drop.includes(String((pair.key as { value?: unknown } | null)?.value)));
    for (const pair of node.items) strip(pair.value, isSection, depth + 1);
  } else if (isSeq(node)) {
    for (const item of (node as { items: Node[] }).items) strip(item, isSection, depth + 1);
  }
}

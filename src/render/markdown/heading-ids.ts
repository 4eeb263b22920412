import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * Gives every heading the id GitHub would give it (`data.id`, and the HTML
 * `id`), so that contents links `#17a--set-the-strategic-direction` work in
 * the Markdown on GitHub, in the HTML and, as bookmarks, in the docx.
 */
export function headingIds() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    for (const node of tree.children) {
      if (node.type !== 'heading') continue;
      const id = slugger.slug(toString(node));
      const data = (node.data ??= {}) as Heading['data'] & { id?: string; hProperties?: Record<string, unknown> };
      data.id = id;
      data.hProperties = { ...data.hProperties, id };
    }
  };
}

/** The ids `headingIds` gives to these heading texts, in document order. */
export function headingAnchors(texts: readonly string[]): string[] {
  const slugger = new GithubSlugger();
  return texts.map((text) => slugger.slug(text));
}

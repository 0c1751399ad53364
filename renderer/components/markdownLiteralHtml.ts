import type { Root, RootContent, Parent } from 'mdast';

/**
 * A remark step that keeps raw HTML as the text it is. Markdown reads
 * «Frist: <ikke avklart>» or «<b>viktig</b>» as HTML; rendering it would let
 * a sync file inject markup, and dropping it (react-markdown's skipHtml)
 * silently loses what the person wrote, in minutes meant for the archive.
 * So each HTML node becomes a text node with the same characters; a block of
 * HTML becomes a paragraph of them.
 */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

export function remarkLiteralHtml() {
  return (tree: Root) => {
    literalise(tree);
  };
}

function literalise(node: Parent): void {
  node.children = node.children.map((child): RootContent => {
    if (child.type === 'html') {
      const text = { type: 'text' as const, value: child.value, position: child.position };
      return FLOW_PARENTS.has(node.type) ? { type: 'paragraph', children: [text], position: child.position } : text;
    }
    if ('children' in child) literalise(child as Parent);
    return child;
  }) as typeof node.children;
}

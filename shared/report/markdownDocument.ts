import type { Definition, FootnoteDefinition, ListItem, Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  link, paragraph, run,
  type ColumnAlign, type DocumentBlock, type DocumentRun, type DocumentTableRow, type HeadingLevel,
} from './document.js';

/**
 * Markdown from a record (minutes, agendas, decisions, measures) as document
 * blocks, read the way the app's Markdown view reads it (remark with GFM, as
 * renderer/components/Markdown.tsx) so the Word file says what the PDF says:
 *
 * - raw HTML is text: «Frist: <ikke avklart>» and «<b>» keep every character;
 * - links only where shared/rules/linkTargets allows, the rest as their words
 *   with the address beside them;
 * - pictures as their description and address (nothing is fetched);
 * - a heading written in the text sits below the section it is in
 *   (`baseLevel`), so a «# Sak 1» in the minutes is not as large as «Referat».
 */
const parser = unified().use(remarkParse).use(remarkGfm);

export function markdownBlocks(text: string, baseLevel: HeadingLevel = 2): DocumentBlock[] {
  if (!text.trim()) return [];
  const tree = parser.parse(text) as Root;
  const definitions = new Map<string, Definition>();
  collectDefinitions(tree, definitions);
  return new MarkdownReader(definitions, baseLevel).flow(tree.children);
}

function collectDefinitions(node: Nodes, into: Map<string, Definition>): void {
  if (node.type === 'definition') into.set(node.identifier, node);
  if ('children' in node) for (const child of node.children) collectDefinitions(child as Nodes, into);
}

interface RunStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly strike?: boolean;
}

class MarkdownReader {
  constructor(private readonly definitions: ReadonlyMap<string, Definition>, private readonly baseLevel: HeadingLevel) {}

  flow(nodes: readonly RootContent[]): DocumentBlock[] {
    return nodes.flatMap((node) => this.block(node));
  }

  private block(node: RootContent): DocumentBlock[] {
    switch (node.type) {
      case 'paragraph':
        return [paragraph(this.inline(node.children))];
      case 'heading': {
        const level = Math.min(6, this.baseLevel + node.depth) as HeadingLevel;
        return [{ type: 'heading', level, runs: this.inline(node.children) }];
      }
      case 'list':
        return [{
          type: 'list',
          ordered: node.ordered === true,
          ...(node.ordered ? { start: node.start ?? 1 } : {}),
          items: node.children.map((item) => this.listItem(item)),
        }];
      case 'blockquote':
        return [{ type: 'quote', blocks: this.flow(node.children) }];
      case 'code':
        return [{ type: 'code', text: node.value }];
      case 'html':
        // Raw HTML is what the person typed: a paragraph of its characters.
        return [paragraph(node.value)];
      case 'thematicBreak':
        return [{ type: 'rule' }];
      case 'table':
        return [this.table(node)];
      case 'footnoteDefinition':
        return this.footnote(node);
      case 'definition':
        // A link's address, given elsewhere in the text: it is used where the link is, as the PDF does.
        return [];
      default:
        // Anything else that can stand in the flow is phrasing: keep its text.
        return [paragraph(this.inline([node as PhrasingContent]))];
    }
  }

  private listItem(item: ListItem): DocumentBlock[] {
    const blocks = this.flow(item.children);
    if (item.checked === null || item.checked === undefined) return blocks.length ? blocks : [paragraph('')];
    // A task list's box, as the PDF shows it (a disabled checkbox there): ☑ done, ☐ not.
    const box = run(item.checked ? '☑ ' : '☐ ');
    const [first, ...rest] = blocks;
    if (first && first.type === 'paragraph') return [paragraph([box, ...first.runs]), ...rest];
    return [paragraph([box]), ...blocks];
  }

  private table(node: Table): DocumentBlock {
    const [head, ...body] = node.children;
    const width = Math.max(0, ...node.children.map((r) => r.children.length));
    const align = (i: number): ColumnAlign => (node.align?.[i] === 'right' ? 'right' : node.align?.[i] === 'center' ? 'center' : 'left');
    const columns = Array.from({ length: width }, (_, i) => {
      const headCell = head?.children[i];
      return { header: headCell ? this.inline(headCell.children).map((r) => r.text).join('') : '', align: align(i) };
    });
    // A header cell's emphasis and links are kept in the first row's runs only as text; the header row is bold anyway.
    const rows: DocumentTableRow[] = body.map((r) => ({
      cells: columns.map((_, i) => {
        const c = r.children[i];
        return [paragraph(c ? this.inline(c.children) : [])];
      }),
    }));
    return { type: 'table', columns, rows };
  }

  private footnote(node: FootnoteDefinition): DocumentBlock[] {
    const blocks = this.flow(node.children);
    const mark = run(`[${node.label ?? node.identifier}] `);
    const [first, ...rest] = blocks;
    if (first && first.type === 'paragraph') return [paragraph([mark, ...first.runs], 'small'), ...rest];
    return [paragraph([mark], 'small'), ...blocks];
  }

  inline(nodes: readonly PhrasingContent[], style: RunStyle = {}): DocumentRun[] {
    return nodes.flatMap((node) => this.phrase(node, style));
  }

  private phrase(node: PhrasingContent, style: RunStyle): DocumentRun[] {
    switch (node.type) {
      case 'text':
      case 'html':
        return [run(node.value, style)];
      case 'strong':
        return this.inline(node.children, { ...style, bold: true });
      case 'emphasis':
        return this.inline(node.children, { ...style, italic: true });
      case 'delete':
        return this.inline(node.children, { ...style, strike: true });
      case 'inlineCode':
        return [run(node.value, { ...style, code: true })];
      case 'break':
        return [run('\n', style)];
      case 'link':
        return link(this.inline(node.children, style), node.url);
      case 'linkReference': {
        const definition = this.definitions.get(node.identifier);
        const words = this.inline(node.children, style);
        return definition ? link(words, definition.url) : [run(`[`, style), ...words, run(`]`, style)];
      }
      case 'image':
        return [run([node.alt, node.url && `(${node.url})`].filter(Boolean).join(' '), style)];
      case 'imageReference': {
        const url = this.definitions.get(node.identifier)?.url ?? '';
        return [run([node.alt, url && `(${url})`].filter(Boolean).join(' '), style)];
      }
      case 'footnoteReference':
        return [run(`[${node.label ?? node.identifier}]`, style)];
      default: {
        // Phrasing a newer remark may add: its characters, if it has any.
        const unknown = node as { value?: unknown };
        return typeof unknown.value === 'string' ? [run(unknown.value, style)] : [];
      }
    }
  }
}

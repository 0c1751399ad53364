import type { ComponentProps } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { safeLinkTarget } from '../../shared/rules/linkTargets';
import { remarkLiteralHtml } from './markdownLiteralHtml';

/**
 * Markdown as the plan and minutes are written. Nothing typed is lost and
 * nothing typed runs: raw HTML shows as the characters it is (never as
 * markup, so text from a sync file cannot inject any), links lead only where
 * shared/rules/linkTargets allows, and anything else keeps its address as
 * visible text. Pictures are shown as their description and address: the
 * app works offline, and a printout must not fetch from the web.
 */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <MarkdownText text={text} />
    </div>
  );
}

/** The same, without the wrapper: for a container of the caller's own (the print views' prose). */
export function MarkdownText({ text }: { text: string }) {
  return (
    <ReactMarkdown remarkPlugins={[remarkGfm, remarkLiteralHtml]} urlTransform={keepAddress} components={COMPONENTS}>
      {text}
    </ReactMarkdown>
  );
}

// The address as written reaches the components below, which decide.
const keepAddress = (url: string) => url;

function MarkdownLink({ href, children, node: _node, ...rest }: ComponentProps<'a'> & { node?: unknown }) {
  const target = href === undefined ? null : safeLinkTarget(href);
  if (target !== null) {
    const external = !target.startsWith('#');
    return (
      <a {...rest} href={target} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
        {children}
      </a>
    );
  }
  const shown = typeof children === 'string' ? children : null;
  return (
    <span className="markdown-unlinked">
      {children}
      {href && href !== shown ? ` (${href})` : null}
    </span>
  );
}

function MarkdownImage({ alt, src }: ComponentProps<'img'> & { node?: unknown }) {
  const address = typeof src === 'string' ? src : '';
  return <span className="markdown-picture">{[alt, address && `(${address})`].filter(Boolean).join(' ')}</span>;
}

const COMPONENTS: Components = { a: MarkdownLink, img: MarkdownImage };

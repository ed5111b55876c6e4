import { memo, type ReactNode } from 'react';
import { parseMarkdown, type Block, type Inline } from '@shared/markdown';

function inline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'break':
        return <br key={index} />;
      case 'strong':
        return <strong key={index}>{inline(node.children)}</strong>;
      case 'em':
        return <em key={index}>{inline(node.children)}</em>;
      case 'code':
        return <code key={index}>{node.text}</code>;
      case 'link':
        return (
          <a key={index} href={node.href} rel="noopener noreferrer nofollow ugc" target="_blank">
            {inline(node.children)}
          </a>
        );
    }
  });
}

function block(node: Block, index: number): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return <p key={index}>{inline(node.children)}</p>;
    case 'heading':
      // A heading inside a message stays out of the page's outline: bold words of its own line.
      return (
        <p key={index} className={`markdown-heading markdown-heading--${node.level}`}>
          <strong>{inline(node.children)}</strong>
        </p>
      );
    case 'quote':
      return <blockquote key={index}>{node.children.map(block)}</blockquote>;
    case 'list': {
      const items = node.items.map((item, at) => <li key={at}>{inline(item)}</li>);
      return node.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
    }
  }
}

/** A message's words: the room's small Markdown as elements, never as HTML. */
export const Markdown = memo(function Markdown({ source }: { source: string }) {
  return <>{parseMarkdown(source).map(block)}</>;
});

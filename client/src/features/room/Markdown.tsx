import { memo, type ReactNode } from 'react';
import { parseMarkdown, type Inline } from '@shared/markdown';

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

/** A message's words: the room's small Markdown as elements, never as HTML. */
export const Markdown = memo(function Markdown({ source }: { source: string }) {
  return (
    <>
      {parseMarkdown(source).map((block, index) =>
        block.type === 'paragraph' ? (
          <p key={index}>{inline(block.children)}</p>
        ) : block.ordered ? (
          <ol key={index}>
            {block.items.map((item, at) => (
              <li key={at}>{inline(item)}</li>
            ))}
          </ol>
        ) : (
          <ul key={index}>
            {block.items.map((item, at) => (
              <li key={at}>{inline(item)}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
});

import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '@shared/markdown';

describe('the Markdown of the room', () => {
  it.each([
    ['plain words', 'Bonjour', [{ type: 'paragraph', children: [{ type: 'text', text: 'Bonjour' }] }]],
    [
      'bold and italic',
      '**oui** et *non*',
      [
        {
          type: 'paragraph',
          children: [
            { type: 'strong', children: [{ type: 'text', text: 'oui' }] },
            { type: 'text', text: ' et ' },
            { type: 'em', children: [{ type: 'text', text: 'non' }] },
          ],
        },
      ],
    ],
    [
      'a bare link, without its final full stop',
      'Voir https://wikispiral.org.',
      [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Voir ' },
            {
              type: 'link',
              href: 'https://wikispiral.org',
              children: [{ type: 'text', text: 'https://wikispiral.org' }],
            },
            { type: 'text', text: '.' },
          ],
        },
      ],
    ],
    [
      'a named link',
      '[statuts](https://example.org/s.pdf)',
      [
        {
          type: 'paragraph',
          children: [
            { type: 'link', href: 'https://example.org/s.pdf', children: [{ type: 'text', text: 'statuts' }] },
          ],
        },
      ],
    ],
    [
      'HTML stays text',
      '<img src=x onerror=alert(1)>',
      [{ type: 'paragraph', children: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }] }],
    ],
    [
      'a list',
      '- un\n- deux',
      [{ type: 'list', ordered: false, items: [[{ type: 'text', text: 'un' }], [{ type: 'text', text: 'deux' }]] }],
    ],
    [
      'line breaks inside a paragraph',
      'a\nb',
      [{ type: 'paragraph', children: [{ type: 'text', text: 'a' }, { type: 'break' }, { type: 'text', text: 'b' }] }],
    ],
    [
      'a heading over its paragraph',
      '## Budget\nLes **chiffres**',
      [
        { type: 'heading', level: 2, children: [{ type: 'text', text: 'Budget' }] },
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Les ' },
            { type: 'strong', children: [{ type: 'text', text: 'chiffres' }] },
          ],
        },
      ],
    ],
    ['a hashtag stays text', '#Agadir', [{ type: 'paragraph', children: [{ type: 'text', text: '#Agadir' }] }]],
    [
      'a quote with a list in it, after a paragraph',
      'Il a écrit :\n> - un\n> - deux',
      [
        { type: 'paragraph', children: [{ type: 'text', text: 'Il a écrit :' }] },
        {
          type: 'quote',
          children: [
            { type: 'list', ordered: false, items: [[{ type: 'text', text: 'un' }], [{ type: 'text', text: 'deux' }]] },
          ],
        },
      ],
    ],
    [
      'a quote in a quote is read as words',
      '> > deux',
      [{ type: 'quote', children: [{ type: 'paragraph', children: [{ type: 'text', text: '> deux' }] }] }],
    ],
  ])('%s', (_name, source, blocks) => {
    expect(parseMarkdown(source)).toEqual(blocks);
  });

  it.each(['[x](javascript:alert(1))', '[x](data:text/html,<script>)', 'javascript:alert(1)'])(
    'keeps %s as words, never a link',
    (source) => {
      const json = JSON.stringify(parseMarkdown(source));
      expect(json).not.toContain('"link"');
      const texts = [...json.matchAll(/"text":"((?:[^"\\]|\\.)*)"/g)]
        .map((match) => JSON.parse(`"${match[1]}"`))
        .join('');
      expect(texts).toBe(source);
    },
  );
});

import type { ReactNode } from 'react';

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+/gi;
/** Punctuation that ends a sentence rather than the address: "see https://x.org/a." */
const TRAILING = /[.,;:!?'»)\]]+$/;

/**
 * Splits plain text into strings and links: every http(s) address becomes an <a>. Built as React
 * elements, so nothing in the text is ever parsed as HTML.
 */
export function linkify(text: string): ReactNode[] {
  const textAndLinks: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const href = trimTrailing(match[0]);
    if (!isWebAddress(href)) continue;
    if (start > last) textAndLinks.push(text.slice(last, start));
    textAndLinks.push(
      <a key={start} href={href} target="_blank" rel="noopener noreferrer">
        {href}
      </a>,
    );
    last = start + href.length;
  }
  if (last < text.length) textAndLinks.push(text.slice(last));
  return textAndLinks;
}

function trimTrailing(candidate: string): string {
  let href = candidate.replace(TRAILING, '');
  // Keep a closing parenthesis that belongs to the address: https://en.wikipedia.org/wiki/Agora_(disambiguation)
  const rest = candidate.slice(href.length);
  if (rest.startsWith(')') && count(href, '(') > count(href, ')')) href += ')';
  return href;
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

function isWebAddress(href: string): boolean {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

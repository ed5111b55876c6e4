/**
 * The HTML part of an e-mail, shown as the recipient's mail program would. It comes from outside
 * (an e-mail body), so it runs in a sandbox: no scripts, no forms, no access to this page or its
 * cookies; only links may open, in a new tab (`<base target="_blank">`).
 */
export function MessageHtml({ html, title }: { html: string; title: string }) {
  return (
    <iframe
      className="message__frame"
      title={title}
      sandbox="allow-popups allow-popups-to-escape-sandbox"
      referrerPolicy="no-referrer"
      srcDoc={withLinksInNewTab(html)}
    />
  );
}

const BASE = '<base target="_blank">';

function withLinksInNewTab(html: string): string {
  const head = /<head\b[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + BASE + html.slice(head.index + head[0].length);
  const root = /<html\b[^>]*>/i.exec(html);
  if (root)
    return (
      html.slice(0, root.index + root[0].length) + `<head>${BASE}</head>` + html.slice(root.index + root[0].length)
    );
  return `<!doctype html><meta charset="utf-8">${BASE}${html}`;
}

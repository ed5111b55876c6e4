/** Text made safe to place in HTML. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Safe HTML built by `html`; interpolated strings are escaped, nested SafeHtml is kept. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** A tagged template for e-mail HTML: every interpolated value is escaped unless it is SafeHtml. */
export function html(
  strings: TemplateStringsArray,
  ...values: Array<string | number | SafeHtml | SafeHtml[]>
): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    const part = Array.isArray(value)
      ? value.map((item) => item.value).join('')
      : value instanceof SafeHtml
        ? value.value
        : escapeHtml(String(value));
    out += part + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** The frame every Agora e-mail shares: plain, readable on a phone, with a footer. */
export function emailLayout(options: { language: string; title: string; body: SafeHtml; footer: string }): string {
  return html`<!doctype html>
    <html lang="${options.language}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title}</title>
      </head>
      <body
        style="margin:0;padding:0;background:#f4f5f7;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1d2430;"
      >
        <div style="max-width:600px;margin:0 auto;padding:24px 16px;">
          <div style="background:#ffffff;border-radius:8px;padding:24px;line-height:1.5;font-size:16px;">
            ${options.body}
          </div>
          <p style="font-size:13px;color:#4a5565;padding:12px 4px;">${options.footer}</p>
        </div>
      </body>
    </html>`.value;
}

/** A button-like link that still reads as a link in clients that drop styles. */
export function button(href: string, label: string): SafeHtml {
  return html`<p style="margin:24px 0;">
      <a
        href="${href}"
        style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600;"
        >${label}</a
      >
    </p>
    <p style="font-size:13px;color:#4a5565;word-break:break-all;">${href}</p>`;
}

/** An e-mail as its template renders it, before it is addressed and sent. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

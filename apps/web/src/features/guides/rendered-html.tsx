/**
 * The one place the web app puts HTML into the page. It takes only HTML made safe before: a guide
 * body rendered by `@digihjaelp/markdown` (raw HTML off, unsafe links refused; by the server, or
 * here for the editor's preview) or the server's search snippet (the guide text escaped, `<mark>`
 * around the search words).
 */
export function RenderedHtml({
  html,
  className,
  as: Element = 'div',
}: {
  html: string;
  className: string;
  as?: 'div' | 'p';
}) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: only escaped renderings come here, see above
  return <Element className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

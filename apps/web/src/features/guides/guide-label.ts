/**
 * A readable name for a guide slug until the counter screen gets guide titles from the guides
 * API: the slug's words, with the Danish letters the slug spells as ae/oe/aa put back.
 */
export function guideLabel(slug: string): string {
  const words = slug
    .split('-')
    .map((word) => word.replace(/ae/g, 'æ').replace(/oe/g, 'ø').replace(/aa/g, 'å'))
    .map((word) => (word === 'mitid' ? 'MitID' : word));
  const text = words
    .join(' ')
    .replace(/^e mail/, 'e-mail')
    .replace(/ dk\b/, '.dk');
  return text.charAt(0).toLocaleUpperCase('da') + text.slice(1);
}

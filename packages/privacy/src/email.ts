import { isPublicEmailAddress, webmailDomains } from './public-contacts';

/**
 * E-mail addresses, also when written to dodge a filter or a spam robot: "anna (at) gmail.com",
 * "anna [at] gmail [dot] com", "anna snabel-a gmail.com", "anna @ gmail . com".
 *
 * Found from the "@" (or the word standing for it) outwards, never by a pattern that starts
 * anywhere, so a long text costs one pass.
 */

// "@" with spaces around it, "(at)", "[at]", "{at}", "<at>", "snabel-a", or the bare word "at".
const atMarks = / {0,3}(?:@|[([{<] {0,2}(?:at|snabel-?a) {0,2}[)\]}>]) {0,3}| {1,3}snabel-?a {1,3}| {1,3}at {1,3}/giu;
const localCharacter = /[\p{L}\p{N}._%+-]/u;
const label = /[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?/uy;
// A dot, or a dot dressed up: " . ", "(dot)", "[punktum]", " prik ".
const dot =
  /\.(?! )|(?: {0,3}[([{<] {0,2}(?:dot|punktum|prik) {0,2}[)\]}>] {0,3}| {1,3}(?:dot|punktum|prik) {1,3}| {0,3}\. {0,3})/iuy;
// After a dressed-up dot only a real top-level domain counts, so "Mød os @ biblioteket. Det er …"
// is a sentence, not an address.
const commonTopLevelDomains = new Set([
  'dk',
  'com',
  'net',
  'org',
  'se',
  'no',
  'de',
  'eu',
  'nu',
  'info',
  'io',
  'me',
  'uk',
  'fi',
  'is',
  'gl',
  'fo',
]);
// "at" is also a common Danish word ("Husk at mitid.dk …"): before a bare "at" only something
// that cannot be a word counts ("anna.hansen at …", "anna1970 at …"), or any name before a
// webmail domain ("anna at gmail.com").
const mailLikeLocalPart = /[._%+\-\d]/;

function stickyMatch(pattern: RegExp, text: string, position: number): string | undefined {
  pattern.lastIndex = position;
  return pattern.exec(text)?.[0];
}

/** The longest domain after `position` that ends in a believable top-level domain. */
function domainAt(text: string, position: number): { domain: string; end: number } | undefined {
  const first = stickyMatch(label, text, position);
  if (!first) return undefined;
  const labels = [first];
  let cursor = position + first.length;
  let longest: { domain: string; end: number } | undefined;
  for (let step = 0; step < 10; step += 1) {
    const separator = stickyMatch(dot, text, cursor);
    if (separator === undefined) break;
    const next = stickyMatch(label, text, cursor + separator.length);
    if (!next) break;
    labels.push(next);
    cursor += separator.length + next.length;
    const believable = separator === '.' ? /^\p{L}{2,}$/u.test(next) : commonTopLevelDomains.has(next.toLowerCase());
    if (believable) longest = { domain: labels.join('.'), end: cursor };
  }
  return longest;
}

/** Spans (in the normalised text) of every e-mail address that is not an office's. */
export function findEmailAddresses(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const mark of text.matchAll(atMarks)) {
    let start = mark.index;
    while (start > 0 && mark.index - start < 64 && localCharacter.test(text.charAt(start - 1))) start -= 1;
    while (text[start] === '.') start += 1;
    const localPart = text.slice(start, mark.index).replace(/\.+$/, '');
    if (!/[\p{L}\p{N}]/u.test(localPart)) continue;
    const address = domainAt(text, mark.index + mark[0].length);
    if (!address) continue;
    const bareAt = mark[0].trim().toLowerCase() === 'at';
    if (bareAt && !mailLikeLocalPart.test(localPart) && !webmailDomains.has(address.domain.toLowerCase())) continue;
    if (isPublicEmailAddress(localPart, address.domain)) continue;
    found.push({ start, end: address.end });
  }
  return found;
}

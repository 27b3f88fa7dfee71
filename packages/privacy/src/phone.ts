import { type DigitGroup, type DigitWindow, type GroupedNumber, groupedNumbers, windowsOf } from './digit-groups';
import { isPublicPhoneNumber } from './public-contacts';

/**
 * Danish phone numbers: eight digits, never starting with 0 or 1 (those are prefixes and short
 * numbers), optionally after +45 or 0045, written the ways people write them.
 */

// Whole, 2-2-2-2, 4-4, 3-3-2 and 2-3-3 ("70 123 456"), or one digit at a time.
const phoneLayouts = new Set(['8', '2,2,2,2', '4,4', '3,3,2', '2,3,3']);
// Phone numbers are split by spaces, dashes or dots, the same mark throughout; thousands are
// split by dots too, so groups of three never count with dots ("25.000.000 kr.").
const phoneSeparators = [' ', '-', '.'];

function isWrittenLikePhone(window: DigitWindow): boolean {
  const marks = new Set(window.marks);
  if (marks.size > 1 || window.marks.some((mark) => !phoneSeparators.includes(mark))) return false;
  if (window.isOneByOne) return true;
  if (!phoneLayouts.has(window.layout)) return false;
  return !(marks.has('.') && window.layout.includes('3'));
}

/** "2023-2024", "2024 2025": two years, first to last, are a period. */
function isYearRange(window: DigitWindow): boolean {
  if (window.layout !== '4,4') return false;
  const [from, to] = [Number(window.digits.slice(0, 4)), Number(window.digits.slice(4))];
  return from >= 1900 && to <= 2099 && from <= to;
}

const amountBefore = /(?:^|[^\p{L}])(?:kr\.?|dkk|eur|€) {0,2}$/iu;
const amountAfter = /^ {0,2}(?:kr\b|kroner|dkk|eur\b|€|,-|mio\b)/i;

// A number named as something else is not a phone number: "sagsnr. 20241117", "CVR-nr. 61126228".
// Only labels that never introduce a phone number; "nr." alone does ("ring på nr. 20304050").
// Written without dots and dashes: "J.nr." is "jnr", "CVR-nr." is "cvrnr".
const otherNumberLabels = new Set([
  'sag',
  'sagen',
  'sagsnr',
  'sagsnummer',
  'sagsid',
  'jnr',
  'journalnr',
  'journalnummer',
  'ref',
  'reference',
  'referencenr',
  'referencenummer',
  'ordre',
  'ordrenr',
  'ordrenummer',
  'kundenr',
  'kundenummer',
  'faktura',
  'fakturanr',
  'fakturanummer',
  'kvitteringsnr',
  'kvitteringsnummer',
  'cvr',
  'cvrnr',
  'cvrnummer',
  'senr',
  'pnr',
]);

function labelBefore(text: string, position: number): string {
  const before = text.slice(Math.max(0, position - 24), position).replace(/[ .:#]+$/, '');
  return (/[\p{L}.-]+$/u.exec(before)?.[0] ?? '').replace(/[.-]/g, '').toLowerCase();
}

function isNamedAsSomethingElse(text: string, window: DigitWindow): boolean {
  const before = text.slice(Math.max(0, window.start - 8), window.start);
  return (
    amountBefore.test(before) ||
    amountAfter.test(text.slice(window.end, window.end + 8)) ||
    otherNumberLabels.has(labelBefore(text, window.start))
  );
}

// "+45 ", "0045", "(+45) ", "+45-" right before the number belongs to it.
const countryCodeBefore = /(?:\( {0,2})?(?:\+ {0,2}|00)45(?: {0,2}\))?[ -]{0,2}$/;

/** How many leading digits of this group are the country code: "0045…", or "45…" right after "+". */
function countryCodeLength(text: string, group: DigitGroup): number {
  const { digits, start } = group;
  if (digits.startsWith('0045') && (digits.length === 4 || digits.length === 12)) return 4;
  const afterPlus = /\+ {0,2}$/.test(text.slice(Math.max(0, start - 3), start));
  return afterPlus && digits.startsWith('45') && (digits.length === 2 || digits.length === 10) ? 2 : 0;
}

/**
 * A country code is never part of the subscriber number: "+45 33 98 00 98" must not be read as
 * 45 33 98 00. The written number is cut after each code, also when the code is glued on
 * ("+4520304050", "004520304050").
 */
function withoutCountryCodes(text: string, number: GroupedNumber): GroupedNumber[] {
  let part: GroupedNumber = { groups: [], separators: [] };
  const parts = [part];
  number.groups.forEach((group, index) => {
    const codeLength = countryCodeLength(text, group);
    if (codeLength > 0) {
      part = { groups: [], separators: [] };
      parts.push(part);
      if (group.digits.length === codeLength) return;
      part.groups.push({ start: group.start + codeLength, end: group.end, digits: group.digits.slice(codeLength) });
      return;
    }
    const separator = number.separators[index - 1];
    if (part.groups.length > 0 && separator !== undefined) part.separators.push(separator);
    part.groups.push(group);
  });
  return parts;
}

/** A subscriber number (0 and 1 start prefixes and short numbers) that is not a public one. */
const couldBeCitizensNumber = (digits: string) => /^[2-9]/.test(digits) && !isPublicPhoneNumber(digits);

/** Spans (in the normalised text) of everything written like a citizen's phone number. */
export function findPhoneNumbers(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const number of groupedNumbers(text).flatMap((written) => withoutCountryCodes(text, written))) {
    for (const window of windowsOf(number, [8], couldBeCitizensNumber)) {
      // Windows come in order of their start, so only the last one found can overlap.
      if (
        !(window.start < (found.at(-1)?.end ?? -1)) &&
        isWrittenLikePhone(window) &&
        !isYearRange(window) &&
        !isNamedAsSomethingElse(text, window)
      ) {
        const prefix = countryCodeBefore.exec(text.slice(Math.max(0, window.start - 10), window.start));
        found.push({ start: window.start - (prefix?.[0].length ?? 0), end: window.end });
      }
    }
  }
  return found;
}

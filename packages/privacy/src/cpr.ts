import { type DigitWindow, groupedNumbers, windowsOf } from './digit-groups';

/**
 * CPR numbers: a birth date (DDMMYY, or DDMMYYYY) and a four-digit serial. Recognised by shape and
 * a real date only. Modulus 11 is deliberately not checked: numbers issued since 2007 may fail it,
 * and a number that fails it is still personal data.
 */

/**
 * The century of a CPR number follows from its two-digit year and the serial's first digit
 * (CPR-kontoret, "Personnummeret i CPR-systemet"; see cpr.dk, "Opbygning af CPR-nummeret").
 */
function birthYear(twoDigitYear: number, serialFirstDigit: number): number {
  if (serialFirstDigit <= 3) return 1900 + twoDigitYear;
  if (serialFirstDigit === 4 || serialFirstDigit === 9) return (twoDigitYear <= 36 ? 2000 : 1900) + twoDigitYear;
  return (twoDigitYear <= 57 ? 2000 : 1800) + twoDigitYear;
}

function isRealDate(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface CprLayout {
  /** These two breaks must carry the same mark: the date's "24.12.63", "24 12 63", "24/12/1963". */
  sameMarks?: [number, number];
  /** This break may only be a space: a serial split in two ("13 58"). */
  spaceOnly?: number;
}

// How a written CPR number may be grouped, besides one digit at a time: the date whole, or as
// day, month and year with the same mark twice; then the serial, glued or after any separator,
// whole or split once by a space. A break inside the date needs one before the serial too, so
// "01.01.2024-31.12.2024" (a period) is no CPR number. The same with a four-digit year
// ("24-12-1963-1364"), always apart from the serial.
const cprLayouts = new Map<string, CprLayout>([
  ['10', {}],
  ['6,4', {}],
  ['6,2,2', { spaceOnly: 1 }],
  ['2,2,2,4', { sameMarks: [0, 1] }],
  ['2,2,2,2,2', { sameMarks: [0, 1], spaceOnly: 3 }],
  ['8,4', {}],
  ['8,2,2', { spaceOnly: 1 }],
  ['2,2,4,4', { sameMarks: [0, 1] }],
  ['2,2,4,2,2', { sameMarks: [0, 1], spaceOnly: 3 }],
]);

function isWrittenLikeCpr(window: DigitWindow): boolean {
  if (window.isOneByOne) return window.digits.length === 10;
  const rule = cprLayouts.get(window.layout);
  if (!rule) return false;
  const { marks } = window;
  if (rule.sameMarks && marks[rule.sameMarks[0]] !== marks[rule.sameMarks[1]]) return false;
  return rule.spaceOnly === undefined || marks[rule.spaceOnly] === ' ';
}

/** The digits hold a real birth date (checked first: it rules out most candidates cheaply). */
function holdsBirthDate(digits: string): boolean {
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  if (digits.length === 10) return isRealDate(day, month, birthYear(Number(digits.slice(4, 6)), Number(digits[6])));
  const year = Number(digits.slice(4, 8));
  // The written year must be the one the serial implies: "01.01.2024-31.12.2024" has serial 3112,
  // which means 1924, so it is a period, not a CPR number.
  return year === birthYear(year % 100, Number(digits[8])) && isRealDate(day, month, year);
}

/** Spans (in the normalised text) of everything written like a CPR number. */
export function findCprNumbers(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const number of groupedNumbers(text)) {
    for (const window of windowsOf(number, [10, 12], holdsBirthDate)) {
      // Windows come in order of their start, so only the last one found can overlap.
      const overlaps = window.start < (found.at(-1)?.end ?? -1);
      if (!overlaps && isWrittenLikeCpr(window)) found.push({ start: window.start, end: window.end });
    }
  }
  return found;
}

import { breaksAt, type DigitWindow, groupedNumbers, windowsOf } from './digit-groups';

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

// Where a written CPR number may break, besides everywhere ("2 4 1 2 6 3 1 3 5 8"): the date
// either whole or as DD MM YY with the same mark twice ("24.12.63", "24 12 63"), then the serial,
// glued or after any separator, whole or split once by a space ("13 58"). A break inside the date
// needs one before the serial too, so "01.01.2024-31.12.2024" is no CPR number.
const tenDigitBreaks = [[], [6], [6, 8], [2, 4, 6], [2, 4, 6, 8]];
// The same with a four-digit year ("24-12-1963-1364", "24121963 1364"), always apart from the serial.
const twelveDigitBreaks = [[8], [8, 10], [2, 4, 8], [2, 4, 8, 10]];

function isWrittenLikeCpr(window: DigitWindow, allowed: number[][], serialSplit: number): boolean {
  if (window.spacedOneByOne) return window.digits.length === 10;
  if (!allowed.some((positions) => breaksAt(window, positions))) return false;
  if (window.breaks.has(2) && window.breaks.get(2) !== window.breaks.get(4)) return false;
  return !window.breaks.has(serialSplit) || window.breaks.get(serialSplit) === ' ';
}

function isCpr(window: DigitWindow): boolean {
  const { digits } = window;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  if (digits.length === 10) {
    return (
      isWrittenLikeCpr(window, tenDigitBreaks, 8) &&
      isRealDate(day, month, birthYear(Number(digits.slice(4, 6)), Number(digits[6])))
    );
  }
  const year = Number(digits.slice(4, 8));
  // The written year must be the one the serial implies: "01.01.2024-31.12.2024" has serial 3112,
  // which means 1924, so it is a period, not a CPR number.
  return (
    isWrittenLikeCpr(window, twelveDigitBreaks, 10) &&
    year === birthYear(year % 100, Number(digits[8])) &&
    isRealDate(day, month, year)
  );
}

/** Spans (in the normalised text) of everything written like a CPR number. */
export function findCprNumbers(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const number of groupedNumbers(text)) {
    for (const window of windowsOf(number, [10, 12])) {
      // Windows come in order of their start, so only the last one found can overlap.
      if (isCpr(window) && !(window.start < (found.at(-1)?.end ?? -1)))
        found.push({ start: window.start, end: window.end });
    }
  }
  return found;
}

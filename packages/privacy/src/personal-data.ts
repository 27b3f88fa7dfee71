/**
 * Guards free text against personal data about citizens (GDPR: the case log records a visit,
 * never a person). Used by the API before saving and by the web app while the user types.
 */
export type PersonalDataKind = 'cpr' | 'email' | 'phone';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** Where in the text it starts, so the UI can point at it without repeating it. */
  index: number;
  length: number;
}

// DDMMYY, optionally with a dot, dash, slash or space between day, month and year, then the
// four-digit serial after an optional dash (also the en/em dashes word processors put in), dot or
// whitespace, line breaks included. No digit may touch either end, so longer numbers are not CPR
// numbers, while letters may: "cpr0101901234" is still one.
// Written as a lookahead so every start is tried: a near miss ("32 010190-1234") cannot hide a
// real number by consuming its first digits.
const cprShape = /(?<!\d)(?=((\d{2})[ ./-]?(\d{2})[ ./-]?(\d{2})\s*[-‐‑–—.]?\s*\d{4}(?!\d)))/g;
const emailShape = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// Danish subscriber numbers are eight digits and never start with 0 or 1; +45 or 0045 may precede.
// Written whole, as 2+2+2+2 (space, dot or dash between), or as 4+4 with a space; not 4-4 with a
// dash, which is how year ranges (2023-2024) are written.
const phoneShape =
  /(?<![\d+])(?:(?:\+|00)45[\s-]?)?[2-9]\d(?:\d{6}|(?: \d{2}){3}|(?:\.\d{2}){3}|(?:-\d{2}){3}|\d{2} \d{4})(?!\d)/g;

const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A CPR number's first six digits are a real date. Modulus 11 is deliberately not checked: numbers
 * issued since 2007 may fail it, and a number that fails it is still personal data.
 */
function isValidDayMonth(day: number, month: number, twoDigitYear: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return twoDigitYear % 4 === 0;
  return day <= daysInMonth[month - 1];
}

export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const overlapsEarlier = (index: number, length: number) =>
    findings.some((found) => index < found.index + found.length && found.index < index + length);
  for (const match of text.matchAll(cprShape)) {
    const [, whole, day, month, year] = match;
    if (isValidDayMonth(Number(day), Number(month), Number(year)) && !overlapsEarlier(match.index, whole.length)) {
      findings.push({ kind: 'cpr', index: match.index, length: whole.length });
    }
  }
  for (const match of text.matchAll(emailShape)) {
    findings.push({ kind: 'email', index: match.index, length: match[0].length });
  }
  for (const match of text.matchAll(phoneShape)) {
    if (!overlapsEarlier(match.index, match[0].length)) {
      findings.push({ kind: 'phone', index: match.index, length: match[0].length });
    }
  }
  return findings.sort((a, b) => a.index - b.index);
}

const explanations: Record<PersonalDataKind, string> = {
  cpr: 'Teksten ligner et CPR-nummer. Noter må ikke indeholde CPR-numre',
  email: 'Teksten indeholder en e-mailadresse. Noter må ikke indeholde borgerens kontaktoplysninger',
  phone: 'Teksten ligner et telefonnummer. Noter må ikke indeholde borgerens kontaktoplysninger',
};

/** A plain-Danish explanation of why the text was refused and what to do. */
export function personalDataMessage(kind: PersonalDataKind): string {
  return `${explanations[kind]} – vi registrerer henvendelsen, ikke personen (GDPR). Fjern oplysningen, og prøv igen.`;
}

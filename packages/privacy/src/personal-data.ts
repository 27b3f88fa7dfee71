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

// DDMMYY, optionally with dots between day, month and year, then an optional dash, space or dot
// and the four-digit serial. No digit may touch either end (so longer numbers are not CPR numbers).
const cprShape = /(?<!\d)(\d{2})\.?(\d{2})\.?(\d{2})[-\s.]?\d{4}(?!\d)/g;
const emailShape = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// Danish subscriber numbers are eight digits and never start with 0 or 1; +45 or 0045 may precede.
const phoneShape = /(?<![\d+])(?:(?:\+|00)45[\s-]?)?[2-9]\d(?:\d{6}|(?: \d{2}){3}|\d{2} \d{4})(?![\d])/g;

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
  for (const match of text.matchAll(cprShape)) {
    const [, day, month, year] = match;
    if (isValidDayMonth(Number(day), Number(month), Number(year))) {
      findings.push({ kind: 'cpr', index: match.index, length: match[0].length });
    }
  }
  for (const match of text.matchAll(emailShape)) {
    findings.push({ kind: 'email', index: match.index, length: match[0].length });
  }
  const overlapsEarlier = (index: number, length: number) =>
    findings.some((found) => index < found.index + found.length && found.index < index + length);
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

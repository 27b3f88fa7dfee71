import { findCprNumbers } from './cpr';
import { findEmailAddresses } from './email';
import { normaliseForMatching, originalSpan } from './normalise';
import { findPhoneNumbers } from './phone';

/**
 * Guards free text against personal data about citizens (GDPR: the case log records a visit,
 * never a person). Used by the API before saving and by the web app while the user types.
 *
 * What it looks for: CPR numbers, e-mail addresses and Danish phone numbers, however they are
 * typed (see normalise.ts). What it lets pass: the numbers and mailboxes of public authorities and
 * services (public-contacts.ts), and ordinary numbers — dates, times, amounts, years, case and
 * version numbers, page counts, postcodes. Postcodes and street addresses are not looked for: a
 * postcode with its town names a place, not a person, and a street address cannot be told from the
 * address of a library, an office or a shop without knowing who lives there.
 */
export type PersonalDataKind = 'cpr' | 'email' | 'phone';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** Where in the text it starts, so the UI can point at it without repeating it. */
  index: number;
  length: number;
}

const detectors: [PersonalDataKind, (text: string) => Span[]][] = [
  ['cpr', findCprNumbers],
  ['email', findEmailAddresses],
  ['phone', findPhoneNumbers],
];

type Span = { start: number; end: number };

/** Does `span` overlap one of `taken` (disjoint, sorted by start)? A binary search, so many findings stay cheap. */
function overlapsTaken(taken: Span[], span: Span): boolean {
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((taken[middle]?.end ?? Number.POSITIVE_INFINITY) <= span.start) low = middle + 1;
    else high = middle;
  }
  const next = taken[low];
  return next !== undefined && next.start < span.end;
}

export function findPersonalData(text: string): PersonalDataFinding[] {
  const normalised = normaliseForMatching(text);
  const taken: (Span & { kind: PersonalDataKind })[] = [];
  // In this order: a CPR number is not reported again as a phone number, nor an e-mail's digits.
  for (const [kind, find] of detectors) {
    const accepted: typeof taken = [];
    for (const span of find(normalised.text)) {
      const previous = accepted.at(-1);
      if (!overlapsTaken(taken, span) && !(previous && span.start < previous.end)) accepted.push({ kind, ...span });
    }
    taken.push(...accepted);
    taken.sort((a, b) => a.start - b.start);
  }
  return taken.map(({ kind, start, end }) => ({ kind, ...originalSpan(normalised, start, end - start) }));
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

/** One refused field, in the shape of the contract's `details.fields` (plus what was found). */
export interface PersonalDataIssue {
  path: string;
  kind: PersonalDataKind;
  message: string;
}

/**
 * Checks several named fields at once ({ note, deviationReason, "answers.other": … }): one issue
 * per field that holds personal data, naming the first kind found, in the order given.
 */
export function findPersonalDataInFields(fields: Record<string, string | null | undefined>): PersonalDataIssue[] {
  return Object.entries(fields).flatMap(([path, text]) => {
    const [first] = text ? findPersonalData(text) : [];
    return first ? [{ path, kind: first.kind, message: personalDataMessage(first.kind) }] : [];
  });
}

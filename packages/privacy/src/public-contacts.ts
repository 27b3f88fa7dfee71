/**
 * Contact points of public authorities and services. They are not personal data: a note that the
 * citizen was sent to MitID support on 33 98 00 10 says where help is, not who the citizen is. The
 * referral list (packages/triage) writes its numbers from here, and the guard accepts them.
 * Checked against the source named for each; update the source when a number changes.
 */
export interface PublicContact {
  name: string;
  /** As the citizen dials it, in the Danish way of writing it. */
  phone: string;
  /** Where the number is published. */
  source: string;
}

export const publicContacts = {
  mitidSupport: {
    name: 'MitID support',
    phone: '33 98 00 10',
    source: 'https://sikkerdigital.dk/hotline-ved-identitetstyveri',
  },
  skattestyrelsen: { name: 'Skattestyrelsen', phone: '72 22 18 18', source: 'https://skat.dk/kontakt' },
  policeService: {
    name: 'Politiet (ikke akut)',
    phone: '114',
    source: 'https://politi.dk/kontakt-politiet/alarm-112',
  },
  emergency: { name: 'Alarm 112', phone: '112', source: 'https://politi.dk/kontakt-politiet/alarm-112' },
  cyberhotline: {
    name: 'Cyberhotline for digital sikkerhed',
    phone: '33 37 00 37',
    source: 'https://sikkerdigital.dk/cyberhotline',
  },
  identityTheftHotline: {
    name: 'Hotline ved identitetstyveri',
    phone: '33 98 00 98',
    source: 'https://sikkerdigital.dk/hotline-ved-identitetstyveri',
  },
  dankortBlocking: {
    name: 'Spærring af Dankort og Visa/Dankort (Nets, døgnet rundt)',
    phone: '44 89 29 29',
    source: 'https://www.banken.gl/da/privat/kort/spaerring-af-kort',
  },
  mastercardBlocking: {
    name: 'Spærring af Mastercard (Nets, døgnet rundt)',
    phone: '44 89 27 50',
    source: 'https://www.banken.gl/da/privat/kort/spaerring-af-kort',
  },
  sydbankCardService: {
    name: 'Sydbank, kortservice for Mastercard',
    phone: '44 232 232',
    source: 'https://www.sydbank.dk/privat/kontakt/hjaelp/spaer-kort',
  },
  jyskeBank: { name: 'Jyske Bank', phone: '89 89 89 89', source: 'https://www.jyskebank.dk/privat/priser/Prispolitik' },
} as const satisfies Record<string, PublicContact>;

const digitsOf = (phone: string) => phone.replace(/\D/g, '');

const listedNumbers = new Set(Object.values(publicContacts).map((contact) => digitsOf(contact.phone)));

/**
 * Series the Danish numbering plan keeps for services, never for a subscriber's own line: 70
 * (nationwide numbers of companies and authorities, e.g. Udbetaling Danmark 70 12 80 65 and most
 * banks), 80 (free numbers) and 90 (premium-rate numbers). See sdfi.dk, "Den samlede danske
 * nummerplan".
 */
const serviceSeries = ['70', '80', '90'];

/** Is this eight-digit Danish number a public authority's or service's, not a citizen's own? */
export function isPublicPhoneNumber(eightDigits: string): boolean {
  return listedNumbers.has(eightDigits) || serviceSeries.includes(eightDigits.slice(0, 2));
}

/**
 * Mailboxes of a function rather than a person (borgerservice@kommune.dk, kontakt@…): the address
 * of an office, like its phone number. A free webmail address is never an office's.
 */
const functionMailboxes = new Set([
  'borgerservice',
  'bibliotek',
  'biblioteket',
  'kontakt',
  'post',
  'info',
  'support',
  'kundeservice',
  'hotline',
  'service',
]);

/** Free mail services people use for their own address. */
export const webmailDomains = new Set([
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.dk',
  'outlook.com',
  'outlook.dk',
  'live.com',
  'live.dk',
  'msn.com',
  'yahoo.com',
  'yahoo.dk',
  'icloud.com',
  'me.com',
  'aol.com',
  'gmx.com',
  'proton.me',
  'protonmail.com',
  'mail.dk',
  'jubii.dk',
  'get2net.dk',
  'stofanet.dk',
  'youmail.dk',
]);

/** Is this e-mail address an office's function mailbox (not a person's)? */
export function isPublicEmailAddress(localPart: string, domain: string): boolean {
  return functionMailboxes.has(localPart.toLowerCase()) && !webmailDomains.has(domain.toLowerCase());
}

import type { FlowDefinition } from '@digihjaelp/contract';
import { deviceBasicsFlow, generalFlow, otherServicesFlow } from './flows/everyday';
import { mitIdAlternativesFlow, mitIdLoginFlow, mitIdSetupFlow } from './flows/mitid';
import { digitalPostFlow, exemptionsFlow, powerOfAttorneyFlow } from './flows/post-and-rights';
import { fraudFlow, socialMediaFlow, sourceCriticismFlow } from './flows/safety';
import { bankingFlow, bookingPassportFlow, borgerDkFlow, healthFlow, taxFlow } from './flows/self-service';

interface SeededCategory {
  key: string;
  nameDa: string;
  nameEn: string;
  /** Always handled as urgent. */
  urgent?: boolean;
  /** The triage flow every installation starts with for this category. */
  flow: FlowDefinition;
}

/**
 * The starting taxonomy of problem categories (docs/DOMAIN.md), in display order, each with its
 * seeded triage flow: the one list of the seeded category keys and names in code. The database
 * got the same list from the categories migration (a frozen copy, as migrations are; a test holds
 * the two together), and admins edit the categories afterwards — so code never assumes that a
 * seeded category still exists or is active.
 */
export const seededCategories = [
  {
    key: 'mitid-setup',
    nameDa: 'MitID: oprettelse og aktivering',
    nameEn: 'MitID: setup and activation',
    flow: mitIdSetupFlow,
  },
  {
    key: 'mitid-login',
    nameDa: 'MitID: login, mistede koder, ny telefon, spærring',
    nameEn: 'MitID: login, lost codes, new phone, blocking',
    flow: mitIdLoginFlow,
  },
  {
    key: 'mitid-alternatives',
    nameDa: 'MitID: kodeviser, kodeoplæser og chip',
    nameEn: 'MitID: code display, audio code reader and chip',
    flow: mitIdAlternativesFlow,
  },
  {
    key: 'digital-post',
    nameDa: 'Digital Post (borger.dk, e-Boks, mit.dk)',
    nameEn: 'Digital Post (borger.dk, e-Boks, mit.dk)',
    flow: digitalPostFlow,
  },
  { key: 'exemptions', nameDa: 'Fritagelser', nameEn: 'Exemptions', flow: exemptionsFlow },
  {
    key: 'power-of-attorney',
    nameDa: 'Fuldmagt, adgang til postkasse og værgemål',
    nameEn: 'Power of attorney, mailbox access, guardianship',
    flow: powerOfAttorneyFlow,
  },
  {
    key: 'borgerdk-selfservice',
    nameDa: 'Selvbetjening på borger.dk (flytning, ydelser, pension, sundhedskort)',
    nameEn: 'borger.dk self-service (moving, benefits, pension, health card)',
    flow: borgerDkFlow,
  },
  {
    key: 'tax',
    nameDa: 'Skat (skat.dk, forskudsopgørelse, årsopgørelse)',
    nameEn: 'Tax (skat.dk, preliminary and annual tax statements)',
    flow: taxFlow,
  },
  {
    key: 'health',
    nameDa: 'Sundhed (sundhed.dk, Min Læge)',
    nameEn: 'Health (sundhed.dk, Min Læge)',
    flow: healthFlow,
  },
  {
    key: 'banking',
    nameDa: 'NemKonto, netbank og betalinger',
    nameEn: 'NemKonto, online banking, payments',
    flow: bankingFlow,
  },
  {
    key: 'booking-passport',
    nameDa: 'Tidsbestilling, pas og kørekort',
    nameEn: 'Booking, passport, driving licence',
    flow: bookingPassportFlow,
  },
  {
    key: 'fraud',
    nameDa: 'Svindel og phishing (haster)',
    nameEn: 'Fraud and phishing (urgent)',
    urgent: true,
    flow: fraudFlow,
  },
  {
    key: 'social-media',
    nameDa: 'Sociale medier: privatliv og kontosikkerhed',
    nameEn: 'Social media: privacy and account security',
    flow: socialMediaFlow,
  },
  {
    key: 'source-criticism',
    nameDa: 'Kildekritik og misinformation',
    nameEn: 'Source criticism and misinformation',
    flow: sourceCriticismFlow,
  },
  {
    key: 'device-basics',
    nameDa: 'Grundlæggende om enheder (telefon, apps, e-mail, wifi, print/scan)',
    nameEn: 'Device basics (phone, apps, e-mail, wifi, print/scan)',
    flow: deviceBasicsFlow,
  },
  {
    key: 'other-services',
    nameDa: 'Andre digitale tjenester (AULA, Rejsekort, bolig)',
    nameEn: 'Other digital services (AULA, Rejsekort, housing)',
    flow: otherServicesFlow,
  },
  { key: 'other', nameDa: 'Andet / uden for vores opgaver', nameEn: 'Other / outside remit', flow: generalFlow },
] as const satisfies readonly SeededCategory[];
export type SeededCategoryKey = (typeof seededCategories)[number]['key'];

/** The category whose flow is used for a category without a flow of its own. */
export const generalFlowCategory: SeededCategoryKey = 'other';

/** The seeded flow of every seeded category, keyed by category key. */
export const seededFlows = Object.fromEntries(
  seededCategories.map((category) => [category.key, category.flow]),
) as Readonly<Record<SeededCategoryKey, FlowDefinition>>;

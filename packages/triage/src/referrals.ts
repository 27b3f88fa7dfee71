import type { ReferralContact, ReferralTarget } from '@digihjaelp/contract';
import { publicContacts } from '@digihjaelp/privacy';

/**
 * Where we refer to, with how the citizen reaches them (public contact points only, checked against
 * the official pages named in docs/DOMAIN.md, "Henvisninger"). Phone numbers come from the privacy
 * package's public contacts, so a note naming one is never refused.
 */
export const referralContacts: Record<ReferralTarget, ReferralContact> = {
  'mitid-support': {
    target: 'mitid-support',
    name: 'MitID support',
    contact:
      `Ring ${publicContacts.mitidSupport.phone} (hverdage 8–20, weekend og helligdage 10–16) eller se mitid.dk/hjaelp. Borgeren ringer selv. ` +
      `Uden for åbningstiden: spær selv på MitID.dk, eller ring til hotline for identitetstyveri på ${publicContacts.identityTheftHotline.phone} (døgnåben).`,
  },
  bank: {
    target: 'bank',
    name: 'Borgerens bank',
    contact:
      'Bankens eget telefonnummer står på betalingskortet og på bankens hjemmeside. Ved misbrug: ring straks – uden for åbningstid til bankens spærrelinje.',
  },
  'tax-authority': {
    target: 'tax-authority',
    name: 'Skattestyrelsen',
    contact: `Ring ${publicContacts.skattestyrelsen.phone} eller skriv via TastSelv på skat.dk (Kontakt).`,
  },
  police: {
    target: 'police',
    name: 'Politiet',
    contact: `Anmeld på politi.dk eller ring ${publicContacts.policeService.phone} (ikke akut). Ring ${publicContacts.emergency.phone} ved akut fare.`,
  },
  borgerservice: {
    target: 'borgerservice',
    name: 'Borgerservice',
    contact:
      'Skranken for pas, kørekort, MitID, fritagelser og læseadgang. Tag gyldig legitimation med. Book tid på kommunens hjemmeside, hvor filialen kræver det.',
  },
  'udbetaling-danmark': {
    target: 'udbetaling-danmark',
    name: 'Udbetaling Danmark',
    contact: 'Kontaktoplysninger for pension og ydelser findes på borger.dk.',
  },
  familieretshuset: {
    target: 'familieretshuset',
    name: 'Familieretshuset',
    contact: 'Ansøgning om værgemål på familieretshuset.dk.',
  },
  'volunteer-it-help': {
    target: 'volunteer-it-help',
    name: 'Frivillig IT-hjælp på biblioteket',
    contact: 'Se bibliotekets kalender for IT-café og frivillige hjælpere.',
  },
  'library-course': {
    target: 'library-course',
    name: 'Bibliotekets IT-kurser',
    contact: 'Tilmelding ved skranken eller på bibliotekets hjemmeside.',
  },
  'other-authority': {
    target: 'other-authority',
    name: 'Den myndighed eller virksomhed, sagen hører til',
    contact: 'Kontaktoplysninger står i brevet eller på afsenderens hjemmeside; myndigheder findes via borger.dk.',
  },
};

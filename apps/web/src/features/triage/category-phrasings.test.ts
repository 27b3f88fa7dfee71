import type { Category } from '@digihjaelp/contract';
import { seededCategories, seededCategorySearchWords, type SeededCategoryKey } from '@digihjaelp/triage';
import { localeFor } from '../../i18n/locale';
import { matchCategories } from './category-match';

/** The categories as a fresh installation has them: seeded names and search words. */
const categories: Category[] = seededCategories.map((category, index) => ({
  key: category.key,
  nameDa: category.nameDa,
  nameEn: category.nameEn,
  sortOrder: (index + 1) * 10,
  urgent: 'urgent' in category && Boolean(category.urgent),
  active: true,
  searchWords: [...seededCategorySearchWords[category.key]],
}));

/**
 * What citizens say at the counter (and how workers type it in a hurry, typos included) → the
 * category they mean. The picker is good enough when Enter on the first match is right for at
 * least 90 % of them.
 */
const phrasings: [said: string, expected: SeededCategoryKey][] = [
  ['glemt', 'mitid-login'],
  ['glemt kode', 'mitid-login'],
  ['jeg har glemt min adgangskode', 'mitid-login'],
  ['adgangskode', 'mitid-login'],
  ['kan ikke logge ind på mitid', 'mitid-login'],
  ['har fået ny telefon', 'mitid-login'],
  ['mitid er spærret', 'mitid-login'],
  ['glemt bruger id', 'mitid-login'],
  ['mitd', 'mitid-setup'],
  ['vil oprette mitid', 'mitid-setup'],
  ['skifte fra nemid', 'mitid-setup'],
  ['nem-id', 'mitid-setup'],
  ['aktivere mitid app', 'mitid-setup'],
  ['har ikke en smartphone', 'mitid-alternatives'],
  ['kodeviser', 'mitid-alternatives'],
  ['kodeoplæser til blinde', 'mitid-alternatives'],
  ['sms', 'fraud'],
  ['fik en mærkelig sms fra banken', 'fraud'],
  ['godkendte i appen efter sms', 'fraud'],
  ['svindel', 'fraud'],
  ['phising mail', 'fraud'],
  ['er blevet snydt', 'fraud'],
  ['brev', 'digital-post'],
  ['eboks', 'digital-post'],
  ['e-boks', 'digital-post'],
  ['kan ikke finde brevet fra kommunen', 'digital-post'],
  ['mit.dk', 'digital-post'],
  ['papir', 'exemptions'],
  ['vil have breve på papir', 'exemptions'],
  ['papirbreve', 'exemptions'],
  ['fritagelse for digital post', 'exemptions'],
  ['fuldmagt til min datter', 'power-of-attorney'],
  ['læse post for min mor', 'power-of-attorney'],
  ['værgemål', 'power-of-attorney'],
  ['skal flytte', 'borgerdk-selfservice'],
  ['nyt sundhedskort', 'borgerdk-selfservice'],
  ['boligstøtte ansøgning', 'borgerdk-selfservice'],
  ['årsopgørelse', 'tax'],
  ['forskudsopgørelsen', 'tax'],
  ['skat', 'tax'],
  ['se min recept', 'health'],
  ['sundhed.dk', 'health'],
  ['netbank', 'banking'],
  ['nemkonto', 'banking'],
  ['mobilepay virker ikke', 'banking'],
  ['pas', 'booking-passport'],
  ['forny kørekort', 'booking-passport'],
  ['facebook hacket', 'social-media'],
  ['falske nyheder', 'source-criticism'],
  ['printe', 'device-basics'],
  ['wifi virker ikke', 'device-basics'],
  ['opdatere iphone', 'device-basics'],
  ['rejsekort', 'other-services'],
  ['aula', 'other-services'],
];

const danish = localeFor('da');
const outcomes = phrasings.map(([said, expected]) => {
  const [first] = matchCategories(categories, said, danish).matches;
  return { said, expected, got: first?.key ?? '(none)' };
});
const misses = outcomes.filter((outcome) => outcome.got !== outcome.expected);

it('has a table of at least 40 citizen phrasings', () => {
  expect(phrasings.length).toBeGreaterThanOrEqual(40);
});

it('puts the intended category first for at least 90 % of what citizens say', () => {
  const hitRate = 1 - misses.length / phrasings.length;
  // The misses are listed (and reported in the issue's closing note): "said → got, expected".
  if (misses.length > 0)
    console.info(
      `Category picker misses (${misses.length}/${phrasings.length}):\n${misses.map((miss) => `  ${miss.said} → ${miss.got}, expected ${miss.expected}`).join('\n')}`,
    );
  expect(hitRate).toBeGreaterThanOrEqual(0.9);
});

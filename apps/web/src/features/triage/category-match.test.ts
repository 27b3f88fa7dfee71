import type { Category } from '@digihjaelp/contract';
import { localeFor } from '../../i18n/locale';
import { matchCategories } from './category-match';

const category = (key: string, nameDa: string, nameEn: string, sortOrder: number): Category => ({
  key,
  nameDa,
  nameEn,
  sortOrder,
  urgent: false,
  active: true,
});

const categories = [
  category('mitid', 'MitID', 'MitID', 1),
  category('digital-post', 'Digital Post', 'Digital Post', 2),
  category('fraud', 'Svindel og phishing', 'Fraud and phishing', 3),
  category('tax', 'Skat: årsopgørelse og forskud', 'Tax: annual statement', 4),
  category('pension', 'Pension (ATP, folkepension)', 'Pension (ATP, state pension)', 5),
  category('digital-id-app', 'Andre digitale apps', 'Other digital apps', 6),
];
const keysOf = (matches: Category[]) => matches.map((match) => match.key);
const danish = localeFor('da');

it('offers every category, in display order, before anything is typed', () => {
  expect(keysOf(matchCategories(categories, '  ', danish))).toEqual(keysOf(categories));
});

it('ranks a name that starts with the letters first, then a word that does, then any part', () => {
  // "dig": "Digital Post" starts with it, "Andre digitale apps" has a word that does.
  expect(keysOf(matchCategories(categories, 'dig', danish))).toEqual(['digital-post', 'digital-id-app']);
  expect(keysOf(matchCategories(categories, 'post', danish))).toEqual(['digital-post']);
  // Inside a word: "ndel" in "Svindel".
  expect(keysOf(matchCategories(categories, 'ndel', danish))).toEqual(['fraud']);
  expect(keysOf(matchCategories(categories, 'xyz', danish))).toEqual([]);
});

it('finds words after punctuation and brackets, and ignores letter case', () => {
  expect(keysOf(matchCategories(categories, 'ÅRSOPG', danish))).toEqual(['tax']);
  expect(keysOf(matchCategories(categories, 'folke', danish))).toEqual(['pension']);
  expect(keysOf(matchCategories(categories, 'atp', danish))).toEqual(['pension']);
});

it('matches the names of the interface language, and the keys in any language', () => {
  expect(keysOf(matchCategories(categories, 'fraud', danish))).toEqual(['fraud']);
  expect(keysOf(matchCategories(categories, 'svindel', localeFor('en')))).toEqual([]);
  expect(keysOf(matchCategories(categories, 'fraud', localeFor('en')))).toEqual(['fraud']);
});

it('orders equally good matches as the categories are displayed', () => {
  // "d" starts "Digital Post", starts a word of "Andre digitale apps", and is inside MitID, Svindel, forskud.
  expect(keysOf(matchCategories(categories, 'd', danish))).toEqual([
    'digital-post',
    'digital-id-app',
    'mitid',
    'fraud',
    'tax',
  ]);
});

import type { Category } from '@digihjaelp/contract';
import { localeFor } from '../../i18n/locale';
import { matchCategories, trigramSimilarity, wordsOf } from './category-match';

const category = (key: string, nameDa: string, nameEn: string, sortOrder: number, searchWords: string[] = []) =>
  ({ key, nameDa, nameEn, sortOrder, urgent: false, active: true, searchWords }) satisfies Category;

const categories = [
  category('mitid', 'MitID', 'MitID', 1, ['glemt kode', 'adgangskode']),
  category('digital-post', 'Digital Post', 'Digital Post', 2, ['brev', 'e-boks']),
  category('fraud', 'Svindel og phishing', 'Fraud and phishing', 3, ['sms']),
  category('tax', 'Skat: årsopgørelse og forskud', 'Tax: annual statement', 4),
  category('pension', 'Pension (ATP, folkepension)', 'Pension (ATP, state pension)', 5),
  category('digital-id-app', 'Andre digitale apps', 'Other digital apps', 6),
];
const keysOf = (text: string, locale = danish) => matchCategories(categories, text, locale).matches.map((c) => c.key);
const danish = localeFor('da');

it('offers every category, in display order, before anything is typed', () => {
  expect(keysOf('  ')).toEqual(categories.map((c) => c.key));
});

it('takes the letters typed so far as the start of a word, a name starting with them first', () => {
  // "dig": "Digital Post" starts with it, "Andre digitale apps" has a word that does.
  expect(keysOf('dig')).toEqual(['digital-post', 'digital-id-app']);
  expect(keysOf('ÅRSOPG')).toEqual(['tax']);
  expect(keysOf('folke')).toEqual(['pension']);
});

it('finds a category by its search words, in the forms people say them', () => {
  expect(keysOf('glemt')[0]).toBe('mitid');
  expect(keysOf('jeg har glemt min kode')[0]).toBe('mitid');
  expect(keysOf('adgangskoden')[0]).toBe('mitid');
  expect(keysOf('eboks')[0]).toBe('digital-post');
  expect(keysOf('brevet')[0]).toBe('digital-post');
  expect(keysOf('SMS')[0]).toBe('fraud');
});

it('forgives typos as guide search does (trigram similarity of at least 0.3)', () => {
  expect(trigramSimilarity('mitd', 'mitid')).toBeCloseTo(3 / 8);
  expect(keysOf('mitd')[0]).toBe('mitid');
  expect(keysOf('svindl')[0]).toBe('fraud');
  expect(keysOf('pensjon')[0]).toBe('pension');
});

it('offers the three closest and nothing as a match when nothing fits', () => {
  const result = matchCategories(categories, 'xyz', danish);
  expect(result.matches).toEqual([]);
  expect(result.closest).toHaveLength(3);
});

it('matches the names of the interface language, and the keys in any language', () => {
  expect(keysOf('fraud')).toEqual(['fraud']);
  expect(keysOf('fraud', localeFor('en'))).toEqual(['fraud']);
  expect(keysOf('annual', localeFor('en'))).toEqual(['tax']);
  expect(keysOf('annual')).toEqual([]);
});

it('reads "e-boks" and "eboks" as one word, and a dot as a break', () => {
  expect(wordsOf('E-boks og mit.dk')).toEqual(['eboks', 'og', 'mit', 'dk']);
});

import type { Category } from '@digihjaelp/contract';
import type { Locale } from '../../i18n/locale';

/**
 * Finding the category from what the citizen says: "glemt kode", "papirbreve", "eboks", "mitd".
 * Every category's vocabulary is its name (in the reader's language) and its search words (kept
 * by admins). A typed word matches a word of the vocabulary exactly, as the beginning of it (still
 * typing: "dig" → "digital"), as a longer form of it ("glemte" → "glemt", "papirbreve" →
 * "papir"), or — like guide search, which corrects typos by pg_trgm's trigram similarity at its
 * default threshold of 0.3 — as a close spelling ("mitd" → "mitid"). Runs in the browser on every
 * key, over a few hundred words.
 */

/** pg_trgm's default `similarity_threshold`, as guide search uses it. */
export const TYPO_SIMILARITY = 0.3;

/** Words that say nothing about the problem; dropped unless nothing else was typed. */
const fillerWords = new Set(
  'af at de den der det du en er et for fra få gerne har have hende hun hjælp hvordan i ikke jeg kan man med mig min mine mit og om på se sig skal som så til vil vi ved'.split(
    ' ',
  ),
);

/**
 * Lower-case words; "e-boks" and "nem-id" are one word each, as people type them with or without
 * the hyphen. A dot splits ("mit.dk" is "mit" and "dk"), so "mitd" is read as a typo of "mitid".
 */
export function wordsOf(text: string): string[] {
  return (
    text
      .toLocaleLowerCase('da')
      .replace(/(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The trigrams pg_trgm makes of a word: padded with two blanks before and one after. */
function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const result = new Set<string>();
  for (let index = 0; index + 3 <= padded.length; index += 1) result.add(padded.slice(index, index + 3));
  return result;
}

/** pg_trgm's `similarity()`: shared trigrams over all trigrams of the two words. */
export function trigramSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  let shared = 0;
  for (const trigram of left) if (right.has(trigram)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/** How well one typed word fits one word of a category's vocabulary, 0 (not at all) to 1 (the same). */
function wordFit(typed: string, known: string): number {
  if (typed === known) return 1;
  if (typed.length >= 2 && known.startsWith(typed)) return 0.9;
  if (known.length >= 4 && typed.startsWith(known)) return 0.8;
  // Like guide search's vocabulary, short words are no typo to correct to.
  const similarity = known.length >= 3 ? trigramSimilarity(typed, known) : 0;
  return similarity >= TYPO_SIMILARITY ? 0.8 * similarity : 0;
}

interface Vocabulary {
  category: Category;
  name: string;
  words: string[];
  /** Search words of several words ("glemt kode"): all of them typed counts extra. */
  phrases: string[][];
}

function vocabularyOf(category: Category, locale: Pick<Locale, 'name'>): Vocabulary {
  const name = locale.name(category).toLocaleLowerCase('da');
  const phrases = category.searchWords.map(wordsOf).filter((words) => words.length > 0);
  return {
    category,
    name,
    // Filler words are no part of it, as stop words are not of guide search's ("mitd" is no "mit").
    words: [...new Set([...wordsOf(name), ...wordsOf(category.key), ...phrases.flat()])].filter(
      (word) => !fillerWords.has(word),
    ),
    phrases: phrases.filter((words) => words.length > 1),
  };
}

/** The words that carry the meaning: the filler words go, unless they are all there is. */
function meaningfulWords(text: string): string[] {
  const words = wordsOf(text);
  const meaningful = words.filter((word) => !fillerWords.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

function score(vocabulary: Vocabulary, typed: string[], text: string): number {
  const fits = typed.map((word) => Math.max(0, ...vocabulary.words.map((known) => wordFit(word, known))));
  const phraseBonus = vocabulary.phrases.filter((phrase) =>
    phrase.every((word) => typed.some((typedWord) => wordFit(typedWord, word) >= 0.8)),
  ).length;
  // A name that begins with what was typed ("dig" → "Digital Post") stays the first choice.
  const nameBonus = vocabulary.name.startsWith(text) ? 0.2 : 0;
  return fits.reduce((sum, fit) => sum + fit, 0) + 0.5 * phraseBonus + nameBonus;
}

/** A category is offered when it fits at least this share of the best one's score. */
const OFFERED_SHARE = 0.6;

export interface CategoryMatches {
  /** The categories that fit, best first (all of them, in display order, before anything is typed). */
  matches: Category[];
  /** When none fits: the three closest by spelling, to choose from or to rule out. */
  closest: Category[];
}

export function matchCategories(categories: Category[], text: string, locale: Pick<Locale, 'name'>): CategoryMatches {
  const wanted = text.trim().toLocaleLowerCase('da');
  if (!wanted) return { matches: categories, closest: [] };
  const typed = meaningfulWords(wanted);
  const scored = categories
    .map((category) => {
      const vocabulary = vocabularyOf(category, locale);
      return { category, vocabulary, score: score(vocabulary, typed, wanted) };
    })
    .sort((a, b) => b.score - a.score || a.category.sortOrder - b.category.sortOrder);
  const best = scored[0]?.score ?? 0;
  if (best > 0) {
    return {
      matches: scored.filter((entry) => entry.score >= best * OFFERED_SHARE).map((entry) => entry.category),
      closest: [],
    };
  }
  // Nothing fits: the closest spellings, however far, so the worker is never left with nothing.
  const closeness = (vocabulary: Vocabulary) =>
    Math.max(0, ...typed.flatMap((word) => vocabulary.words.map((known) => trigramSimilarity(word, known))));
  const closest = scored
    .map((entry) => ({ category: entry.category, closeness: closeness(entry.vocabulary) }))
    .sort((a, b) => b.closeness - a.closeness || a.category.sortOrder - b.category.sortOrder)
    .slice(0, 3)
    .map((entry) => entry.category);
  return { matches: [], closest };
}

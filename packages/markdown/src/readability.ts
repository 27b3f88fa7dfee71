/**
 * LIX, the Scandinavian readability index: words per sentence + 100 × the share of long words
 * (more than 6 letters). Under 25 is very easy, 25–34 easy, 35–44 average; a citizen handout must
 * stay at 35 or below (docs/DOMAIN.md, "Udleveringer til borgeren").
 *
 * Counting, for text with one line per heading, paragraph or list item: a word is a run of letters
 * and digits that contains a letter (hyphenated words count once: "MitID-appen"); phone numbers and
 * amounts are not words. A sentence ends at `.`, `!`, `?` or `:` before a space, and every line ends
 * one, as a heading or list item does on paper.
 */
export const lixLimitForHandouts = 35;

const wordPattern = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
const letters = /\p{L}/gu;
const sentenceEnd = /[.!?:](?=\s|$)/g;

export interface Readability {
  words: number;
  sentences: number;
  longWords: number;
  lix: number;
}

export function readability(text: string): Readability {
  let words = 0;
  let longWords = 0;
  let sentences = 0;
  for (const line of text.split('\n').map((candidate) => candidate.trim())) {
    const lineWords = (line.match(wordPattern) ?? []).filter((word) => /\p{L}/u.test(word));
    if (lineWords.length === 0) continue;
    words += lineWords.length;
    longWords += lineWords.filter((word) => (word.match(letters) ?? []).length > 6).length;
    sentences += (line.match(sentenceEnd) ?? []).length + (/[.!?:]$/.test(line) ? 0 : 1);
  }
  const lix = words === 0 ? 0 : words / Math.max(1, sentences) + (100 * longWords) / words;
  return { words, sentences, longWords, lix: Math.round(lix * 10) / 10 };
}

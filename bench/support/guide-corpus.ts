import { guidePlainText } from '@digihjaelp/markdown';
import type { GuideContent } from '@digihjaelp/contract';
import { seededRandom } from '../../apps/api/src/features/demo/case-generator';
import { wordsOf } from '../../apps/api/src/features/guides/guide-search.service';

/** A real guide as the generator learns from it (the fields of content/guides/*.md). */
export interface SourceGuide {
  slug: string;
  content: Pick<GuideContent, 'title' | 'summary' | 'body' | 'categoryKey' | 'tags' | 'audience' | 'reviewBy'>;
}

export interface GeneratedGuide {
  slug: string;
  title: string;
  summary: string;
  body: string;
  bodyText: string;
  categoryKey: string;
  tags: string[];
  audience: GuideContent['audience'];
  reviewBy: string;
}

/**
 * The benchmark's worst case: a word the generator puts in every guide ("hjælp" is already in 30
 * of the 36 real ones), so a search for it matches the whole corpus.
 */
export const WORD_IN_EVERY_GUIDE = 'hjælp';

const END = '\u0000';

/** Word-to-next-word counts (as lists with repeats, so picking uniformly follows the counts). */
class Chain {
  readonly starts: string[] = [];
  readonly next = new Map<string, string[]>();

  learn(sentence: string[]): void {
    if (sentence.length === 0) return;
    this.starts.push(sentence[0]);
    [...sentence, END].forEach((token, index, all) => {
      if (index === 0) return;
      const list = this.next.get(all[index - 1]) ?? [];
      list.push(token);
      this.next.set(all[index - 1], list);
    });
  }
}

/** Plain-text sentences of a Markdown body, as whitespace-separated tokens (punctuation stays on its word). */
function sentencesOf(text: string): string[][] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim().split(/\s+/).filter(Boolean))
    .filter((tokens) => tokens.length >= 3);
}

const headingsOf = (body: string) =>
  [...body.matchAll(/^#{2,3} (.+)$/gm)].map((match) => match[1].trim().split(/\s+/)).filter((t) => t.length > 0);

/**
 * A knowledge base of `count` distinct guides that reads like ours, for search benchmarks.
 *
 * Text is walked from word-to-next-word counts of the real guides (the guide's own category first,
 * all guides otherwise), so word frequencies follow the real ones — a few words in most guides,
 * most words in few. A knowledge base 300 times larger also has a larger vocabulary (Heaps' law),
 * so some long words are replaced by compounds of two real words (Danish builds words that way:
 * "borgerservice" + "kode"), drawn from a Pitman–Yor process: a compound once made is reused in
 * proportion to its use so far, and new ones keep appearing, giving the long tail of a real
 * vocabulary instead of 277 copies of 36 guides.
 */
export function generateGuideCorpus(sources: SourceGuide[], count: number, seed = 42): GeneratedGuide[] {
  if (sources.length === 0) throw new Error('no source guides: the corpus is learnt from content/guides');
  const random = seededRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

  const global = { body: new Chain(), headings: new Chain(), summaries: new Chain() };
  const byCategory = new Map<string, Chain>();
  const sentencesWithWord: string[] = [];
  const vocabulary = new Set<string>();
  for (const source of sources) {
    const text = guidePlainText(source.content.body);
    const chain = byCategory.get(source.content.categoryKey) ?? new Chain();
    byCategory.set(source.content.categoryKey, chain);
    for (const sentence of sentencesOf(text)) {
      chain.learn(sentence);
      global.body.learn(sentence);
      if (wordsOf(sentence.join(' ')).includes(WORD_IN_EVERY_GUIDE)) sentencesWithWord.push(sentence.join(' '));
    }
    for (const heading of [...headingsOf(source.content.body), source.content.title.split(/\s+/)])
      global.headings.learn(heading);
    for (const sentence of sentencesOf(source.content.summary)) global.summaries.learn(sentence);
    for (const word of wordsOf(text)) if (word.length >= 4) vocabulary.add(word);
  }
  const realWords = [...vocabulary].sort();
  if (sentencesWithWord.length === 0) throw new Error(`no real sentence has "${WORD_IN_EVERY_GUIDE}"`);

  // Pitman–Yor process over compounds (discount 0.7, concentration 100): a new compound with
  // probability (100 + 0.7·K) / (100 + n), else compound j with probability (n_j − 0.7) / (100 + n),
  // sampled as a uniformly drawn earlier use, kept with probability (n_j − 0.7) / n_j.
  const discount = 0.7;
  const concentration = 100;
  const compounds: string[] = [];
  const uses: number[] = [];
  const earlierUses: number[] = [];
  const compound = (): string => {
    let chosen: number;
    if (random() * (concentration + earlierUses.length) < concentration + discount * compounds.length) {
      chosen = compounds.push(pick(realWords) + pick(realWords)) - 1;
      uses.push(0);
    } else {
      do chosen = pick(earlierUses);
      while (random() >= (uses[chosen] - discount) / uses[chosen]);
    }
    uses[chosen] += 1;
    earlierUses.push(chosen);
    return compounds[chosen];
  };

  const walk = (chains: Chain[], maxTokens: number): string[] => {
    const tokens = [pick((random() < 0.9 ? chains[0] : chains[chains.length - 1]).starts)];
    while (tokens.length < maxTokens) {
      const options = chains
        .map((chain) => chain.next.get(tokens[tokens.length - 1]))
        .filter((list): list is string[] => (list?.length ?? 0) > 0);
      if (options.length === 0) break;
      // Mostly the guide's own category, so a guide stays on its topic and topic words stay in their topic.
      const next = pick(options.length > 1 && random() < 0.05 ? options[1] : options[0]);
      if (next === END) break;
      tokens.push(next);
    }
    return tokens.map((token) => (/^\p{L}{7,}[.,:]?$/u.test(token) && random() < 0.12 ? compound() : token));
  };
  const sentence = (chains: Chain[], maxTokens = 28) => {
    const text = walk(chains, maxTokens).join(' ');
    return /[.!?:]$/.test(text) ? text : `${text}.`;
  };

  const titles = new Set<string>();
  return Array.from({ length: count }, (_, index) => {
    const source = pick(sources);
    const topic = [byCategory.get(source.content.categoryKey) ?? global.body, global.body];
    let title = '';
    for (let attempt = 0; title === '' || titles.has(title); attempt += 1) {
      const words = walk([global.headings], 8)
        .join(' ')
        .replace(/[.:,]$/, '');
      // Headings are few; after some tries a title gets a word of its own, as real titles do.
      title = words.charAt(0).toUpperCase() + words.slice(1) + (attempt >= 5 ? ` ${compound()}` : '');
    }
    titles.add(title);

    const sections: string[] = [];
    for (let section = between(3, 6); section > 0; section -= 1) {
      const heading = walk([global.headings], 6)
        .join(' ')
        .replace(/[.:,]$/, '');
      const blocks = [`## ${heading.charAt(0).toUpperCase()}${heading.slice(1)}`];
      for (let block = between(1, 3); block > 0; block -= 1) {
        const lines = Array.from({ length: between(2, 4) }, () => sentence(topic));
        blocks.push(random() < 0.3 ? lines.map((line) => `- ${line}`).join('\n') : lines.join(' '));
      }
      sections.push(blocks.join('\n\n'));
    }
    let body = sections.join('\n\n');
    if (!wordsOf(guidePlainText(body)).includes(WORD_IN_EVERY_GUIDE)) body += `\n\n${pick(sentencesWithWord)}`;
    const tags = source.content.tags.filter(() => random() < 0.7);
    return {
      slug: `${source.slug}-${index + 1}`,
      title,
      summary: sentence([global.summaries], 30),
      body,
      bodyText: guidePlainText(body),
      categoryKey: source.content.categoryKey,
      tags: tags.length > 0 ? tags : source.content.tags.slice(0, 1),
      audience: source.content.audience,
      reviewBy: source.content.reviewBy,
    };
  });
}

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
    const [first, ...rest] = sentence;
    if (first === undefined) return;
    this.starts.push(first);
    let previous = first;
    for (const token of [...rest, END]) {
      const list = this.next.get(previous) ?? [];
      list.push(token);
      this.next.set(previous, list);
      previous = token;
    }
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
  [...body.matchAll(/^#{2,3} (.+)$/gm)]
    .map(([, heading = '']) => heading.trim().split(/\s+/))
    .filter((t) => t.length > 0);

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
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('nothing to pick from');
    return item;
  };
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
  type Compound = { word: string; uses: number };
  const compounds: Compound[] = [];
  const earlierUses: Compound[] = [];
  const compound = (): string => {
    let chosen: Compound;
    if (random() * (concentration + earlierUses.length) < concentration + discount * compounds.length) {
      chosen = { word: pick(realWords) + pick(realWords), uses: 0 };
      compounds.push(chosen);
    } else {
      do chosen = pick(earlierUses);
      while (random() >= (chosen.uses - discount) / chosen.uses);
    }
    chosen.uses += 1;
    earlierUses.push(chosen);
    return chosen.word;
  };

  /** Chains in order of preference: the first (the guide's own category), then the fallback. */
  type Chains = [Chain, ...Chain[]];
  const walk = (chains: Chains, maxTokens: number): string[] => {
    const [own] = chains;
    let last = pick((random() < 0.9 ? own : (chains.at(-1) ?? own)).starts);
    const tokens = [last];
    while (tokens.length < maxTokens) {
      const [first, second] = chains
        .map((chain) => chain.next.get(last))
        .filter((list): list is string[] => (list?.length ?? 0) > 0);
      if (!first) break;
      // Mostly the guide's own category, so a guide stays on its topic and topic words stay in their topic.
      const next = pick(second && random() < 0.05 ? second : first);
      if (next === END) break;
      tokens.push(next);
      last = next;
    }
    return tokens.map((token) => (/^\p{L}{7,}[.,:]?$/u.test(token) && random() < 0.12 ? compound() : token));
  };
  const sentence = (chains: Chains, maxTokens = 28) => {
    const text = walk(chains, maxTokens).join(' ');
    return /[.!?:]$/.test(text) ? text : `${text}.`;
  };

  const titles = new Set<string>();
  return Array.from({ length: count }, (_, index) => {
    const source = pick(sources);
    const topic: Chains = [byCategory.get(source.content.categoryKey) ?? global.body, global.body];
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

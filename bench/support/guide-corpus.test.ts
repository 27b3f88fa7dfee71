import { guideContentSchema, guideSlugSchema } from '@digihjaelp/contract';
import { loadGuideFiles, type GuideFile } from '../../apps/api/src/features/guides/guide-files';
import { wordsOf } from '../../apps/api/src/features/guides/guide-search.service';
import { type GeneratedGuide, generateGuideCorpus, WORD_IN_EVERY_GUIDE } from './guide-corpus';

const documentFrequencies = (texts: string[]) => {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of new Set(wordsOf(text))) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
};

describe('the generated knowledge base for search benchmarks', () => {
  let sources: GuideFile[];
  let guides: GeneratedGuide[];
  beforeAll(async () => {
    sources = await loadGuideFiles();
    guides = generateGuideCorpus(sources, 2000);
  });

  it('is the same for the same seed and different for another', () => {
    const first = generateGuideCorpus(sources, 50, 7);
    expect(generateGuideCorpus(sources, 50, 7)).toEqual(first);
    expect(generateGuideCorpus(sources, 50, 8)[0]?.body).not.toBe(first[0]?.body);
  });

  it('has distinct guides that the editor would accept', () => {
    expect(new Set(guides.map((guide) => guide.slug)).size).toBe(2000);
    expect(new Set(guides.map((guide) => guide.title)).size).toBe(2000);
    expect(new Set(guides.map((guide) => guide.body)).size).toBe(2000);
    for (const guide of guides) {
      expect(guideSlugSchema.safeParse(guide.slug).success).toBe(true);
      expect(guideContentSchema.safeParse(guide).success).toBe(true);
    }
  });

  it('puts the worst-case word in every guide', () => {
    for (const guide of guides) expect(wordsOf(guide.bodyText)).toContain(WORD_IN_EVERY_GUIDE);
  });

  it('has a vocabulary that grows with it and a long tail, as a real one', () => {
    const real = documentFrequencies(sources.map((source) => source.content.body));
    const generated = documentFrequencies(guides.map((guide) => guide.bodyText));
    expect(generated.size).toBeGreaterThan(2 * real.size);
    // Most words are rare (in at most 1 % of the guides) …
    const rare = [...generated.values()].filter((count) => count <= 20).length;
    expect(rare / generated.size).toBeGreaterThan(0.6);
    // … while a topic word stays in its topic instead of spreading to every guide.
    const topicWord = generated.get('sundhedskort') ?? 0;
    expect(topicWord).toBeGreaterThan(0);
    expect(topicWord / guides.length).toBeLessThan(0.4);
  });
});

import { guideHandout, lixLimitForHandouts, readability } from '@digihjaelp/markdown';
import { mitIdRuleGuideSlug, seededFlows } from '@digihjaelp/triage';
import { loadGuideFiles, type GuideFile } from './guide-files';

/*
 * The citizen handouts in content/guides, measured rather than hoped for (docs/DOMAIN.md,
 * "Udleveringer til borgeren"): easy-read Danish (LIX ≤ 35) that speaks to the citizen. Their
 * length on paper is checked in Chromium by e2e/handouts.e2e.test.ts.
 */

let guides: GuideFile[];
beforeAll(async () => {
  guides = await loadGuideFiles();
});

const handoutOf = (guide: GuideFile) => guideHandout(guide.content);

describe('citizen handouts in content/guides', () => {
  it(`read easily: LIX at most ${lixLimitForHandouts} for every handout`, () => {
    const scores = guides
      .filter((guide) => handoutOf(guide))
      .map((guide) => [guide.slug, readability(handoutOf(guide)!.text).lix] as const);
    console.info(`LIX per handout: ${scores.map(([slug, lix]) => `${slug} ${lix}`).join(', ')}`);
    expect(scores.length).toBeGreaterThan(0);
    for (const [slug, lix] of scores) expect([slug, lix <= lixLimitForHandouts]).toEqual([slug, true]);
  });

  it('speak to the citizen ("du"), never about "borgeren", and carry no staff text', () => {
    for (const guide of guides) {
      const handout = handoutOf(guide);
      if (!handout) continue;
      expect([guide.slug, /\b(du|dig|din|dit|dine)\b/i.test(handout.text)]).toEqual([guide.slug, true]);
      expect([guide.slug, handout.text]).not.toEqual([
        guide.slug,
        expect.stringMatching(/\bborgeren(s)?\b|Hjælpeniveau|Sig til borgeren|Må ikke|Kig væk, når/),
      ]);
    }
  });

  it('exist for every guide a seeded triage flow links, so the counter never links a missing handout', () => {
    const linked = new Set([
      mitIdRuleGuideSlug,
      ...Object.values(seededFlows).flatMap((flow) => flow.rules.flatMap((rule) => rule.guideSlugs ?? [])),
    ]);
    const withoutHandout = guides.filter((guide) => linked.has(guide.slug) && !handoutOf(guide)).map((g) => g.slug);
    expect(withoutHandout).toEqual([]);
  });

  it('give a staff guide’s handout from its own citizen section, with its own title', () => {
    for (const guide of guides.filter((candidate) => candidate.content.audience === 'staff')) {
      const handout = handoutOf(guide);
      if (!handout) continue;
      expect([guide.slug, guide.content.body]).toEqual([guide.slug, expect.stringContaining(':::: til-borgeren ')]);
      expect([guide.slug, handout.summary]).toEqual([guide.slug, null]);
    }
  });
});

import { categoryKeySchema, helpLevels, type FlowDefinition } from '@digihjaelp/contract';
import { checkFlow, questionsPerVisit } from './check';
import { evaluateFlow, involvesLogin } from './evaluate';
import { seededFlows } from './flows';
import { agreedGuideSlugs } from './guide-slugs';
import { enumeratePaths } from './paths';

/** The categories seeded by migration 1764115300000-categories.ts (docs/DOMAIN.md's taxonomy). */
const categoryKeys = [
  'mitid-setup',
  'mitid-login',
  'mitid-alternatives',
  'digital-post',
  'exemptions',
  'power-of-attorney',
  'borgerdk-selfservice',
  'tax',
  'health',
  'banking',
  'booking-passport',
  'fraud',
  'social-media',
  'source-criticism',
  'device-basics',
  'other-services',
  'other',
];

const flows = Object.entries(seededFlows);

it('has a seeded flow for every category, the general "other" flow included', () => {
  expect(Object.keys(seededFlows).sort()).toEqual([...categoryKeys].sort());
  for (const key of Object.keys(seededFlows)) expect(categoryKeySchema.safeParse(key).success).toBe(true);
});

describe.each(flows)('seeded flow %s', (categoryKey: string, flow: FlowDefinition) => {
  const paths = enumeratePaths(flow);

  it('passes the static check', () => {
    const result = checkFlow(flow, { knownGuideSlugs: agreedGuideSlugs });
    expect(result.problems).toEqual([]);
    expect(result.pathCount).toBe(paths.length);
  });

  it(`ends every path in a recommendation with reasons (${paths.length} paths)`, () => {
    for (const path of paths) {
      const label = `${categoryKey}: ${JSON.stringify(path.answers)}`;
      expect([label, path.asked.length >= questionsPerVisit.min && path.asked.length <= questionsPerVisit.max]).toEqual(
        [label, true],
      );
      const recommendation = evaluateFlow(flow, path.answers, { urgent: false });
      expect([label, recommendation.reasons.length > 0]).toEqual([label, true]);
      expect(recommendation.reasons.join(' ')).not.toMatch(/ingen anbefaling/i);
      switch (recommendation.kind) {
        case 'level':
          expect([label, helpLevels.includes(recommendation.level!)]).toEqual([label, true]);
          break;
        case 'referral':
          expect([label, recommendation.referral?.target]).toEqual([label, expect.any(String)]);
          expect(recommendation.referrals[0]).toEqual(recommendation.referral);
          break;
        case 'notPermitted':
          expect([label, recommendation.alternatives.length > 0]).toEqual([label, true]);
          expect(recommendation.mustNot.length).toBeGreaterThan(0);
          break;
      }
      if (involvesLogin(flow, path.answers)) {
        expect([label, recommendation.legalNotes.map((note) => note.key)]).toEqual([
          label,
          expect.arrayContaining(['mitid-personal']),
        ]);
        expect(recommendation.guideSlugs).toContain('mitid-reglen');
      }
    }
  });
});

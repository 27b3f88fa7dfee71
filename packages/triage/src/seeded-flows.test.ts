import { categoryKeySchema, helpLevels, type FlowDefinition } from '@digihjaelp/contract';
import { checkFlow, questionsPerVisit } from './check';
import { evaluateFlow, involvesLogin } from './evaluate';
import { generalFlowCategory, seededCategories, seededFlows } from './categories';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { enumeratePaths } from './paths';

const flows = Object.entries(seededFlows);

/** The demo knowledge base the seeded flows are written against: every guide in content/guides, published. */
const contentGuides = new Map(
  readdirSync(path.resolve(__dirname, '../../../content/guides'))
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .map((file) => [path.basename(file, '.md'), 'published' as const]),
);

it('has a seeded flow for every seeded category, the general "other" flow included, under valid keys', () => {
  expect(Object.keys(seededFlows)).toEqual(seededCategories.map((category) => category.key));
  expect(seededFlows[generalFlowCategory]).toBeDefined();
  for (const { key } of seededCategories) expect(categoryKeySchema.safeParse(key).success).toBe(true);
  expect(new Set(seededCategories.map((category) => category.key)).size).toBe(seededCategories.length);
});

describe.each(flows)('seeded flow %s', (categoryKey: string, flow: FlowDefinition) => {
  const paths = enumeratePaths(flow);

  it('passes the static check', () => {
    const result = checkFlow(flow, { guides: contentGuides });
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

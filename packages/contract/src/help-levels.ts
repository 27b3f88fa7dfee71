import { z } from './zod';

/**
 * The help ladder (docs/DOMAIN.md), least to most intervention. Pick the lowest level that solves the
 * problem before its deadline.
 */
export const helpLevels = [1, 2, 3, 4, 5] as const;
export const helpLevelSchema = z.union(
  helpLevels.map((level) => z.literal(level)) as [
    z.ZodLiteral<1>,
    z.ZodLiteral<2>,
    z.ZodLiteral<3>,
    z.ZodLiteral<4>,
    z.ZodLiteral<5>,
  ],
);
export type HelpLevel = z.infer<typeof helpLevelSchema>;

export const helpLevelNames: Record<HelpLevel, { da: string; en: string; key: string }> = {
  1: { key: 'signposting', da: 'Vejvisning', en: 'Signposting' },
  2: { key: 'guided_self_help', da: 'Hjælp til selvhjælp', en: 'Guided self-help' },
  3: { key: 'side_by_side', da: 'Sidemandshjælp', en: 'Side-by-side help' },
  4: { key: 'lasting_arrangement', da: 'Varig løsning', en: 'Lasting arrangement' },
  5: { key: 'exemption_other_channel', da: 'Fritagelse / anden kanal', en: 'Exemption / other channel' },
};

/** Beside the ladder: the problem belongs elsewhere, or what was asked must be refused. */
export const offLadderOutcomes = {
  referral: { da: 'Henvisning', en: 'Referral' },
  notPermitted: { da: 'Ikke tilladt', en: 'Not permitted' },
} as const;

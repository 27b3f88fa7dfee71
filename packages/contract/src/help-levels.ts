// No zod here (the schema is in common.ts): the counter screen shows the ladder without loading zod.

/**
 * The help ladder (docs/DOMAIN.md), least to most intervention. Pick the lowest level that solves the
 * problem before its deadline.
 */
export const helpLevels = [1, 2, 3, 4, 5] as const;
export type HelpLevel = (typeof helpLevels)[number];

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

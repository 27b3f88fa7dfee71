// No zod here (the schema is in common.ts): the counter screen offers the targets without loading zod.

/**
 * Where a problem that belongs elsewhere is sent (docs/DOMAIN.md, "Henvisning"): triage recommends a
 * referral, a case with outcome `referred` records where to. The cases table checks this list,
 * so a new target needs a migration. Triage's flows, engine and referral contacts use this list.
 */
export const referralTargets = [
  'mitid-support',
  'bank',
  'tax-authority',
  'police',
  'borgerservice',
  'udbetaling-danmark',
  'familieretshuset',
  'volunteer-it-help',
  'library-course',
  'other-authority',
] as const;
export type ReferralTarget = (typeof referralTargets)[number];

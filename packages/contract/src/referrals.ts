import { z } from 'zod';

/**
 * Where a problem that belongs elsewhere is sent (DOMAIN.md, "Henvisning"). Shared by triage
 * (a recommended referral) and the case log (outcome `referred`); a new target needs a migration,
 * because the cases table checks the list.
 */
export const referralTargets = [
  'mitid-support',
  'bank',
  'tax-authority',
  'police',
  'citizen-service',
  'volunteer-it-help',
  'library-course',
  'other-authority',
] as const;
export const referralTargetSchema = z.enum(referralTargets, 'Ukendt henvisning');
export type ReferralTarget = z.infer<typeof referralTargetSchema>;

export const referralTargetNames: Record<ReferralTarget, { da: string; en: string }> = {
  'mitid-support': { da: 'MitID Support', en: 'MitID Support' },
  bank: { da: 'Borgerens bank', en: "The citizen's bank" },
  'tax-authority': { da: 'Skattestyrelsen', en: 'Danish Tax Agency' },
  police: { da: 'Politiet', en: 'The police' },
  'citizen-service': { da: 'Borgerservice (pas, kørekort, udstedelse af MitID)', en: 'Citizen service (passport, driving licence, MitID issuing)' },
  'volunteer-it-help': { da: 'Frivillig IT-hjælp', en: 'Volunteer IT help' },
  'library-course': { da: 'Bibliotekets IT-kursus', en: 'Library IT course' },
  'other-authority': { da: 'Anden myndighed', en: 'Another authority' },
};

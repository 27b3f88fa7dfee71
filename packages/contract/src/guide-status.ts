import { z } from './zod';

/**
 * The review workflow of a guide: draft → in_review → published → archived. Counter staff write
 * drafts and propose them; reviewers publish (see `mayChangeGuideStatus` in policies.ts).
 */
export const guideStatuses = ['draft', 'in_review', 'published', 'archived'] as const;
export const guideStatusSchema = z.enum(guideStatuses);
export type GuideStatus = z.infer<typeof guideStatusSchema>;

/**
 * The statistics' names the browser needs without their schemas (stats.ts holds those): the key
 * figures and what a yearly goal can measure.
 */

export const keyFigureNames = [
  'visits',
  'solvedLowLevelShare',
  'medianMinutes',
  'repeatVisitShare',
  'referralShare',
  'notPermitted',
] as const;
export type KeyFigureName = (typeof keyFigureNames)[number];

/** What a yearly goal can measure, and which way is better. */
export const goalMeasures = {
  'solved-low-level-share': {
    direction: 'at-least',
    unit: 'share',
    da: 'Andel løst på niveau 1–2',
    en: 'Share solved at levels 1–2',
  },
  'median-minutes': { direction: 'at-most', unit: 'minutes', da: 'Median tidsforbrug', en: 'Median minutes' },
  'repeat-visit-share': {
    direction: 'at-most',
    unit: 'share',
    da: 'Andel gentagne henvendelser',
    en: 'Repeat-visit share',
  },
  'referral-share': { direction: 'at-most', unit: 'share', da: 'Andel henvisninger', en: 'Referral share' },
  'recommendation-agreement': {
    direction: 'at-least',
    unit: 'share',
    da: 'Enighed med anbefalingen',
    en: 'Agreement with the recommendation',
  },
  visits: { direction: 'at-least', unit: 'visits', da: 'Antal henvendelser', en: 'Visits' },
} as const;
export type GoalMeasure = keyof typeof goalMeasures;

/** A share goal's target is 0–1; the message when it is not (checked on create and change). */
export function shareTargetProblem(measure: GoalMeasure, target: number): string | undefined {
  return goalMeasures[measure].unit === 'share' && target > 1
    ? 'En andel angives mellem 0 og 1 (0,6 = 60 %)'
    : undefined;
}

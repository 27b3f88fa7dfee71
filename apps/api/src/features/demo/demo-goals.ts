import type { EntityManager } from 'typeorm';
import { danishToday, type CreateGoalRequest } from '@digihjaelp/contract';
import { createGoal, findGoals } from '../stats/goals.service';

/**
 * A year's goals as a library and citizen service might set them, within reach of the demo's
 * visits (about 12 000 a year, 40–45 % solved at levels 1–2, a median of about 12 minutes): some
 * met, some not, so the dashboard and the monthly report show both.
 */
const demoGoals: Omit<CreateGoalRequest, 'year'>[] = [
  { measure: 'solved-low-level-share', target: 0.45, title: '45 % løst på niveau 1–2' },
  { measure: 'median-minutes', target: 12, title: 'Højst 12 minutter pr. henvendelse (median)' },
  { measure: 'repeat-visit-share', target: 0.3, title: 'Under 30 % kommer igen med samme sag' },
  { measure: 'recommendation-agreement', target: 0.8, title: '80 % følger triagens anbefaling' },
  { measure: 'visits', target: 12_000, title: '12.000 borgere hjulpet i løbet af året' },
  { measure: 'solved-low-level-share', target: 0.4, title: 'Glumsø: 40 % løst på niveau 1–2', branchKey: 'glumsoe' },
];

/** Sets the demo's goals for the current year, once: a year with any goal is left as it is. */
export async function seedDemoGoals(manager: EntityManager, leadId: string, now = new Date()): Promise<number> {
  const year = Number(danishToday(now).slice(0, 4));
  if ((await findGoals(manager, year)).length > 0) return 0;
  for (const goal of demoGoals) await createGoal(manager, leadId, { ...goal, year });
  return demoGoals.length;
}

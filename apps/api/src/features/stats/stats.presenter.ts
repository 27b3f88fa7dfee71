import type { Goal } from '@digihjaelp/contract';
import type { MeasuredGoal } from './goals.service';

export function presentGoal({ goal, progress }: MeasuredGoal): Goal {
  return {
    id: goal.id,
    year: goal.year,
    measure: goal.measure,
    target: goal.target,
    title: goal.title,
    branchKey: goal.branchKey,
    progress,
  };
}

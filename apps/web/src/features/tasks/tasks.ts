import { roles, type Role } from '@digihjaelp/contract';
import type { da } from '../../i18n/da';

export type TaskId = keyof typeof da.tasks;

/** Something a role does in Digihjælp: one page, one menu entry, one card on the home page. */
export interface Task {
  id: TaskId;
  path: string;
  roles: readonly Role[];
}

export const tasks = {
  newCase: { id: 'newCase', path: '/henvendelse', roles },
  guides: { id: 'guides', path: '/vejledninger', roles },
  cases: { id: 'cases', path: '/sager', roles },
  statistics: { id: 'statistics', path: '/statistik', roles: ['lead', 'admin'] },
  training: { id: 'training', path: '/traening', roles },
  flows: { id: 'flows', path: '/flows', roles: ['lead', 'admin'] },
  staff: { id: 'staff', path: '/admin/medarbejdere', roles: ['admin'] },
  branches: { id: 'branches', path: '/admin/filialer', roles: ['admin'] },
} as const satisfies Record<TaskId, Task>;

export function tasksFor(role: Role): Task[] {
  return Object.values(tasks).filter((task: Task) => task.roles.includes(role));
}

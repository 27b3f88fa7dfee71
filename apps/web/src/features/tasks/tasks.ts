import { may, type Permission, type Role } from '@digihjaelp/contract';
import type { da } from '../../i18n/da';

export type TaskId = keyof typeof da.tasks;

/** Something a role does in Digihjælp: one page, one menu entry, one card on the home page. */
export interface Task {
  id: TaskId;
  path: string;
  /** The permission the task needs (see policies in the contract); none: every signed-in staff member. */
  permission?: Permission;
}

/** The one list of what each role does: it drives the menu, the home page cards and the route guards. */
export const tasks = {
  newCase: { id: 'newCase', path: '/henvendelse' },
  guides: { id: 'guides', path: '/vejledninger' },
  cases: { id: 'cases', path: '/sager' },
  statistics: { id: 'statistics', path: '/statistik', permission: 'readStatistics' },
  training: { id: 'training', path: '/traening' },
  flows: { id: 'flows', path: '/flows', permission: 'editTriageFlows' },
  staff: { id: 'staff', path: '/admin/medarbejdere', permission: 'manageStaff' },
  branches: { id: 'branches', path: '/admin/filialer', permission: 'manageReferenceLists' },
  categories: { id: 'categories', path: '/admin/kategorier', permission: 'manageReferenceLists' },
} as const satisfies Record<TaskId, Task>;

export function mayDo(role: Role, task: Task): boolean {
  return task.permission === undefined || may({ role }, task.permission);
}

export function tasksFor(role: Role): Task[] {
  return Object.values(tasks).filter((task: Task) => mayDo(role, task));
}

import type { Role } from './auth';
import type { GuideStatus } from './guide-status';

/**
 * Who may do what, written once. The contract's `access` of every endpoint names a permission
 * from here, the API's services ask the functions below (for rules that depend on ownership or
 * state), and the web app's route guards, menus and buttons ask the same functions — so a rule
 * never drifts between the layers.
 */

const leadsAndAdmins = ['lead', 'admin'] as const satisfies readonly Role[];
const admins = ['admin'] as const satisfies readonly Role[];

/** What only some roles may do, by name. Everything else is open to every signed-in staff member. */
export const permissions = {
  /** The statistics dashboard, CSV exports and yearly goals. */
  readStatistics: leadsAndAdmins,
  /** Check and save new versions of the triage flows. */
  editTriageFlows: leadsAndAdmins,
  /** How often each trainee agreed with the engine in training mode. */
  superviseTraining: leadsAndAdmins,
  /** See, filter, correct (at any time) and delete every staff member's cases, not only one's own. */
  manageAllCases: leadsAndAdmins,
  /**
   * The guides' review: publish, archive and send back; change guides that are no longer drafts;
   * accept or reject proposals; read feedback and who has read what. Also who may own guides.
   */
  reviewGuides: leadsAndAdmins,
  /** Staff accounts: create, change role, (de)activate, reset passwords. */
  manageStaff: admins,
  /** The admin-kept lists: branches, channels and problem categories. */
  manageReferenceLists: admins,
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof permissions;

/** Anyone asking: the signed-in staff member (an `AuthUser` fits), or just a role. */
export interface Actor {
  role: Role;
}

export function may(actor: Actor, permission: Permission): boolean {
  const allowed: readonly Role[] = permissions[permission];
  return allowed.includes(actor.role);
}

/** The roles that hold a permission, e.g. for documentation. */
export const rolesWith = (permission: Permission): readonly Role[] => permissions[permission];

// ---- Cases: ownership and the edit window ----

/** The author may correct a case this long after logging it; `manageAllCases` may always. */
export const CASE_AUTHOR_EDIT_HOURS = 24;

interface CaseOwnership {
  staffId: string;
  createdAt: Date;
}

/** Counter staff see only their own cases. */
export function maySeeCase(actor: Actor & { id: string }, record: Pick<CaseOwnership, 'staffId'>): boolean {
  return may(actor, 'manageAllCases') || record.staffId === actor.id;
}

/** The author within the edit window, or anyone who manages all cases. */
export function mayEditCase(actor: Actor & { id: string }, record: CaseOwnership, now = new Date()): boolean {
  if (may(actor, 'manageAllCases')) return true;
  return record.staffId === actor.id && now.getTime() - record.createdAt.getTime() < CASE_AUTHOR_EDIT_HOURS * 3_600_000;
}

// ---- Guides: the review workflow ----

/** Drafts are anyone's to change; a guide in review, published or archived only a reviewer's. */
export function mayEditGuide(actor: Actor, guide: { status: GuideStatus }): boolean {
  return guide.status === 'draft' || may(actor, 'reviewGuides');
}

/** Anyone may propose a draft for review or take it back; every other change of status is a reviewer's. */
export function mayChangeGuideStatus(actor: Actor, from: GuideStatus, to: GuideStatus): boolean {
  const proposing = (from === 'draft' && to === 'in_review') || (from === 'in_review' && to === 'draft');
  return proposing || may(actor, 'reviewGuides');
}

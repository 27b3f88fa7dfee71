import { z } from 'zod';
import { newIdempotencyKey } from '../../api';

/**
 * A visit at the counter until it is logged or discarded: the category, the answers, when it
 * began, the guides opened and the case form as the worker left it. It lives in the tab's
 * sessionStorage, so opening a guide, Back, a reload, an expired session and a new login all
 * come back to the same visit. Its id is the `Idempotency-Key` of its case: however often the
 * worker presses save, the visit is logged once.
 */
export interface VisitDraft {
  id: string;
  /** Whose visit it is: another staff member signing in on the same tab starts afresh. */
  staffId: string;
  categoryKey: string | null;
  answers: Record<string, string | boolean>;
  /** The visit's start (the category chosen), for the minutes spent. */
  startedAt: string;
  /** Guides opened from the recommendation: ticked as used. */
  openedGuides: string[];
  /** The case form as the worker left it (its own shape, owned by the case log). */
  caseForm: unknown;
}

const storedVisitSchema = z.object({
  id: z.uuid(),
  staffId: z.string(),
  categoryKey: z.string().nullable(),
  answers: z.record(z.string(), z.union([z.string(), z.boolean()])),
  startedAt: z.iso.datetime(),
  openedGuides: z.array(z.string()),
  caseForm: z.unknown(),
});

const STORAGE_KEY = 'digihjaelp.counter-visit';

export function newVisitDraft(staffId: string, now = new Date()): VisitDraft {
  return {
    id: newIdempotencyKey(),
    staffId,
    categoryKey: null,
    answers: {},
    startedAt: now.toISOString(),
    openedGuides: [],
    caseForm: null,
  };
}

/** The stored visit of this staff member, if one is under way (a category chosen). */
export function loadVisitDraft(storage: Storage, staffId: string): VisitDraft | undefined {
  try {
    const parsed = storedVisitSchema.safeParse(JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null'));
    if (!parsed.success || parsed.data.staffId !== staffId || !parsed.data.categoryKey) return undefined;
    return parsed.data;
  } catch {
    // Unreadable (an older version's draft, or edited by hand): nothing to continue.
    return undefined;
  }
}

export function storeVisitDraft(storage: Storage, draft: VisitDraft): void {
  try {
    if (draft.categoryKey) storage.setItem(STORAGE_KEY, JSON.stringify(draft));
    else storage.removeItem(STORAGE_KEY);
  } catch {
    // Storage full or switched off: the visit still works, it just does not survive a reload.
  }
}

export function clearVisitDraft(storage: Storage): void {
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    // As above.
  }
}

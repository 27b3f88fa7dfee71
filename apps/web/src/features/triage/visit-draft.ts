import { isRecord, newIdempotencyKey } from '../../api';

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

/*
 * The stored visit is checked by hand rather than with zod: the counter screen would otherwise
 * load zod (26 kB gzip) for this one check, and zod's start-up probe for `new Function` is a
 * violation of the app's CSP that every browser reports.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

const isAnswer = (value: unknown) => typeof value === 'string' || typeof value === 'boolean';

/** The stored value as a visit, or undefined when it is not one (an older version's, or edited by hand). */
function asVisitDraft(stored: unknown): VisitDraft | undefined {
  if (!isRecord(stored)) return undefined;
  const { id, staffId, categoryKey, answers, startedAt, openedGuides, caseForm } = stored;
  const valid =
    typeof id === 'string' &&
    UUID.test(id) &&
    typeof staffId === 'string' &&
    (categoryKey === null || typeof categoryKey === 'string') &&
    isRecord(answers) &&
    Object.values(answers).every(isAnswer) &&
    typeof startedAt === 'string' &&
    ISO_INSTANT.test(startedAt) &&
    !Number.isNaN(Date.parse(startedAt)) &&
    Array.isArray(openedGuides) &&
    openedGuides.every((slug) => typeof slug === 'string');
  if (!valid) return undefined;
  return { id, staffId, categoryKey, answers: answers as VisitDraft['answers'], startedAt, openedGuides, caseForm };
}

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
    const draft = asVisitDraft(JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null'));
    if (!draft || draft.staffId !== staffId || !draft.categoryKey) return undefined;
    return draft;
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

import { useCallback, useEffect, useState } from 'react';
import type { Answers } from '@digihjaelp/contract';
import { useSignedInUser } from '../auth/auth-context';
import { clearVisitDraft, loadVisitDraft, newVisitDraft, storeVisitDraft, type VisitDraft } from './visit-draft';

export interface CounterVisit {
  visit: VisitDraft;
  /** The visit came back from storage (after a reload, Back, a new login): say so until it is logged. */
  restored: boolean;
  chooseCategory(categoryKey: string): void;
  /** Back to the category picker; the visit and its clock start again when one is chosen. */
  changeCategory(): void;
  setAnswers(update: (answers: Answers) => Answers): void;
  openGuide(slug: string): void;
  setCaseForm(caseForm: unknown): void;
  /** Logged or discarded: a new visit (new id, clock reset) begins. */
  startNext(): void;
}

/** The visit at the counter, kept in sessionStorage on every change (see visit-draft.ts). */
export function useCounterVisit(): CounterVisit {
  const user = useSignedInUser();
  const [initial] = useState(() => loadVisitDraft(sessionStorage, user.id));
  const [visit, setVisit] = useState<VisitDraft>(() => initial ?? newVisitDraft(user.id));
  const [restored, setRestored] = useState(Boolean(initial));

  useEffect(() => storeVisitDraft(sessionStorage, visit), [visit]);

  const update = useCallback((change: (visit: VisitDraft) => VisitDraft) => setVisit(change), []);

  return {
    visit,
    restored,
    chooseCategory: useCallback(
      (categoryKey) =>
        update((current) => ({
          ...current,
          categoryKey,
          answers: {},
          startedAt: new Date().toISOString(),
          caseForm: null,
        })),
      [update],
    ),
    changeCategory: useCallback(
      () => update((current) => ({ ...current, categoryKey: null, answers: {}, caseForm: null })),
      [update],
    ),
    setAnswers: useCallback(
      (change) => update((current) => ({ ...current, answers: change(current.answers) })),
      [update],
    ),
    openGuide: useCallback(
      (slug) =>
        update((current) =>
          current.openedGuides.includes(slug) ? current : { ...current, openedGuides: [...current.openedGuides, slug] },
        ),
      [update],
    ),
    setCaseForm: useCallback((caseForm) => update((current) => ({ ...current, caseForm })), [update]),
    startNext: useCallback(() => {
      clearVisitDraft(sessionStorage);
      setRestored(false);
      setVisit(newVisitDraft(user.id));
    }, [user.id]),
  };
}

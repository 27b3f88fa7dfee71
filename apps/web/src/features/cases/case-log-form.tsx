import { caseRoutes, type Case, type CaseRecommendation, type TriageAnswers } from '@digihjaelp/contract';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey, request } from '../../api';
import { useLocale } from '../../i18n/use-locale';
import { Button } from '../../ui/button';
import { Loaded } from '../../ui/loaded';
import { FormError } from '../../ui/messages';
import { useSubmission } from '../../ui/use-submission';
import { useSignedInUser } from '../auth/auth-context';
import { caseFieldsFromDraft, newCaseDraft, recommendationKey, type CaseDraft } from './case-draft';
import { LoggedCase } from './logged-case';
import { assertDraftHasNoPersonalData, CaseFields } from './case-fields';
import { useCaseReferenceData } from './case-reference-data';
import { useVisitMinutes } from './visit-timer';
import './cases.css';

export interface CaseLogFormProps {
  /** The category triage was about; chosen in the form when absent. */
  categoryKey?: string;
  /** From triage: the flow version that decided, the answers given and what it recommended. All three, or none. */
  flowVersion?: number;
  answers?: TriageAnswers;
  /**
   * From triage's recommendation by its `kind`: `{ level }`, `{ referral: referral.target }` or
   * `{ notPermitted: true }`.
   */
  recommended?: CaseRecommendation;
  /** Guides triage suggested, offered as "used" check boxes. */
  guideSlugs?: readonly string[];
  /** Guides opened during the visit: ticked as used (the worker can untick them). */
  openedGuideSlugs?: readonly string[];
  /** When the visit began; the minutes default to the time since. Defaults to when the form appeared. */
  visitStartedAt?: Date;
  /**
   * The visit's id, sent as `Idempotency-Key`: a second save of the same visit (a double
   * Ctrl+Enter, a retry after a lost answer) finds the case already logged. Without it the form
   * makes one per shown form.
   */
  visitId?: string;
  /** The form as it was left (the counter keeps it with the visit), and where its changes go. */
  stored?: unknown;
  onStoredChange?: (stored: CaseLogFormState) => void;
  /** After the case is saved (e.g. to start the next visit). */
  onLogged?: (logged: Case) => void;
}

/** What the form holds while a visit is under way; kept with the visit so a reload finds it. */
export interface CaseLogFormState {
  /** The triage result the draft was started from: a changed recommendation starts it again. */
  draftFor: string;
  draft: CaseDraft;
  /** The minutes follow the clock until the staff member types their own, or saves. */
  minutesTyped: boolean;
  /** Opened guides already ticked once: unticking one is not undone. */
  autoTicked: string[];
}

function isFormState(value: unknown, draftFor: string): value is CaseLogFormState {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as CaseLogFormState).draftFor === draftFor &&
    typeof (value as CaseLogFormState).draft === 'object' &&
    Array.isArray((value as CaseLogFormState).autoTicked)
  );
}

/**
 * "Afslut og log": saves a visit. Everything triage knew is pre-filled and the defaults fit a
 * typical visit (the recommended level, solved, the minutes on the clock, the guides opened), so
 * logging takes one click or Ctrl+Enter; the staff member corrects what differs. Free text is
 * checked for personal data as it is typed, and again by the server.
 */
export function CaseLogForm({
  categoryKey,
  flowVersion,
  answers,
  recommended,
  guideSlugs,
  openedGuideSlugs = [],
  visitStartedAt,
  visitId,
  stored,
  onStoredChange,
  onLogged,
}: CaseLogFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useSignedInUser();
  const reference = useCaseReferenceData();
  const { pending, error, run, onSubmit } = useSubmission();
  // Without a given start, the clock starts when the form appears, and again after each case.
  const [shownAt, setShownAt] = useState(() => new Date());
  const startedAt = visitStartedAt ?? shownAt;
  const clockMinutes = useVisitMinutes(startedAt);
  // Without a visit, each shown form is one visit of its own.
  const [ownVisitId, setOwnVisitId] = useState(newIdempotencyKey);
  const prefill = `${categoryKey ?? ''}|${recommendationKey(recommended)}`;
  const freshForm = (): CaseLogFormState => ({
    draftFor: prefill,
    draft: { ...newCaseDraft(user, { categoryKey, recommended }), guideSlugs: [...openedGuideSlugs] },
    minutesTyped: false,
    autoTicked: [...openedGuideSlugs],
  });
  const [form, setForm] = useState<CaseLogFormState>(() => (isFormState(stored, prefill) ? stored : freshForm()));
  // The visit keeps every change (from an effect: never a parent's update while rendering), so a
  // reload or a new login finds the form as it was left.
  useEffect(() => onStoredChange?.(form), [form, onStoredChange]);
  const [logged, setLogged] = useState<Case>();
  // A changed recommendation (an answer changed at the counter) starts the form again from it, in
  // place: the form stays mounted, so focus, the clock and the loaded lists stay as they are.
  if (form.draftFor !== prefill) {
    setForm(freshForm());
    setLogged(undefined);
  }
  // A guide opened since is ticked as used, once.
  const newlyOpened = openedGuideSlugs.filter((slug) => !form.autoTicked.includes(slug));
  if (newlyOpened.length > 0) {
    setForm({
      ...form,
      draft: { ...form.draft, guideSlugs: [...new Set([...form.draft.guideSlugs, ...newlyOpened])] },
      autoTicked: [...form.autoTicked, ...newlyOpened],
    });
  }
  const { draft, minutesTyped } = form;
  const shownDraft = minutesTyped ? draft : { ...draft, minutes: String(clockMinutes) };
  const triage = flowVersion !== undefined && answers && recommended ? { flowVersion, answers, recommended } : null;

  const save = async () => {
    assertDraftHasNoPersonalData(draft);
    // The minutes stop with the first attempt, so a retry sends the same visit as the first.
    if (!minutesTyped) setForm({ ...form, draft: shownDraft, minutesTyped: true });
    const { data } = await request(caseRoutes.create, {
      headers: { 'idempotency-key': visitId ?? ownVisitId },
      body: { ...caseFieldsFromDraft(shownDraft, recommended), triage },
    });
    setLogged(data);
    setForm(freshForm());
    setShownAt(new Date());
    setOwnVisitId(newIdempotencyKey());
    onLogged?.(data);
  };

  // Ctrl+Enter (⌘+Enter) saves from any field, also from the note.
  const saveOnShortcut = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run(save);
    }
  };

  return (
    <Loaded load={reference}>
      {(lists) => (
        <form
          className="form case-form"
          onSubmit={onSubmit(save)}
          onKeyDown={saveOnShortcut}
          noValidate
          aria-label={t('cases.logTitle')}
        >
          {/* At the counter the next visit replaces the form; the counter confirms the case itself. */}
          {!onLogged && <LoggedCase logged={logged} />}
          <FormError error={error} />
          {recommended && 'notPermitted' in recommended && (
            <p className="case-form__note">{t('cases.hint.notPermitted')}</p>
          )}
          <CaseFields
            draft={shownDraft}
            onChange={(changes) =>
              setForm({
                ...form,
                draft: { ...form.draft, ...changes },
                minutesTyped: form.minutesTyped || changes.minutes !== undefined,
              })
            }
            reference={lists}
            recommended={recommended}
            suggestedGuideSlugs={guideSlugs}
            minutesHint={
              minutesTyped
                ? t('cases.hint.minutesEdited')
                : t('cases.hint.minutesTimer', { time: locale.time(startedAt) })
            }
            categoryFirst={!categoryKey}
            branchFirst={!user.defaultBranchKey}
            error={error}
          />
          <p className="field__hint">{t('cases.hint.shortcut')}</p>
          <Button type="submit" pending={pending}>
            {t('cases.submit')}
          </Button>
        </form>
      )}
    </Loaded>
  );
}

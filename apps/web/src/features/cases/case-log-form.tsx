import { caseEndpoints, type Case, type CaseRecommendation, type TriageAnswers } from '@digihjaelp/contract';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { request } from '../../api';
import { useLocale } from '../../i18n/use-locale';
import { pathTo } from '../../routes';
import { Button } from '../../ui/button';
import { Loaded } from '../../ui/loaded';
import { FormError, Status } from '../../ui/messages';
import { useSubmission } from '../../ui/use-submission';
import { useSignedInUser } from '../auth/auth-context';
import { caseFieldsFromDraft, newCaseDraft, recommendationKey, type CaseDraft } from './case-draft';
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
  /** When the visit began; the minutes default to the time since. Defaults to when the form appeared. */
  visitStartedAt?: Date;
  /** After the case is saved (e.g. to start the next visit). */
  onLogged?: (logged: Case) => void;
}

/**
 * "Afslut og log": saves a visit. Everything triage knew is pre-filled and the defaults fit a
 * typical visit (the recommended level, solved, the minutes on the clock), so logging takes one
 * click or Ctrl+Enter; the staff member corrects what differs. Free text is checked for personal
 * data as it is typed, and again by the server.
 */
export function CaseLogForm({
  categoryKey,
  flowVersion,
  answers,
  recommended,
  guideSlugs,
  visitStartedAt,
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
  const freshDraft = () => newCaseDraft(user, { categoryKey, recommended });
  const [draft, setDraft] = useState<CaseDraft>(freshDraft);
  const [logged, setLogged] = useState<Case>();
  // The minutes follow the clock until the staff member types their own.
  const [minutesTyped, setMinutesTyped] = useState(false);
  // A changed recommendation (an answer changed at the counter) starts the form again from it, in
  // place: the form stays mounted, so focus, the clock and the loaded lists stay as they are.
  const prefill = `${categoryKey ?? ''}|${recommendationKey(recommended)}`;
  const [draftFor, setDraftFor] = useState(prefill);
  if (draftFor !== prefill) {
    setDraftFor(prefill);
    setDraft(freshDraft());
    setLogged(undefined);
    setMinutesTyped(false);
  }
  const shownDraft = minutesTyped ? draft : { ...draft, minutes: String(clockMinutes) };
  const triage = flowVersion !== undefined && answers && recommended ? { flowVersion, answers, recommended } : null;

  const save = async () => {
    assertDraftHasNoPersonalData(draft);
    const { data } = await request(caseEndpoints.create, {
      body: { ...caseFieldsFromDraft(shownDraft, recommended), triage },
    });
    setLogged(data);
    setDraft(freshDraft());
    setMinutesTyped(false);
    setShownAt(new Date());
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
          <Status message={logged && t('cases.logged')} />
          {logged && (
            <p>
              <Link to={pathTo('case', { id: logged.id })}>{t('cases.openLogged')}</Link>
            </p>
          )}
          <FormError error={error} />
          {recommended && 'notPermitted' in recommended && (
            <p className="case-form__note">{t('cases.hint.notPermitted')}</p>
          )}
          <CaseFields
            draft={shownDraft}
            onChange={(changes) => {
              if (changes.minutes !== undefined) setMinutesTyped(true);
              setDraft((current) => ({ ...current, ...changes }));
            }}
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

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, CaseRecommendation, RecommendationContext } from '@digihjaelp/contract';
import { CaseLogForm, LoggedCase } from '../features/cases';
import { CitizenCardsLauncher } from '../features/translations/citizen-cards';
import { CounterScreen } from '../features/triage/counter-screen';
import { PageHeader } from '../ui/page-header';

/** What a case keeps of triage's recommendation, by its kind. */
function caseRecommendation(context: RecommendationContext): CaseRecommendation {
  if (context.kind === 'level' && context.level) return { level: context.level };
  if (context.kind === 'referral' && context.referral) return { referral: context.referral.target };
  return { notPermitted: true };
}

/**
 * "Ny henvendelse": triage at the counter, then "Afslut og log" with everything triage knew. A
 * logged case is confirmed above the counter, which starts the next visit at once.
 */
export function NewCasePage() {
  const { t } = useTranslation();
  const [lastLogged, setLastLogged] = useState<Case>();
  return (
    // The counter's compact frame (triage.css) holds from the first render, so nothing jumps when the lists arrive.
    <div className="counter-page">
      <PageHeader title={t('tasks.newCase.label')} />
      <CitizenCardsLauncher>
        <CounterScreen
          renderStatus={(visitInProgress) => <LoggedCase logged={visitInProgress ? undefined : lastLogged} />}
          renderFinish={(context, visit) => (
            // A changed recommendation starts the form again from it, without remounting it.
            <CaseLogForm
              categoryKey={context.categoryKey}
              flowVersion={context.flowVersion}
              answers={context.answers}
              recommended={caseRecommendation(context)}
              guideSlugs={context.guideSlugs}
              openedGuideSlugs={visit.openedGuideSlugs}
              visitStartedAt={visit.visitStartedAt}
              visitId={visit.id}
              stored={visit.caseForm}
              onStoredChange={visit.onCaseFormChange}
              onLogged={(logged) => {
                setLastLogged(logged);
                visit.onLogged();
              }}
            />
          )}
        />
      </CitizenCardsLauncher>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { CaseRecommendation, RecommendationContext } from '@digihjaelp/contract';
import { CaseLogForm } from '../features/cases';
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
 * "Ny henvendelse": triage at the counter, then "Afslut og log" with everything triage knew. The
 * form confirms the logged case itself; Esc or "Skift kategori" starts the next visit.
 */
export function NewCasePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('tasks.newCase.label')}>{t('triage.intro')}</PageHeader>
      <CitizenCardsLauncher>
        <CounterScreen
          renderFinish={(context, visit) => {
            const recommended = caseRecommendation(context);
            return (
              // A changed recommendation starts the form again from it, without remounting it.
              <CaseLogForm
                categoryKey={context.categoryKey}
                flowVersion={context.flowVersion}
                answers={context.answers}
                recommended={recommended}
                guideSlugs={context.guideSlugs}
                visitStartedAt={visit.visitStartedAt}
              />
            );
          }}
        />
      </CitizenCardsLauncher>
    </>
  );
}

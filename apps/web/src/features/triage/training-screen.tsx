import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  helpLevelNames,
  helpLevels,
  legalNoteKeys,
  may,
  offLadderOutcomes,
  trainingRoutes,
  type LegalNoteKey,
  type TrainingAttemptResponse,
  type TrainingChoice,
  type TrainingScenario,
} from '@digihjaelp/contract';
import { legalNotes } from '@digihjaelp/triage';
import { request } from '../../api';
import { freshFor } from '../../queries/query-client';
import { dataOf, useApiQuery } from '../../queries/use-api-query';
import { useLocale } from '../../i18n/use-locale';
import { Button } from '../../ui/button';
import { Loaded } from '../../ui/loaded';
import { FormError } from '../../ui/messages';
import { useSubmission } from '../../ui/use-submission';
import { useSignedInUser } from '../auth/auth-context';
import { CheckboxGroup } from './editor/list-fields';
import { RecommendationPanel } from './recommendation-panel';
import { TeamTrainingTable, TrainingProgressPanel, useTrainingProgress } from './training-progress';
import './triage.css';

const choiceValues = [...helpLevels.map(String), 'referral', 'notPermitted'] as const;

function choiceFrom(value: string): TrainingChoice {
  if (value === 'referral' || value === 'notPermitted') return { kind: value, level: null };
  return { kind: 'level', level: Number(value) as TrainingChoice['level'] };
}

function ScenarioExercise({ scenario }: { scenario: TrainingScenario }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [choice, setChoice] = useState<string>();
  const [notes, setNotes] = useState<LegalNoteKey[]>();
  const [result, setResult] = useState<TrainingAttemptResponse['data']>();
  const submission = useSubmission();
  const noteTitle = (key: LegalNoteKey) => legalNotes[key].title;

  const submit = submission.onSubmit(async () => {
    if (!choice) return;
    const response = await request(trainingRoutes.attempt, {
      body: { scenarioId: scenario.id, choice: choiceFrom(choice), legalNotes: notes ?? [] },
    });
    setResult(response.data);
  });

  return (
    <article className="training-exercise" aria-labelledby="training-scenario-title">
      <h2 id="training-scenario-title">{scenario.title}</h2>
      <p className="training-exercise__story">{scenario.story}</p>
      <form onSubmit={submit}>
        <fieldset className="checkbox-group">
          <legend className="field__label">{t('training.yourLevel')}</legend>
          {choiceValues.map((value) => (
            <label key={value} className="checkbox">
              <input
                type="radio"
                name="choice"
                value={value}
                checked={choice === value}
                disabled={!!result}
                onChange={() => setChoice(value)}
              />{' '}
              {value === 'referral' || value === 'notPermitted'
                ? locale.pick(offLadderOutcomes[value])
                : `${value}: ${locale.pick(helpLevelNames[Number(value) as 1])}`}
            </label>
          ))}
        </fieldset>
        <CheckboxGroup
          legend={t('training.yourNotes')}
          options={legalNoteKeys.map((key) => ({ value: key, label: noteTitle(key) }))}
          value={notes}
          onChange={setNotes}
        />
        <FormError error={submission.error} />
        {!result && (
          <Button type="submit" pending={submission.pending} disabled={!choice}>
            {t('training.submit')}
          </Button>
        )}
      </form>
      {result && (
        <div className="training-result">
          <p role="status" className={result.agreed ? 'message message--success' : 'message message--error'}>
            {result.agreed ? t('training.agreed') : t('training.disagreed')}
          </p>
          <dl className="because">
            <div>
              <dt>{t('training.notesCorrect')}</dt>
              <dd>{result.notes.correct.map(noteTitle).join(', ') || '–'}</dd>
            </div>
            <div>
              <dt>{t('training.notesMissed')}</dt>
              <dd>{result.notes.missed.map(noteTitle).join(', ') || '–'}</dd>
            </div>
            <div>
              <dt>{t('training.notesExtra')}</dt>
              <dd>{result.notes.extra.map(noteTitle).join(', ') || '–'}</dd>
            </div>
          </dl>
          <RecommendationPanel recommendation={result.recommendation} />
        </div>
      )}
    </article>
  );
}

/** For leads: agreement per trainee; each new attempt refreshes it. */
function AgreementTable() {
  const { t } = useTranslation();
  const agreement = useApiQuery(trainingRoutes.agreement, {}, { select: dataOf });
  return (
    <Loaded load={agreement}>
      {(rows) => (
        <section aria-labelledby="training-agreement-title">
          <h2 id="training-agreement-title">{t('training.agreementTitle')}</h2>
          {rows.length === 0 ? (
            <p>{t('training.noAttempts')}</p>
          ) : (
            <div className="table-scroll">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('training.trainee')}</th>
                    <th scope="col">{t('training.attempts')}</th>
                    <th scope="col">{t('training.agreedCount')}</th>
                    <th scope="col">{t('training.rate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.staffId}>
                      <th scope="row">{row.displayName}</th>
                      <td>{row.attempts}</td>
                      <td>{row.agreed}</td>
                      <td>{Math.round(row.rate * 100)} %</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </Loaded>
  );
}

/** Training mode: read a citizen's story, choose level and legal notes, then see the engine's answer and why. */
export function TrainingScreen() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const scenarios = useApiQuery(
    trainingRoutes.scenarios,
    {},
    { select: dataOf, staleTime: freshFor.fixedWhileRunning },
  );
  const [current, setCurrent] = useState<TrainingScenario>();
  // The badges come from the recorded attempts (refreshed after each), so they survive a reload.
  const progress = useTrainingProgress();
  const results = new Map(
    (progress.data?.scenarios ?? []).map((scenario) => [scenario.scenarioId, scenario.lastAgreed]),
  );

  return (
    <Loaded load={scenarios}>
      {(list) => (
        <>
          <div className="two-columns two-columns--narrow-first">
            <nav aria-labelledby="training-list-title" className="training__list">
              <h2 id="training-list-title">{t('training.scenariosTitle')}</h2>
              <ol>
                {list.map((scenario) => (
                  <li key={scenario.id}>
                    <button
                      type="button"
                      className="category-tile"
                      aria-current={current?.id === scenario.id ? 'true' : undefined}
                      onClick={() => setCurrent(scenario)}
                    >
                      <span>{scenario.title}</span>
                      {results.has(scenario.id) && (
                        <span className={results.get(scenario.id) ? 'badge badge--agreed' : 'badge badge--urgent'}>
                          {results.get(scenario.id) ? t('training.badgeAgreed') : t('training.badgeDisagreed')}
                        </span>
                      )}
                    </button>
                  </li>
                ))}
              </ol>
            </nav>
            <div className="training__exercise">
              {current ? (
                <ScenarioExercise key={current.id} scenario={current} />
              ) : (
                <p className="counter-screen__waiting">{t('training.pick')}</p>
              )}
            </div>
          </div>
          <TrainingProgressPanel />
          {may(user, 'superviseTraining') && (
            <>
              <AgreementTable />
              <TeamTrainingTable />
            </>
          )}
        </>
      )}
    </Loaded>
  );
}

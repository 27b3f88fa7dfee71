import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { danishToday, goalRoutes, goalMeasures, type Goal, type GoalMeasure } from '@digihjaelp/contract';
import { request } from '../../api';
import { dataOf, useApiQuery } from '../../queries/use-api-query';
import { useLocale } from '../../i18n/use-locale';
import { Button } from '../../ui/button';
import { LoadError } from '../../ui/loaded';
import { FormError, Status } from '../../ui/messages';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { useFormValues } from '../../ui/use-form-values';

/** This year in Denmark (on New Year's Eve the browser's zone may already, or still, be in another). */
const danishYear = () => Number(danishToday().slice(0, 4));
import { useSubmission } from '../../ui/use-submission';
import { useFormat } from './format';
import { StatsTableView } from './stats-section';
import type { FilterOptions } from './use-filter-options';

const measureKeys = Object.keys(goalMeasures) as GoalMeasure[];

/** Shares are typed as per cent (60) but stored as 0–1 (0.6). */
const toTarget = (measure: GoalMeasure, typed: string) => {
  const value = Number(typed.replace(',', '.'));
  return goalMeasures[measure].unit === 'share' ? value / 100 : value;
};

function useGoalText() {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormat();
  const value = (measure: GoalMeasure, amount: Goal['progress']['value']) =>
    typeof amount !== 'number'
      ? format.count(amount)
      : goalMeasures[measure].unit === 'share'
        ? format.share(amount)
        : goalMeasures[measure].unit === 'minutes'
          ? t('statistics.figures.minutes', { value: format.number(amount) })
          : format.number(Math.round(amount));
  const target = (goal: Goal) =>
    t(goalMeasures[goal.measure].direction === 'at-least' ? 'statistics.goals.atLeast' : 'statistics.goals.atMost', {
      value: value(goal.measure, goal.target),
    });
  const measureName = (measure: GoalMeasure) => locale.pick(goalMeasures[measure]);
  return { value, target, measureName };
}

/** Whether a goal is on track, as the key of its sentence. */
function statusKey(goal: Goal) {
  if (goal.progress.onTrack === null) return 'statistics.goals.unknown' as const;
  return goal.progress.onTrack ? ('statistics.goals.onTrack' as const) : ('statistics.goals.offTrack' as const);
}

/** The goals as one table: what a printed report has room for. */
function GoalTable({ goals, options }: { goals: Goal[]; options: FilterOptions }) {
  const { t } = useTranslation();
  const text = useGoalText();
  return (
    <StatsTableView
      caption={t('statistics.goals.title', { year: goals[0]?.year })}
      head={[
        t('statistics.goals.titleField'),
        t('statistics.goals.branch'),
        t('statistics.goals.target'),
        t('statistics.goals.now'),
        t('statistics.goals.status'),
      ]}
      rows={goals.map((goal) => [
        goal.title,
        goal.branchKey ? options.branchName(goal.branchKey) : t('statistics.goals.wholeOrganisation'),
        text.target(goal),
        text.value(goal.measure, goal.progress.value),
        t(statusKey(goal)),
      ])}
    />
  );
}

/** The year's goals with progress, and forms to add, change and delete them. */
export function Goals({
  options,
  readOnly = false,
  year: shownYear,
  to,
}: {
  options: FilterOptions;
  readOnly?: boolean;
  year?: number;
  /** Measure up to this day (a report's month end) instead of today. */
  to?: string;
}) {
  const { t } = useTranslation();
  const [chosenYear, setYear] = useState(danishYear);
  const year = shownYear ?? chosenYear;
  const [message, setMessage] = useState<string>();
  const goals = useApiQuery(goalRoutes.list, { query: { year, to } }, { select: dataOf, keepPrevious: true });
  const locale = useLocale();
  const text = useGoalText();
  const [editing, setEditing] = useState<string>();
  const removal = useSubmission();

  const done = (note: string) => {
    setMessage(note);
    setEditing(undefined);
  };

  return (
    <section className="stats-section goals" aria-labelledby="goals-title">
      <div className="stats-section__header">
        <h2 id="goals-title">{t('statistics.goals.title', { year })}</h2>
        {!readOnly && (
          <SelectField
            label={t('statistics.goals.year')}
            value={String(year)}
            onChange={(event) => setYear(Number(event.target.value))}
            options={[-1, 0, 1].map((offset) => {
              const value = String(danishYear() + offset);
              return { value, label: value };
            })}
          />
        )}
      </div>
      <p className="stats-section__intro">
        {to ? t('statistics.goals.introTo', { date: locale.date(to) }) : t('statistics.goals.intro')}
      </p>
      <Status message={message} />
      <FormError error={removal.error} />
      {goals.error && <LoadError error={goals.error} onRetry={goals.refetch} />}
      {goals.data === undefined ? null : goals.data.length === 0 ? (
        <p>{t('statistics.goals.none')}</p>
      ) : readOnly ? (
        <GoalTable goals={goals.data} options={options} />
      ) : (
        <ul className="goal-list">
          {goals.data.map((goal) => (
            <li key={goal.id} className="goal">
              <h3 className="goal__title">{goal.title}</h3>
              <p className="goal__meta">
                {text.measureName(goal.measure)} ·{' '}
                {goal.branchKey ? options.branchName(goal.branchKey) : t('statistics.goals.wholeOrganisation')}
              </p>
              <dl className="goal__figures">
                <div>
                  <dt>{t('statistics.goals.target')}</dt>
                  <dd>{text.target(goal)}</dd>
                </div>
                <div>
                  <dt>{t('statistics.goals.now')}</dt>
                  <dd>{text.value(goal.measure, goal.progress.value)}</dd>
                </div>
                <div>
                  <dt>{t('statistics.goals.status')}</dt>
                  <dd>
                    <span
                      className={`goal__status goal__status--${goal.progress.onTrack === null ? 'unknown' : goal.progress.onTrack ? 'on' : 'off'}`}
                    >
                      {t(statusKey(goal))}
                    </span>
                  </dd>
                </div>
              </dl>
              {goalMeasures[goal.measure].unit === 'visits' && (
                <p className="goal__meta">
                  {t('statistics.goals.expected', { value: text.value(goal.measure, goal.progress.expectedByNow) })}
                </p>
              )}
              {readOnly ? null : editing === goal.id ? (
                <EditTargetForm goal={goal} onDone={done} onCancel={() => setEditing(undefined)} />
              ) : (
                <div className="goal__actions">
                  <Button variant="secondary" onClick={() => setEditing(goal.id)}>
                    {t('statistics.goals.edit')}
                    <span className="visually-hidden"> – {goal.title}</span>
                  </Button>
                  <Button
                    variant="secondary"
                    pending={removal.pending}
                    aria-label={t('statistics.goals.removeNamed', { title: goal.title })}
                    onClick={() =>
                      removal.run(async () => {
                        await request(goalRoutes.delete, { params: { id: goal.id } });
                        done(t('statistics.goals.removed', { title: goal.title }));
                      })
                    }
                  >
                    {t('statistics.goals.remove')}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <CreateGoalForm
          year={year}
          options={options}
          onCreated={(title) => done(t('statistics.goals.saved', { title }))}
        />
      )}
    </section>
  );
}

function targetLabel(measure: GoalMeasure) {
  const unit = goalMeasures[measure].unit;
  return unit === 'share'
    ? 'statistics.goals.targetShare'
    : unit === 'minutes'
      ? 'statistics.goals.targetMinutes'
      : 'statistics.goals.targetVisits';
}

function EditTargetForm({
  goal,
  onDone,
  onCancel,
}: {
  goal: Goal;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { pending, error, onSubmit } = useSubmission();
  const shown = goalMeasures[goal.measure].unit === 'share' ? goal.target * 100 : goal.target;
  const { values, bind } = useFormValues({ target: String(shown) }, error);
  return (
    <form
      className="form goal__edit"
      noValidate
      onSubmit={onSubmit(async () => {
        await request(goalRoutes.update, {
          params: { id: goal.id },
          body: { target: toTarget(goal.measure, values.target) },
        });
        onDone(t('statistics.goals.saved', { title: goal.title }));
      })}
    >
      <FormError error={error} />
      <TextField
        label={t('statistics.goals.editTarget', { title: goal.title })}
        hint={t(targetLabel(goal.measure))}
        inputMode="decimal"
        required
        {...bind('target')}
      />
      <div className="goal__actions">
        <Button type="submit" pending={pending}>
          {t('statistics.goals.saveTarget')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('statistics.goals.cancel')}
        </Button>
      </div>
    </form>
  );
}

function CreateGoalForm({
  year,
  options,
  onCreated,
}: {
  year: number;
  options: FilterOptions;
  onCreated: (title: string) => void;
}) {
  const { t } = useTranslation();
  const text = useGoalText();
  const { pending, error, onSubmit } = useSubmission();
  const { values, bind, reset } = useFormValues(
    { measure: 'solved-low-level-share', title: '', target: '', branchKey: '' },
    error,
  );
  const measure = values.measure as GoalMeasure;
  return (
    <form
      className="form goal-form"
      noValidate
      onSubmit={onSubmit(async () => {
        await request(goalRoutes.create, {
          body: {
            year,
            measure,
            title: values.title,
            target: toTarget(measure, values.target),
            branchKey: values.branchKey || null,
          },
        });
        reset();
        onCreated(values.title);
      })}
    >
      <h3>{t('statistics.goals.addTitle')}</h3>
      <FormError error={error} />
      <SelectField
        label={t('statistics.goals.measure')}
        options={measureKeys.map((key) => ({ value: key, label: text.measureName(key) }))}
        {...bind('measure')}
      />
      <TextField
        label={t('statistics.goals.titleField')}
        hint={t('statistics.goals.titleHint')}
        required
        maxLength={120}
        {...bind('title')}
      />
      <TextField label={t(targetLabel(measure))} inputMode="decimal" required {...bind('target')} />
      <SelectField
        label={t('statistics.goals.branch')}
        options={[{ value: '', label: t('statistics.goals.wholeOrganisation') }, ...options.branches]}
        {...bind('branchKey')}
      />
      <Button type="submit" pending={pending}>
        {t('statistics.goals.save')}
      </Button>
    </form>
  );
}

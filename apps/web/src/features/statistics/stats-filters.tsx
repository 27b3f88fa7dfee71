import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PERIOD, type StatsFilterQuery } from '@digihjaelp/contract';
import { Button } from '../../ui/button';
import { SelectField, type SelectOption } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { presetOptions } from './stats-query';
import type { FilterOptions } from './use-filter-options';

interface StatsFiltersProps {
  query: StatsFilterQuery;
  options: FilterOptions;
  onApply: (query: StatsFilterQuery) => void;
  /** The server's message per filter field, e.g. when "from" lies after "to". */
  fieldError: (field: string) => string | undefined;
}

/** Period (a preset or custom days), branch, channel, category and staff member. */
export function StatsFilters({ query, options, onApply, fieldError }: StatsFiltersProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<StatsFilterQuery>(query);
  const period = draft.period ?? (draft.from ? 'custom' : DEFAULT_PERIOD);
  const set = (changes: Partial<StatsFilterQuery>) => setDraft((current) => ({ ...current, ...changes }));
  const withAll = (items: SelectOption[]) => [{ value: '', label: t('statistics.filters.all') }, ...items];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { from, to, ...rest } = draft;
    onApply(period === 'custom' ? { ...rest, period: 'custom', from, to } : { ...rest, period });
  };

  return (
    <form className="stats-filters" onSubmit={submit} aria-labelledby="stats-filters-title">
      <h2 id="stats-filters-title" className="visually-hidden">
        {t('statistics.filters.title')}
      </h2>
      <SelectField
        label={t('statistics.filters.period')}
        value={period}
        error={fieldError('period')}
        onChange={(event) => set({ period: event.target.value as StatsFilterQuery['period'] })}
        options={presetOptions.map((preset) => ({ value: preset, label: t(`statistics.filters.${preset}`) }))}
      />
      {period === 'custom' && (
        <>
          <TextField
            type="date"
            label={t('statistics.filters.from')}
            value={draft.from ?? ''}
            error={fieldError('from')}
            required
            onChange={(event) => set({ from: event.target.value })}
          />
          <TextField
            type="date"
            label={t('statistics.filters.to')}
            value={draft.to ?? ''}
            error={fieldError('to')}
            required
            onChange={(event) => set({ to: event.target.value })}
          />
        </>
      )}
      <SelectField
        label={t('statistics.filters.branch')}
        value={draft.branchKey ?? ''}
        error={fieldError('branchKey')}
        onChange={(event) => set({ branchKey: event.target.value || undefined })}
        options={withAll(options.branches)}
      />
      <SelectField
        label={t('statistics.filters.channel')}
        value={draft.channelKey ?? ''}
        error={fieldError('channelKey')}
        onChange={(event) => set({ channelKey: event.target.value || undefined })}
        options={withAll(options.channels)}
      />
      <SelectField
        label={t('statistics.filters.category')}
        value={draft.categoryKey ?? ''}
        error={fieldError('categoryKey')}
        onChange={(event) => set({ categoryKey: event.target.value || undefined })}
        options={withAll(options.categories)}
      />
      <SelectField
        label={t('statistics.filters.staff')}
        value={draft.staffId ?? ''}
        error={fieldError('staffId')}
        onChange={(event) => set({ staffId: event.target.value || undefined })}
        options={withAll(options.staff)}
      />
      <div className="stats-filters__actions">
        <Button type="submit">{t('statistics.filters.apply')}</Button>
        <Button
          variant="secondary"
          onClick={() => {
            setDraft({ period: DEFAULT_PERIOD });
            onApply({ period: DEFAULT_PERIOD });
          }}
        >
          {t('statistics.filters.reset')}
        </Button>
      </div>
    </form>
  );
}

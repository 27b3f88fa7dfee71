import { useTranslation } from 'react-i18next';
import {
  keyFigureNames,
  statsRoutes,
  type KeyFigure,
  type KeyFigureName,
  type StatsFilterQuery,
} from '@digihjaelp/contract';
import { useFormat } from './format';
import { StatsSection } from './stats-section';

const shares = new Set<KeyFigureName>(['solvedLowLevelShare', 'repeatVisitShare', 'referralShare']);

/** The six key figures as cards, each with its value, the previous period's and the change. */
export function KeyFigures({ query }: { query: StatsFilterQuery }) {
  const { t } = useTranslation();
  const format = useFormat();

  const value = (name: KeyFigureName, figure: KeyFigure['current']) =>
    shares.has(name)
      ? format.share(figure)
      : name === 'medianMinutes' && typeof figure === 'number'
        ? t('statistics.figures.minutes', { value: format.number(figure) })
        : format.count(figure);

  const change = (name: KeyFigureName, figure: KeyFigure) => {
    if (figure.change === null) return t('statistics.figures.notCompared');
    if (figure.change === 0) return t('statistics.figures.same');
    const size = Math.abs(figure.change);
    const amount = shares.has(name)
      ? t('statistics.figures.points', { value: format.number(size * 100) })
      : name === 'medianMinutes'
        ? t('statistics.figures.minutes', { value: format.number(size) })
        : format.number(size);
    return t(figure.change > 0 ? 'statistics.figures.up' : 'statistics.figures.down', { change: amount });
  };

  return (
    <StatsSection
      endpoint={statsRoutes.keyFigures}
      query={query}
      table="key-figures"
      title={t('statistics.figures.title')}
      isEmpty={() => false}
    >
      {(data) => (
        <>
          <p className="stats-section__intro">
            {t('statistics.period', { from: format.day(data.period.from), to: format.day(data.period.to) })}.{' '}
            {t('statistics.comparedWith', {
              from: format.day(data.previousPeriod.from),
              to: format.day(data.previousPeriod.to),
            })}
            {data.period.partial && <> {t('statistics.partialPeriod')}</>}
          </p>
          <ul className="key-figures">
            {keyFigureNames.map((name) => {
              const figure = data.figures[name];
              const direction =
                figure.change === null || figure.change === 0 ? 'same' : figure.change > 0 ? 'up' : 'down';
              return (
                <li key={name} className="key-figure">
                  <h3 className="key-figure__label">{t(`statistics.figures.${name}`)}</h3>
                  <p className="key-figure__value">{value(name, figure.current)}</p>
                  <p className={`key-figure__change key-figure__change--${direction}`}>
                    <span aria-hidden="true">{direction === 'up' ? '▲ ' : direction === 'down' ? '▼ ' : ''}</span>
                    {change(name, figure)}
                  </p>
                  <p className="key-figure__previous">
                    {t('statistics.figures.previous', { value: value(name, figure.previous) })}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </StatsSection>
  );
}

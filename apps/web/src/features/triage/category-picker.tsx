import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '@digihjaelp/contract';
import { useLocale } from '../../i18n/use-locale';
import { matchCategories } from './category-match';

/** Choose the category by typing a few letters (Enter takes the best match) or by a tile. */
export function CategoryPicker({
  categories,
  onChoose,
}: {
  categories: Category[];
  onChoose: (category: Category) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [text, setText] = useState('');
  const inputId = useId();
  const hintId = useId();
  const matches = useMemo(() => matchCategories(categories, text, locale), [categories, text, locale]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const [best] = matches;
    if (event.key === 'Enter' && best) {
      event.preventDefault();
      onChoose(best);
    }
  };

  return (
    <section className="triage-step" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('triage.categoryTitle')}</h2>
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          {t('triage.categoryFilter')}
        </label>
        <span className="field__hint" id={hintId}>
          {t('triage.categoryFilterHint')}
        </span>
        <input
          id={inputId}
          className="field__input"
          type="search"
          autoComplete="off"
          // biome-ignore lint/a11y/noAutofocus: a visit starts by typing the errand; this is the screen's first and only field
          autoFocus
          aria-describedby={hintId}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <p className="visually-hidden" role="status">
        {t('triage.categoryMatches', { count: matches.length })}
      </p>
      {matches.length === 0 ? (
        <p>{t('triage.noCategoryMatch', { text })}</p>
      ) : (
        <ul className="category-tiles">
          {matches.map((category, index) => (
            <li key={category.key}>
              <button
                type="button"
                className={['category-tile', index === 0 && text.trim() ? 'category-tile--first' : ''].join(' ')}
                onClick={() => onChoose(category)}
              >
                <span>{locale.name(category)}</span>
                {category.urgent && <span className="badge badge--urgent">{t('triage.urgent')}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '@digihjaelp/contract';
import { useLocale } from '../../i18n/use-locale';
import type { Loadable } from '../../queries/loadable';
import { pathTo } from '../../routes';
import { Loaded } from '../../ui/loaded';
import { matchCategories } from './category-match';

/**
 * Choose the category by typing what the citizen says (Enter takes the best match) or by a tile.
 * When nothing fits, the three closest are offered, and a guide search for the same words.
 * The heading and the hint show at once; the field and the tiles follow the categories.
 */
export function CategoryPicker({
  categories,
  onChoose,
}: {
  categories: Loadable<Category[]>;
  onChoose: (category: Category) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [text, setText] = useState('');
  const inputId = useId();
  const hintId = useId();
  const { matches, closest } = useMemo(
    () => matchCategories(categories.data ?? [], text, locale),
    [categories.data, text, locale],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const [best] = matches;
    // Ctrl+Enter is "finish and log" everywhere on the counter; here it must not start a new visit.
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && best) {
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
        {/* Typing begins once there is something to match: the field comes with the categories. */}
        <Loaded load={categories}>
          {() => (
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
          )}
        </Loaded>
      </div>
      {categories.data && (
        <>
          <p className="visually-hidden" role="status">
            {t('triage.categoryMatches', { count: matches.length })}
          </p>
          {matches.length === 0 ? (
            <>
              <p>
                {t('triage.noCategoryMatch', { text: text.trim() })} {t('triage.nearestCategories')}
              </p>
              <CategoryTiles categories={closest} highlightFirst={false} onChoose={onChoose} />
              <p>
                <a
                  href={`${pathTo('guides')}?${new URLSearchParams({ q: text.trim() })}`}
                  target="_blank"
                  rel="noopener"
                >
                  {t('triage.searchGuides', { text: text.trim() })}
                  <span className="visually-hidden"> {t('triage.opensInNewTab')}</span>
                </a>
              </p>
            </>
          ) : (
            <CategoryTiles categories={matches} highlightFirst={Boolean(text.trim())} onChoose={onChoose} />
          )}
        </>
      )}
    </section>
  );
}

function CategoryTiles({
  categories,
  highlightFirst,
  onChoose,
}: {
  categories: Category[];
  highlightFirst: boolean;
  onChoose: (category: Category) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ul className="category-tiles">
      {categories.map((category, index) => (
        <li key={category.key}>
          <button
            type="button"
            className={['category-tile', index === 0 && highlightFirst ? 'category-tile--first' : ''].join(' ')}
            onClick={() => onChoose(category)}
          >
            <span>{locale.name(category)}</span>
            {category.urgent && <span className="badge badge--urgent">{t('triage.urgent')}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

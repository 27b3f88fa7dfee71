import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuideChoice } from '../../guides/use-published-guides';
import { Button } from '../../../ui/button';
import { TextField } from '../../../ui/text-field';

const shownMatches = 8;
const normalised = (text: string) => text.toLocaleLowerCase('da').normalize('NFC');

/** The published guides whose title (or address) holds every word typed, best (title starts with it) first. */
export function matchingGuides(guides: readonly GuideChoice[], query: string, exclude: readonly string[]) {
  const words = normalised(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const [first = ''] = words;
  return guides
    .filter((guide) => !exclude.includes(guide.slug))
    .filter((guide) => words.every((word) => normalised(`${guide.title} ${guide.slug}`).includes(word)))
    .sort(
      (a, b) =>
        Number(normalised(b.title).startsWith(first)) - Number(normalised(a.title).startsWith(first)) ||
        a.title.localeCompare(b.title, 'da'),
    )
    .slice(0, shownMatches);
}

/**
 * A rule's guides, chosen from the published knowledge base by title: the chosen ones with a
 * remove button, and a search that offers the rest. A linked guide that is no longer published is
 * shown by its address, marked, so the lead can see what the check will refuse.
 */
export function GuidePicker({
  guides,
  value,
  onChange,
}: {
  guides: readonly GuideChoice[];
  value: readonly string[] | undefined;
  onChange: (chosen: string[] | undefined) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const chosen = value ?? [];
  const titleOf = (slug: string) => guides.find((guide) => guide.slug === slug)?.title;
  const matches = matchingGuides(guides, query, chosen);
  const remove = (slug: string) => {
    const next = chosen.filter((candidate) => candidate !== slug);
    onChange(next.length > 0 ? next : undefined);
  };

  return (
    <fieldset className="checkbox-group guide-picker">
      <legend className="field__label">{t('flowEditor.guides')}</legend>
      {chosen.length === 0 ? (
        <p className="field__hint">{t('flowEditor.guidePicker.none')}</p>
      ) : (
        <ul className="guide-picker__chosen">
          {chosen.map((slug) => (
            <li key={slug}>
              <span>{titleOf(slug) ?? t('flowEditor.guidePicker.unpublished', { slug })}</span>{' '}
              <Button
                variant="secondary"
                onClick={() => remove(slug)}
                aria-label={t('flowEditor.guidePicker.remove', { title: titleOf(slug) ?? slug })}
              >
                {t('flowEditor.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <TextField
        label={t('flowEditor.guidePicker.search')}
        hint={t('flowEditor.guidePicker.searchHint')}
        type="search"
        value={query}
        autoComplete="off"
        onChange={(event) => setQuery(event.target.value)}
      />
      <p className="field__hint" aria-live="polite">
        {query.trim() && t('flowEditor.guidePicker.found', { count: matches.length })}
      </p>
      {matches.length > 0 && (
        <ul className="guide-picker__matches">
          {matches.map((guide) => (
            <li key={guide.slug}>
              <Button
                variant="secondary"
                onClick={() => {
                  onChange([...chosen, guide.slug]);
                  setQuery('');
                }}
              >
                {t('flowEditor.guidePicker.add', { title: guide.title })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

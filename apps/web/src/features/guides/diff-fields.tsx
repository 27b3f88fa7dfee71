import type { GuideDiff } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';

/** A guide field's name as the editor labels it. */
export function useFieldName() {
  const { t } = useTranslation();
  return (field: string) => t(`guides.revisions.field.${field}` as 'guides.revisions.field.title');
}

type Part = GuideDiff['fields'][number]['parts'][number];

/** One run of a diff: added or removed text says so to a screen reader, as the marks show it on screen. */
function DiffPart({ part }: { part: Part }) {
  const { t } = useTranslation();
  if (part.change === 'added')
    return (
      <ins>
        <span className="visually-hidden">[{t('guides.revisions.added')}: </span>
        {part.value}
        <span className="visually-hidden">]</span>
      </ins>
    );
  if (part.change === 'removed')
    return (
      <del>
        <span className="visually-hidden">[{t('guides.revisions.removed')}: </span>
        {part.value}
        <span className="visually-hidden">]</span>
      </del>
    );
  return <span>{part.value}</span>;
}

/** Fields holding a calendar date ("2027-05-31"), shown as people write it rather than diffed digit by digit. */
const dateFields: ReadonlySet<string> = new Set(['reviewBy']);

/** A date field's change as the old date struck through and the new one added, each written out. */
function asWholeDates(parts: readonly Part[], formatDate: (day: string) => string): Part[] {
  const before = parts
    .filter((part) => part.change !== 'added')
    .map((part) => part.value)
    .join('');
  const after = parts
    .filter((part) => part.change !== 'removed')
    .map((part) => part.value)
    .join('');
  const written = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDate(day) : day);
  return [
    ...(before ? [{ change: 'removed', value: written(before) } as const] : []),
    ...(before && after ? [{ change: 'same', value: ' ' } as const] : []),
    ...(after ? [{ change: 'added', value: written(after) } as const] : []),
  ];
}

/** What changed, field by field: removed text struck through, added text underlined (and said aloud). */
export function DiffFields({ fields }: { fields: GuideDiff['fields'] }) {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const locale = useLocale();
  if (fields.length === 0) return <p>{t('guides.revisions.noDiff')}</p>;
  return (
    <>
      {fields.map(({ field, parts }) => (
        <div key={field} className="diff">
          <h3>{fieldName(field)}</h3>
          <pre className="diff__text">
            {(dateFields.has(field) ? asWholeDates(parts, locale.date) : parts).map((part, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a diff is drawn anew each time; a part has no identity beyond its place
              <DiffPart key={index} part={part} />
            ))}
          </pre>
        </div>
      ))}
    </>
  );
}

import type { GuideDiff } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';

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

/** What changed, field by field: removed text struck through, added text underlined (and said aloud). */
export function DiffFields({ fields }: { fields: GuideDiff['fields'] }) {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  if (fields.length === 0) return <p>{t('guides.revisions.noDiff')}</p>;
  return (
    <>
      {fields.map(({ field, parts }) => (
        <div key={field} className="diff">
          <h3>{fieldName(field)}</h3>
          <pre className="diff__text">
            {parts.map((part, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a diff is drawn anew each time; a part has no identity beyond its place
              <DiffPart key={index} part={part} />
            ))}
          </pre>
        </div>
      ))}
    </>
  );
}

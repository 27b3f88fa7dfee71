import type { GuideDiff } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';

/** A guide field's name as the editor labels it. */
export function useFieldName() {
  const { t } = useTranslation();
  return (field: string) => t(`guides.revisions.field.${field}` as 'guides.revisions.field.title');
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
            {parts.map((part, index) =>
              part.change === 'added' ? (
                <ins key={index}>
                  <span className="visually-hidden">[{t('guides.revisions.added')}: </span>
                  {part.value}
                  <span className="visually-hidden">]</span>
                </ins>
              ) : part.change === 'removed' ? (
                <del key={index}>
                  <span className="visually-hidden">[{t('guides.revisions.removed')}: </span>
                  {part.value}
                  <span className="visually-hidden">]</span>
                </del>
              ) : (
                <span key={index}>{part.value}</span>
              ),
            )}
          </pre>
        </div>
      ))}
    </>
  );
}

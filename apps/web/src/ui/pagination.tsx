import { useTranslation } from 'react-i18next';
import type { PageInfo } from '@digihjaelp/contract';
import { Button } from './button';

/** Previous/next for a `{ data, page }` list; hidden when everything fits on one page. */
export function Pagination({ page, pageSize, total, onChange }: PageInfo & { onChange: (page: number) => void }) {
  const { t } = useTranslation();
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <Button variant="secondary" disabled={page <= 1} onClick={() => onChange(page - 1)}>
        {t('pagination.previous')}
      </Button>
      <span>{t('pagination.position', { page, pages })}</span>
      <Button variant="secondary" disabled={page >= pages} onClick={() => onChange(page + 1)}>
        {t('pagination.next')}
      </Button>
    </nav>
  );
}

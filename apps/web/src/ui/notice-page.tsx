import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from './page-header';

/** A page that only tells the user something (no access, not found, coming soon) and offers the way home. */
export function NoticePage({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={title}>{children}</PageHeader>
      <p>
        <Link to="/">{t('backHome')}</Link>
      </p>
    </>
  );
}

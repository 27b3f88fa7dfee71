import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's one h1; it names the browser tab too, and receives focus after navigation. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  return (
    <div className="page-header">
      <h1 tabIndex={-1}>{title}</h1>
      {children && <p className="page-header__lead">{children}</p>}
    </div>
  );
}

import { may } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSignedInUser } from '../features/auth/auth-context';
import { CaseList } from '../features/cases';
import { Status } from '../ui/messages';
import { PageHeader } from '../ui/page-header';
import { pathTo } from '../routes';

export function CasesPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const managesAll = may(user, 'manageAllCases');
  // E.g. "the case is deleted", after coming back from a case page.
  const message = (useLocation().state as { message?: string } | null)?.message;
  return (
    <>
      <PageHeader title={t('cases.listTitle')}>
        {managesAll ? t('cases.listIntroAll') : t('cases.listIntroOwn')}
      </PageHeader>
      <Status message={message} />
      <p>
        <Link to={pathTo('logCase')}>{t('cases.logDirect')}</Link>
      </p>
      <CaseList />
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { authRoutes } from '@digihjaelp/contract';
import { OwnSessions } from '../features/auth/own-sessions';
import { TotpEnrolment } from '../features/auth/totp-enrolment';
import { useApiQuery } from '../queries/use-api-query';
import { pathTo } from '../routes';
import { Loaded } from '../ui/loaded';
import { Status } from '../ui/messages';
import { PageHeader } from '../ui/page-header';

export function SecurityPage() {
  const { t } = useTranslation();
  const sessions = useApiQuery(authRoutes.sessions);
  const [enrolled, setEnrolled] = useState(false);

  return (
    <>
      <PageHeader title={t('security.title')}>
        <Link to={pathTo('changePassword')}>{t('security.changePassword')}</Link>
      </PageHeader>
      <Loaded load={sessions}>
        {({ data, secondFactor, localAccount }) => (
          <>
            {localAccount && (
              <>
                <Status message={enrolled || secondFactor ? t('totp.enabled') : t('totp.disabled')} />
                {secondFactor && <p>{t('totp.replace')}</p>}
                <TotpEnrolment
                  onDone={() => {
                    setEnrolled(true);
                    void sessions.refetch();
                  }}
                />
              </>
            )}
            <OwnSessions sessions={data} />
          </>
        )}
      </Loaded>
    </>
  );
}

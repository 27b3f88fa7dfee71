import { may, type Permission } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, type Location } from 'react-router';
import { Loading } from '../../ui/loading';
import { NoticePage } from '../../ui/notice-page';
import { SiteFrame } from '../layout/site-frame';
import { useAuth, useSignedInUser } from './auth-context';

/** What the login page gets in `location.state`: where to go back to after logging in. */
export interface LoginRedirectState {
  from?: Location;
}

export function RequireAuth() {
  const { state } = useAuth();
  const location = useLocation();
  // The frame shows at once, as the page's HTML shell did, while the session is asked for.
  if (state.status === 'loading') return <SiteFrame page={<Loading />} />;
  if (state.status !== 'signed-in') {
    // After a deliberate logout the next person at the counter should start on the home page.
    const redirect: LoginRedirectState =
      state.status === 'signed-out' && state.reason === 'logout' ? {} : { from: location };
    return <Navigate to="/login" replace state={redirect} />;
  }
  return <Outlet />;
}

/** The page for those holding `permission` (none: every signed-in staff member); others are told it is not theirs. */
export function RequirePermission({ permission }: { permission: Permission | undefined }) {
  const user = useSignedInUser();
  const { t } = useTranslation();
  if (permission === undefined || may(user, permission)) return <Outlet />;
  return <NoticePage title={t('forbidden.title')}>{t('forbidden.body')}</NoticePage>;
}

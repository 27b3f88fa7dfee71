import { useAuth, useSignedInUser } from '../auth/auth-context';
import { PrimaryNav } from './primary-nav';
import { SiteFrame } from './site-frame';
import { UserMenu } from './user-menu';

/** For pages seen before logging in. */
export function PublicLayout() {
  return <SiteFrame />;
}

/** For pages open to everyone: the signed-in frame for staff who are signed in, else the public one. */
export function VisitorLayout() {
  return useAuth().state.status === 'signed-in' ? <AppLayout /> : <PublicLayout />;
}

/** For signed-in pages: who is signed in, and a menu of what their role may do. */
export function AppLayout() {
  const user = useSignedInUser();
  return <SiteFrame headerContent={<UserMenu />} navigation={<PrimaryNav role={user.role} />} />;
}

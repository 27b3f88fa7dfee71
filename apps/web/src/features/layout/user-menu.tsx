import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { Button } from '../../ui/button';
import { Alert } from '../../ui/messages';
import { pathTo } from '../../routes';
import { useSubmission } from '../../ui/use-submission';
import { useAuth, useSignedInUser } from '../auth/auth-context';

export function UserMenu() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { logout } = useAuth();
  const { pending, error, run } = useSubmission();
  return (
    <div className="user-menu">
      <p className="user-menu__person">
        <span className="visually-hidden">{t('header.signedInAs')} </span>
        <span className="user-menu__name">{user.displayName}</span>{' '}
        <span className="user-menu__role">({t(`roles.${user.role}`)})</span>
      </p>
      <NavLink className="user-menu__link" to={pathTo('security')}>
        {t('header.security')}
      </NavLink>
      <Button variant="secondary" pending={pending} onClick={() => void run(logout)}>
        {t('header.logout')}
      </Button>
      <Alert message={error?.message} />
    </div>
  );
}

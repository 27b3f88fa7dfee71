import type { Role } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { tasksFor } from '../tasks/tasks';

export function PrimaryNav({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <nav className="primary-nav" aria-label={t('nav.label')}>
      <ul className="container primary-nav__list">
        <li>
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>
        </li>
        {tasksFor(role).map((task) => (
          <li key={task.id}>
            <NavLink to={task.path}>{t(`tasks.${task.id}.label`)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

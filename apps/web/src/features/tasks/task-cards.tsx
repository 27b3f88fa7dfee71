import type { Role } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tasksFor } from './tasks';

export function TaskCards({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <ul className="task-cards">
      {tasksFor(role).map((task) => (
        <li key={task.id} className="task-card">
          <h3 className="task-card__title">
            <Link to={task.path}>{t(`tasks.${task.id}.label`)}</Link>
          </h3>
          <p>{t(`tasks.${task.id}.description`)}</p>
        </li>
      ))}
    </ul>
  );
}

import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../features/auth/auth-context';
import { HomeReviewQueue, MyProposals } from '../features/guides/review-queue';
import { TaskCards } from '../features/tasks/task-cards';
import { PageHeader } from '../ui/page-header';

export function HomePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  return (
    <>
      <PageHeader title={t('home.greeting', { name: user.displayName })}>
        {t('home.yourRole', { role: t(`roles.${user.role}`) })}
      </PageHeader>
      <HomeReviewQueue />
      <MyProposals />
      <section aria-labelledby="home-tasks-title">
        <h2 id="home-tasks-title">{t('home.tasksTitle')}</h2>
        <TaskCards role={user.role} />
      </section>
    </>
  );
}

import { branchRoutes, channelRoutes, type Branch, type CreateListItemRequest } from '@digihjaelp/contract';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { useBranches, useChannels } from '../../queries/reference-data';
import { Button } from '../../ui/button';
import { LoadError } from '../../ui/loaded';
import { Loading } from '../../ui/loading';
import { Alert, FormError, Status } from '../../ui/messages';
import { TextField } from '../../ui/text-field';
import { useFormValues } from '../../ui/use-form-values';
import { useSubmission } from '../../ui/use-submission';

const endpointsFor = { branches: branchRoutes, channels: channelRoutes };
const readsFor = { branches: useBranches, channels: useChannels };
const emptyItem: Omit<CreateListItemRequest, 'sortOrder'> = { key: '', nameDa: '', nameEn: '' };

/** One admin-kept list (branches or channels): see it, add to it, close or reopen an entry. */
export function AdminListManager({ list }: { list: keyof typeof endpointsFor }) {
  const { t } = useTranslation();
  const titleId = useId();
  const endpoints = endpointsFor[list];
  const items = readsFor[list]();
  const adding = useSubmission();
  const toggling = useSubmission();
  const { values, bind, reset } = useFormValues(emptyItem, adding.error);
  const [status, setStatus] = useState<string>();

  const add = async () => {
    const { data } = await request(endpoints.create, { body: values });
    reset();
    setStatus(t('adminLists.added', { name: data.nameDa }));
  };
  const toggle = (item: Branch) =>
    toggling.run(async () => {
      await request(endpoints.update, { params: { key: item.key }, body: { active: !item.active } });
      setStatus(t(item.active ? 'adminLists.closed' : 'adminLists.reopened', { name: item.nameDa }));
    });

  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t(`adminLists.${list}.title`)}</h2>
      <p>{t(`adminLists.${list}.intro`)}</p>
      <Status message={status} />
      {items.error && <LoadError error={items.error} onRetry={items.refetch} />}
      <Alert message={toggling.error?.message} />
      {items.data ? (
        <div className="table-scroll">
          <table className="table" aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col">{t('adminLists.nameDa')}</th>
                <th scope="col">{t('adminLists.nameEn')}</th>
                <th scope="col">{t('adminLists.key')}</th>
                <th scope="col">{t('staff.status')}</th>
                <th scope="col">{t('staff.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.data.map((item) => (
                <tr key={item.key} className={item.active ? undefined : 'table__row--muted'}>
                  <th scope="row">{item.nameDa}</th>
                  <td>{item.nameEn}</td>
                  <td>
                    <code>{item.key}</code>
                  </td>
                  <td>{item.active ? t('adminLists.open') : t('adminLists.closedStatus')}</td>
                  <td>
                    <Button variant="secondary" pending={toggling.pending} onClick={() => void toggle(item)}>
                      {item.active ? t('adminLists.close') : t('adminLists.reopen')}
                      <span className="visually-hidden"> {item.nameDa}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        items.isFetching && <Loading />
      )}
      <form className="form" onSubmit={adding.onSubmit(add)} aria-label={t(`adminLists.${list}.add`)}>
        <h3>{t(`adminLists.${list}.add`)}</h3>
        <FormError error={adding.error} />
        <TextField label={t('adminLists.nameDa')} required {...bind('nameDa')} />
        <TextField label={t('adminLists.nameEn')} required {...bind('nameEn')} />
        <TextField
          label={t('adminLists.key')}
          hint={t('adminLists.keyHint')}
          autoCapitalize="none"
          spellCheck={false}
          required
          {...bind('key')}
        />
        <Button type="submit" pending={adding.pending}>
          {t(`adminLists.${list}.add`)}
        </Button>
      </form>
    </section>
  );
}

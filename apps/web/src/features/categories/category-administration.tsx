import {
  categoryRoutes,
  type Category,
  type CreateCategoryRequest,
  type UpdateCategoryRequest,
} from '@digihjaelp/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { useCategories } from '../../queries/reference-data';
import { Button } from '../../ui/button';
import { LoadError } from '../../ui/loaded';
import { Loading } from '../../ui/loading';
import { FormError, Status } from '../../ui/messages';
import { TextField } from '../../ui/text-field';
import { useFormValues } from '../../ui/use-form-values';
import { useSubmission } from '../../ui/use-submission';
import './categories.css';

/** "glemt kode, adgangskode" as the API takes it: one entry per comma, blanks around dropped. */
const searchWordsFrom = (text: string) =>
  text
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);

/** The keys in a new order: the two at `from` and `to` change places. */
function swapped(keys: readonly string[], from: number, to: number): string[] {
  return keys.map((key, index) => (index === from ? keys[to] : index === to ? keys[from] : key) ?? key);
}

/** Admins keep the problem categories: names, search words, urgency, order, and whether they can still be chosen. */
export function CategoryAdministration() {
  const { t } = useTranslation();
  const categories = useCategories();
  const { pending, error, run } = useSubmission();
  const [status, setStatus] = useState<string>();

  const move = (keys: string[], index: number, offset: -1 | 1, name: string) =>
    run(async () => {
      await request(categoryRoutes.reorder, { body: { keys: swapped(keys, index, index + offset) } });
      setStatus(t('categories.saved', { name }));
      // Keep the keyboard where it was: on the same button of the moved row.
      requestAnimationFrame(() => document.getElementById(`move-${offset}-${keys[index]}`)?.focus());
    });

  const list = categories.data ?? [];
  const keys = list.map((category) => category.key);
  return (
    <>
      <Status message={status} />
      <FormError error={error} />
      {categories.error && <LoadError error={categories.error} onRetry={categories.refetch} />}
      {categories.data ? (
        <ol className="category-list">
          {list.map((category, index) => (
            <li key={category.key} className={category.active ? 'category-row' : 'category-row table__row--muted'}>
              <CategoryRow category={category} onSaved={(name) => setStatus(t('categories.saved', { name }))} />
              <div className="category-row__order">
                <Button
                  id={`move--1-${category.key}`}
                  variant="secondary"
                  pending={pending}
                  disabled={index === 0}
                  aria-label={t('categories.moveUp', { name: category.nameDa })}
                  onClick={() => void move(keys, index, -1, category.nameDa)}
                >
                  ↑
                </Button>
                <Button
                  id={`move-1-${category.key}`}
                  variant="secondary"
                  pending={pending}
                  disabled={index === list.length - 1}
                  aria-label={t('categories.moveDown', { name: category.nameDa })}
                  onClick={() => void move(keys, index, 1, category.nameDa)}
                >
                  ↓
                </Button>
              </div>
            </li>
          ))}
        </ol>
      ) : (
        categories.isFetching && <Loading />
      )}
      <AddCategoryForm />
    </>
  );
}

function CategoryRow({ category, onSaved }: { category: Category; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const { pending, error, onSubmit, run } = useSubmission();
  const { values, bind } = useFormValues(
    { nameDa: category.nameDa, nameEn: category.nameEn, searchWords: category.searchWords.join(', ') },
    error,
  );
  const [urgent, setUrgent] = useState(category.urgent);
  const update = (changes: UpdateCategoryRequest) =>
    run(async () => {
      const { data } = await request(categoryRoutes.update, { params: { key: category.key }, body: changes });
      onSaved(data.nameDa);
    });
  return (
    <form
      className="category-row__form"
      aria-label={category.nameDa}
      onSubmit={onSubmit(async () => update({ ...values, searchWords: searchWordsFrom(values.searchWords), urgent }))}
    >
      <FormError error={error} />
      <p className="category-row__key">
        <code>{category.key}</code>
      </p>
      <TextField label={t('categories.nameDa')} required {...bind('nameDa')} />
      <TextField label={t('categories.nameEn')} required {...bind('nameEn')} />
      <TextField
        label={t('categories.searchWords')}
        hint={t('categories.searchWordsHint')}
        className="category-row__search-words"
        {...bind('searchWords')}
      />
      <label className="choice">
        <input type="checkbox" checked={urgent} onChange={(event) => setUrgent(event.target.checked)} />{' '}
        {t('categories.urgent')}
      </label>
      <div className="button-row">
        <Button type="submit" pending={pending}>
          {t('categories.save')}
          <span className="visually-hidden"> {category.nameDa}</span>
        </Button>
        <Button variant="secondary" pending={pending} onClick={() => void update({ active: !category.active })}>
          {category.active ? t('categories.deactivate') : t('categories.reactivate')}
          <span className="visually-hidden"> {category.nameDa}</span>
        </Button>
      </div>
    </form>
  );
}

const newCategory = { key: '', nameDa: '', nameEn: '' };

function AddCategoryForm() {
  const { t } = useTranslation();
  const { pending, error, onSubmit } = useSubmission();
  const { values, bind, reset } = useFormValues(newCategory, error);
  const [status, setStatus] = useState<string>();
  const add = async () => {
    const body: CreateCategoryRequest = { ...values, urgent: false };
    const { data } = await request(categoryRoutes.create, { body });
    reset();
    setStatus(t('categories.added', { name: data.nameDa }));
  };
  return (
    <section className="panel" aria-labelledby="add-category-title">
      <h2 id="add-category-title">{t('categories.addTitle')}</h2>
      <Status message={status} />
      <form className="form" onSubmit={onSubmit(add)}>
        <FormError error={error} />
        <TextField
          label={t('categories.key')}
          hint={t('categories.keyHint')}
          required
          spellCheck={false}
          {...bind('key')}
        />
        <TextField label={t('categories.nameDa')} required {...bind('nameDa')} />
        <TextField label={t('categories.nameEn')} required {...bind('nameEn')} />
        <Button type="submit" pending={pending}>
          {t('categories.add')}
        </Button>
      </form>
    </section>
  );
}

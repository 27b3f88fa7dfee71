import { categoryEndpoints, type Category } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { useApiData } from '../../use-api-data';

/** The categories in display order, and each one's name in the current language. */
export function useCategories() {
  const { i18n } = useTranslation();
  const categories = useApiData((signal) => request(categoryEndpoints.list, { signal }), []);
  const list: Category[] = categories.data?.data ?? [];
  const nameOf = (key: string) => {
    const category = list.find((candidate) => candidate.key === key);
    if (!category) return key;
    return i18n.language === 'en' ? category.nameEn : category.nameDa;
  };
  return { categories: list, nameOf, error: categories.error, reload: categories.reload };
}

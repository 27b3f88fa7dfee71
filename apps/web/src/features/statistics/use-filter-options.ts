import { useTranslation } from 'react-i18next';
import { statsEndpoints } from '@digihjaelp/contract';
import { request } from '../../api';
import { useApiData } from '../../use-api-data';

/** Branches, channels, categories and staff, with names in the reader's language. */
export function useFilterOptions() {
  const { i18n } = useTranslation();
  const { data } = useApiData((signal) => request(statsEndpoints.filterOptions, { signal }), []);
  const english = i18n.language === 'en';
  const named = (items: { key: string; nameDa: string; nameEn: string }[] = []) =>
    items.map((item) => ({ value: item.key, label: english ? item.nameEn : item.nameDa }));
  const branches = named(data?.branches);
  const channels = named(data?.channels);
  const categories = named(data?.categories);
  const staff = (data?.staff ?? []).map((member) => ({ value: member.id, label: member.displayName }));
  const nameOf = (options: { value: string; label: string }[]) => (key: string) =>
    options.find((o) => o.value === key)?.label ?? key;
  return {
    branches,
    channels,
    categories,
    staff,
    branchName: nameOf(branches),
    categoryName: nameOf(categories),
  };
}

export type FilterOptions = ReturnType<typeof useFilterOptions>;

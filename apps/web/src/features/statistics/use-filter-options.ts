import { statsRoutes } from '@digihjaelp/contract';
import { useApiQuery } from '../../queries/use-api-query';
import { useLocale } from '../../i18n/use-locale';
import type { Named } from '../../i18n/locale';

/** Branches, channels, categories and staff (closed ones too), with names in the reader's language. */
export function useFilterOptions() {
  const locale = useLocale();
  const { data } = useApiQuery(statsRoutes.filterOptions);
  const named = (items: readonly (Named & { key: string })[] = []) =>
    items.map((item) => ({ value: item.key, label: locale.name(item) }));
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

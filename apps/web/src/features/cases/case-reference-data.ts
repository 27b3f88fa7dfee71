import { branchEndpoints, categoryEndpoints, channelEndpoints, type Branch, type Category } from '@digihjaelp/contract';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { useApiData } from '../../use-api-data';

export interface CaseReferenceData {
  categories: Category[];
  branches: Branch[];
  channels: Branch[];
}

type Named = { key: string; nameDa: string; nameEn: string };

/** Categories, branches and channels, loaded together for the case forms and lists. */
export function useCaseReferenceData() {
  return useApiData(async (signal): Promise<CaseReferenceData> => {
    const [categories, branches, channels] = await Promise.all([
      request(categoryEndpoints.list, { signal }),
      request(branchEndpoints.list, { signal }),
      request(channelEndpoints.list, { signal }),
    ]);
    return { categories: categories.data, branches: branches.data, channels: channels.data };
  }, []);
}

/** Names in the interface language; an unknown key is shown as it is. */
export function useNameOf() {
  const { i18n } = useTranslation();
  return (items: readonly Named[], key: string) => {
    const item = items.find((candidate) => candidate.key === key);
    if (!item) return key;
    return i18n.language === 'en' ? item.nameEn : item.nameDa;
  };
}

/** Options for a select: the active entries, plus the current value even if it has been closed since. */
export function activeOptions(
  items: readonly (Named & { active: boolean })[],
  nameOf: (key: string) => string,
  current?: string,
) {
  return items
    .filter((item) => item.active || item.key === current)
    .map((item) => ({ value: item.key, label: nameOf(item.key) }));
}

import type { Branch, Category } from '@digihjaelp/contract';
import { allOf, type Loadable } from '../../queries/loadable';
import { useBranches, useCategories, useChannels } from '../../queries/reference-data';

export interface CaseReferenceData {
  categories: Category[];
  branches: Branch[];
  channels: Branch[];
}

/** Categories, branches and channels for the case forms and lists: the shared, cached reference reads. */
export function useCaseReferenceData(): Loadable<CaseReferenceData> {
  return allOf({ categories: useCategories(), branches: useBranches(), channels: useChannels() });
}

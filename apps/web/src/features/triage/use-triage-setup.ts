import { categoryEndpoints, triageEndpoints, type Category, type TriageFlow } from '@digihjaelp/contract';
import { generalFlowCategory } from '@digihjaelp/triage';
import { request } from '../../api';
import { useApiData } from '../../use-api-data';

export interface TriageSetup {
  categories: Category[];
  /** The flow used for a category: its own, or the general flow when it has none. */
  flowFor(categoryKey: string): TriageFlow | undefined;
}

/** Categories and current flows, loaded once: after that the counter screen needs no round trips. */
export function useTriageSetup() {
  return useApiData<TriageSetup>(async (signal) => {
    const [categories, flows] = await Promise.all([
      request(categoryEndpoints.list, { signal }),
      request(triageEndpoints.flows, { signal }),
    ]);
    const byCategory = new Map(flows.data.map((flow) => [flow.categoryKey, flow]));
    return {
      categories: categories.data.filter((category) => category.active),
      flowFor: (categoryKey) => byCategory.get(categoryKey) ?? byCategory.get(generalFlowCategory),
    };
  }, []);
}

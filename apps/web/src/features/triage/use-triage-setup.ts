import type { Category, TriageFlow } from '@digihjaelp/contract';
import { generalFlowCategory } from '@digihjaelp/triage';
import { useMemo } from 'react';
import { allOf, type Loadable } from '../../queries/loadable';
import { useCategories, useTriageFlows } from '../../queries/reference-data';

interface TriageSetup {
  /** The categories that can be chosen (the active ones), in display order. */
  categories: Category[];
  /** The flow used for a category: its own, or the general flow when it has none. */
  flowFor(categoryKey: string): TriageFlow | undefined;
}

/**
 * Categories and current flows, from the shared reference reads: loaded once, after which the
 * counter screen runs every visit without a round trip.
 */
export function useTriageSetup(): Loadable<TriageSetup> {
  const categories = useCategories();
  const flows = useTriageFlows();
  const setup = useMemo((): TriageSetup | undefined => {
    if (!categories.data || !flows.data) return undefined;
    const byCategory = new Map(flows.data.map((flow) => [flow.categoryKey, flow]));
    return {
      categories: categories.data.filter((category) => category.active),
      flowFor: (categoryKey) => byCategory.get(categoryKey) ?? byCategory.get(generalFlowCategory),
    };
  }, [categories.data, flows.data]);
  return { ...allOf({ categories, flows }), data: setup };
}

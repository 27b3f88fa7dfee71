import type { Answers, FlowDefinition, RecommendationContext } from '@digihjaelp/contract';
import { visibleQuestions } from './answers';
import { evaluateFlow } from './evaluate';

/** A stored flow version: whose flow it is and which version. */
export interface VersionedFlow {
  categoryKey: string;
  version: number;
  definition: FlowDefinition;
}

/**
 * The recommendation with what the case log records beside it: the category asked about, the
 * flow version that decided and the answers that counted. Used by the API and the counter screen.
 */
export function recommend(
  flow: VersionedFlow,
  category: { key: string; urgent: boolean },
  answers: Answers,
): RecommendationContext {
  return {
    ...evaluateFlow(flow.definition, answers, { urgent: category.urgent }),
    categoryKey: category.key,
    flowCategoryKey: flow.categoryKey,
    flowVersion: flow.version,
    answers: visibleQuestions(flow.definition, answers).answers,
  };
}

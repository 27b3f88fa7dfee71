import type { TriageFlow } from '@digihjaelp/contract';
import type { TriageFlowEntity } from './triage-flow.entity';

export function presentTriageFlow(flow: TriageFlowEntity): TriageFlow {
  return {
    categoryKey: flow.categoryKey,
    version: flow.version,
    definition: flow.definition,
    createdAt: flow.createdAt.toISOString(),
    createdBy: flow.createdBy?.displayName ?? null,
  };
}

export function presentFlowVersionSummary(flow: TriageFlowEntity) {
  const { definition, ...summary } = presentTriageFlow(flow);
  return { ...summary, questionCount: definition.questions.length, ruleCount: definition.rules.length };
}

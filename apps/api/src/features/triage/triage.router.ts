import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { type RecommendationContext, trainingEndpoints, triageEndpoints } from '@digihjaelp/contract';
import { PreparedJson, route } from '../../http/route';
import { findTeamTraining, findTrainingProgress } from './training-progress.service';
import { findTraineeAgreement, findTrainingScenarios, recordTrainingAttempt } from './training.service';
import { presentFlowVersionSummary, presentTriageFlow } from './triage.presenter';
import {
  checkFlowDefinition,
  evaluateTriage,
  findCurrentFlows,
  findFlowVersion,
  findFlowVersions,
  findGuideFlowLinks,
  forgetCurrentFlows,
  saveFlowVersion,
} from './triage.service';

/**
 * The answer to each recommendation the service has given, serialised once: `evaluateTriage`
 * hands out the same object for answers it has seen, so its answer is sent as the bytes made the
 * first time, and forgotten with the object when the service forgets it.
 */
const preparedEvaluations = new WeakMap<RecommendationContext, PreparedJson<typeof triageEndpoints.evaluate>>();

function evaluationAnswer(recommendation: RecommendationContext): PreparedJson<typeof triageEndpoints.evaluate> {
  let prepared = preparedEvaluations.get(recommendation);
  if (!prepared) {
    prepared = PreparedJson.of(triageEndpoints.evaluate, { data: recommendation });
    preparedEvaluations.set(recommendation, prepared);
  }
  return prepared;
}

export function triageRouter(dataSource: DataSource): Router {
  const router = Router();

  route(router, triageEndpoints.flows, async () => ({
    data: (await findCurrentFlows(dataSource.manager)).map(presentTriageFlow),
  }));

  route(router, triageEndpoints.evaluate, async ({ body }) =>
    evaluationAnswer(await evaluateTriage(dataSource.manager, body)),
  );

  route(router, triageEndpoints.versions, async ({ params }) => ({
    data: (await findFlowVersions(dataSource.manager, params.categoryKey)).map(presentFlowVersionSummary),
  }));

  route(router, triageEndpoints.version, async ({ params }) => ({
    data: presentTriageFlow(await findFlowVersion(dataSource.manager, params.categoryKey, params.version)),
  }));

  route(router, triageEndpoints.check, async ({ body }) => {
    const { ok, problems, pathCount } = await checkFlowDefinition(dataSource.manager, body.definition);
    return { data: { ok, problems, pathCount } };
  });

  route(router, triageEndpoints.saveVersion, async ({ body, params, staff }) => {
    const flow = await dataSource.transaction((manager) =>
      saveFlowVersion(manager, params.categoryKey, body.definition, staff.id),
    );
    forgetCurrentFlows(dataSource.manager);
    return { data: presentTriageFlow(flow) };
  });

  route(router, triageEndpoints.guideLinks, async ({ params }) => ({
    data: await findGuideFlowLinks(dataSource.manager, params.slug),
  }));

  route(router, trainingEndpoints.scenarios, async () => ({ data: await findTrainingScenarios(dataSource.manager) }));

  route(router, trainingEndpoints.attempt, async ({ body, staff }) => ({
    data: await recordTrainingAttempt(dataSource.manager, staff.id, body),
  }));

  route(router, trainingEndpoints.progress, async ({ staff }) => ({
    data: await findTrainingProgress(dataSource.manager, staff.id),
  }));
  route(router, trainingEndpoints.team, async () => ({ data: await findTeamTraining(dataSource.manager) }));
  route(router, trainingEndpoints.agreement, async () => ({ data: await findTraineeAgreement(dataSource.manager) }));

  return router;
}

import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { trainingEndpoints, triageEndpoints } from '@digihjaelp/contract';
import { route } from '../../http/route';
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

export function triageRouter(dataSource: DataSource): Router {
  const router = Router();

  route(router, triageEndpoints.flows, async () => ({
    data: (await findCurrentFlows(dataSource.manager)).map(presentTriageFlow),
  }));

  route(router, triageEndpoints.evaluate, async ({ body }) => ({
    data: await evaluateTriage(dataSource.manager, body),
  }));

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

  route(router, trainingEndpoints.agreement, async () => ({ data: await findTraineeAgreement(dataSource.manager) }));

  return router;
}

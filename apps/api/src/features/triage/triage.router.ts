import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { categoryKeySchema, trainingEndpoints, triageEndpoints } from '@digihjaelp/contract';
import { route } from '../../http/route';
import { parseOrThrow } from '../../http/validate';
import { findTraineeAgreement, findTrainingScenarios, recordTrainingAttempt } from './training.service';
import { presentFlowVersionSummary, presentTriageFlow } from './triage.presenter';
import {
  checkFlowDefinition,
  evaluateTriage,
  findCurrentFlows,
  findFlowVersion,
  findFlowVersions,
  forgetCurrentFlows,
  saveFlowVersion,
} from './triage.service';

const categoryParams = z.object({ categoryKey: categoryKeySchema });
const versionParams = categoryParams.extend({ version: z.coerce.number().int().min(1).max(1_000_000) });

export function triageRouter(dataSource: DataSource): Router {
  const router = Router();

  route(router, triageEndpoints.flows, async () => ({
    data: (await findCurrentFlows(dataSource.manager)).map(presentTriageFlow),
  }));

  route(router, triageEndpoints.evaluate, async ({ body }) => ({
    data: await evaluateTriage(dataSource.manager, body),
  }));

  route(router, triageEndpoints.versions, async ({ params }) => {
    const { categoryKey } = parseOrThrow(categoryParams, params);
    return { data: (await findFlowVersions(dataSource.manager, categoryKey)).map(presentFlowVersionSummary) };
  });

  route(router, triageEndpoints.version, async ({ params }) => {
    const { categoryKey, version } = parseOrThrow(versionParams, params);
    return { data: presentTriageFlow(await findFlowVersion(dataSource.manager, categoryKey, version)) };
  });

  route(router, triageEndpoints.check, async ({ body }) => {
    const { ok, problems, pathCount } = await checkFlowDefinition(dataSource.manager, body.definition);
    return { data: { ok, problems, pathCount } };
  });

  route(router, triageEndpoints.saveVersion, async ({ body, params, staff }) => {
    const { categoryKey } = parseOrThrow(categoryParams, params);
    const flow = await dataSource.transaction((manager) =>
      saveFlowVersion(manager, categoryKey, body.definition, staff.id),
    );
    forgetCurrentFlows(dataSource.manager);
    return { data: presentTriageFlow(flow) };
  });

  route(router, trainingEndpoints.scenarios, async () => ({ data: await findTrainingScenarios(dataSource.manager) }));

  route(router, trainingEndpoints.attempt, async ({ body, staff }) => ({
    data: await recordTrainingAttempt(dataSource.manager, staff.id, body),
  }));

  route(router, trainingEndpoints.agreement, async () => ({ data: await findTraineeAgreement(dataSource.manager) }));

  return router;
}

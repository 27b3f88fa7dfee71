import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { caseEndpoints } from '@digihjaelp/contract';
import { route } from '../../http/route';
import { presentCase, presentCaseAuditEntry } from './cases.presenter';
import { logCaseOnce } from './case-idempotency';
import { deleteCase, findCaseAudit, findCaseForViewer, findCases, updateCase } from './cases.service';

export function casesRouter(dataSource: DataSource): Router {
  const router = Router();

  route(router, caseEndpoints.create, async ({ body, headers, staff, succeedWith }) => {
    const { record, replayed } = await logCaseOnce(dataSource, staff, body, headers['idempotency-key']);
    if (replayed) succeedWith(200);
    return { data: presentCase(record, staff) };
  });

  route(router, caseEndpoints.list, async ({ query, staff }) => {
    const { cases, total } = await findCases(dataSource.manager, staff, query);
    return {
      data: cases.map((record) => presentCase(record, staff)),
      page: { page: query.page, pageSize: query.pageSize, total },
    };
  });

  route(router, caseEndpoints.get, async ({ params, staff }) => ({
    data: presentCase(await findCaseForViewer(dataSource.manager, staff, params.id), staff),
  }));

  route(router, caseEndpoints.update, async ({ body, params, staff }) => {
    const record = await dataSource.transaction((manager) => updateCase(manager, staff, params.id, body));
    return { data: presentCase(record, staff) };
  });

  route(router, caseEndpoints.delete, async ({ params, staff }) => {
    await dataSource.transaction((manager) => deleteCase(manager, staff, params.id));
    return { ok: true as const };
  });

  route(router, caseEndpoints.audit, async ({ params, staff }) => ({
    data: (await findCaseAudit(dataSource.manager, staff, params.id)).map(presentCaseAuditEntry),
  }));

  return router;
}

import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { staffEndpoints } from '@digihjaelp/contract';
import { route } from '../../http/route';
import { presentStaffAccount } from './staff.presenter';
import { createStaffAccount, findStaffAccounts, resetStaffPassword, updateStaffAccount } from './staff.service';

export function staffRouter(dataSource: DataSource): Router {
  const router = Router();

  route(router, staffEndpoints.list, async ({ query }) => {
    const { accounts, total } = await findStaffAccounts(dataSource.manager, query);
    return { data: accounts.map(presentStaffAccount), page: { page: query.page, pageSize: query.pageSize, total } };
  });

  route(router, staffEndpoints.create, async ({ body }) => ({
    data: presentStaffAccount(await createStaffAccount(dataSource.manager, body)),
  }));

  route(router, staffEndpoints.update, async ({ body, params, staff }) => {
    const account = await dataSource.transaction((manager) => updateStaffAccount(manager, params.id, body, staff.id));
    return { data: presentStaffAccount(account) };
  });

  route(router, staffEndpoints.resetPassword, async ({ body, params }) => {
    await dataSource.transaction((manager) => resetStaffPassword(manager, params.id, body.password));
    return { ok: true as const };
  });

  return router;
}

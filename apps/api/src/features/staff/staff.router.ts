import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { staffEndpoints } from '@digihjaelp/contract';
import { notFound } from '../../kernel/app-error';
import { route } from '../../http/route';
import { presentSignInEvent } from '../auth/auth.presenter';
import { assertUncommonPassword } from '../auth/passwords';
import { findSignInEvents } from '../auth/sign-in-audit';
import { StaffAccountEntity } from './staff-account.entity';
import { presentStaffAccount } from './staff.presenter';
import { createStaffAccount, findStaffAccounts, resetStaffPassword, updateStaffAccount } from './staff.service';

export function staffRouter(dataSource: DataSource): Router {
  const router = Router();

  route(router, staffEndpoints.list, async ({ query }) => {
    const { accounts, total } = await findStaffAccounts(dataSource.manager, query);
    return { data: accounts.map(presentStaffAccount), page: { page: query.page, pageSize: query.pageSize, total } };
  });

  route(router, staffEndpoints.create, async ({ body }) => {
    assertUncommonPassword(body.password, 'password');
    return { data: presentStaffAccount(await createStaffAccount(dataSource.manager, body)) };
  });

  route(router, staffEndpoints.update, async ({ body, params, staff }) => {
    const account = await dataSource.transaction((manager) => updateStaffAccount(manager, params.id, body, staff.id));
    return { data: presentStaffAccount(account) };
  });

  route(router, staffEndpoints.resetPassword, async ({ body, params }) => {
    assertUncommonPassword(body.password, 'password');
    await dataSource.transaction((manager) => resetStaffPassword(manager, params.id, body.password));
    return { ok: true as const };
  });

  route(router, staffEndpoints.signIns, async ({ params }) => {
    if (!(await dataSource.manager.existsBy(StaffAccountEntity, { id: params.id }))) throw notFound('Medarbejderen');
    const events = await findSignInEvents(dataSource.manager, params.id);
    return { data: events.map(presentSignInEvent) };
  });

  return router;
}

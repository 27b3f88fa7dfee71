import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { branchEndpoints, channelEndpoints } from '@digihjaelp/contract';
import { route } from '../../http/route';
import { presentListItem } from '../admin-lists/admin-list.presenter';
import { createListItem, findListItems, updateListItem, type AdminListKind } from '../admin-lists/admin-list.service';

/** Branches and channels: everyone signed in reads them, admins keep them. */
export function branchesRouter(dataSource: DataSource): Router {
  const router = Router();
  const mount = (kind: AdminListKind, endpoints: typeof branchEndpoints) => {
    route(router, endpoints.list, async () => ({
      data: (await findListItems(dataSource.manager, kind)).map(presentListItem),
    }));
    route(router, endpoints.create, async ({ body }) => ({
      data: presentListItem(await createListItem(dataSource.manager, kind, body)),
    }));
    route(router, endpoints.update, async ({ body, params }) => ({
      data: presentListItem(await updateListItem(dataSource.manager, kind, params.key, body)),
    }));
  };
  mount('branch', branchEndpoints);
  mount('channel', channelEndpoints);
  return router;
}

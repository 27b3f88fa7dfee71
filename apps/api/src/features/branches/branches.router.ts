import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { branchEndpoints, channelEndpoints, listKeySchema } from '@digihjaelp/contract';
import { z } from 'zod';
import { route } from '../../http/route';
import { parseOrThrow } from '../../http/validate';
import { presentListItem } from './admin-list.presenter';
import { createListItem, findListItems, updateListItem, type AdminListKind } from './admin-list.service';

const keyParams = z.object({ key: listKeySchema });

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
    route(router, endpoints.update, async ({ body, params }) => {
      const { key } = parseOrThrow(keyParams, params);
      return { data: presentListItem(await updateListItem(dataSource.manager, kind, key, body)) };
    });
  };
  mount('branch', branchEndpoints);
  mount('channel', channelEndpoints);
  return router;
}

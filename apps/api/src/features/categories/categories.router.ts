import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { categoryEndpoints } from '@digihjaelp/contract';
import { route } from '../../http/route';
import {
  createCategory,
  findCategories,
  presentCategory,
  reorderCategories,
  updateCategory,
} from './categories.service';

export function categoriesRouter(dataSource: DataSource): Router {
  const router = Router();
  route(router, categoryEndpoints.list, async () => ({
    data: (await findCategories(dataSource.manager)).map(presentCategory),
  }));

  route(router, categoryEndpoints.create, async ({ body }) => ({
    data: presentCategory(await dataSource.transaction((manager) => createCategory(manager, body))),
  }));

  route(router, categoryEndpoints.reorder, async ({ body }) => ({
    data: (await dataSource.transaction((manager) => reorderCategories(manager, body.keys))).map(presentCategory),
  }));

  route(router, categoryEndpoints.update, async ({ body, params }) => ({
    data: presentCategory(await dataSource.transaction((manager) => updateCategory(manager, params.key, body))),
  }));
  return router;
}

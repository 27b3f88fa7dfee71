import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { categoryEndpoints } from '@digihjaelp/contract';
import { route } from '../../http/route';
import { createListItem, findListItems, updateListItem } from '../admin-lists/admin-list.service';
import { presentCategory } from './categories.presenter';
import { reorderCategories } from './categories.service';

export function categoriesRouter(dataSource: DataSource): Router {
  const router = Router();
  route(router, categoryEndpoints.list, async () => ({
    data: (await findListItems(dataSource.manager, 'category')).map(presentCategory),
  }));

  route(router, categoryEndpoints.create, async ({ body }) => ({
    data: presentCategory(await createListItem(dataSource.manager, 'category', body)),
  }));

  route(router, categoryEndpoints.reorder, async ({ body }) => ({
    data: (await dataSource.transaction((manager) => reorderCategories(manager, body.keys))).map(presentCategory),
  }));

  route(router, categoryEndpoints.update, async ({ body, params }) => ({
    data: presentCategory(await updateListItem(dataSource.manager, 'category', params.key, body)),
  }));
  return router;
}

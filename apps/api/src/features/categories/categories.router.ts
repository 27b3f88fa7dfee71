import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { categoryEndpoints } from '@digihjaelp/contract';
import { route } from '../../http/route';
import { findCategories, presentCategory } from './categories.service';

export function categoriesRouter(dataSource: DataSource): Router {
  const router = Router();
  route(router, categoryEndpoints.list, async () => ({
    data: (await findCategories(dataSource.manager)).map(presentCategory),
  }));
  return router;
}

import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { healthEndpoints } from '@digihjaelp/contract';
import { AppError } from '../../kernel/app-error';
import { route } from '../../http/route';

export function healthRouter(dataSource: DataSource): Router {
  const router = Router();

  route(router, healthEndpoints.healthz, async () => ({ status: 'ok' as const }));

  route(router, healthEndpoints.readyz, async () => {
    const pending = await dataSource.showMigrations().catch(() => undefined);
    if (pending === undefined) throw new AppError('unavailable', 'Databasen svarer ikke');
    if (pending) throw new AppError('unavailable', 'Databasen mangler migreringer');
    return { status: 'ready' as const };
  });

  return router;
}

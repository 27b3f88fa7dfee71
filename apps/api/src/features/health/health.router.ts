import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { healthEndpoints } from '@digihjaelp/contract';
import { AppError } from '../../kernel/app-error';
import { route } from '../../http/route';

/**
 * A load balancer asks often and gives up soon: a frozen database must make /readyz answer 503
 * quickly, not hang until the query timeout.
 */
const READINESS_TIMEOUT_MS = 2_000;

function withinReadinessTimeout<T>(check: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('readiness check timed out')), READINESS_TIMEOUT_MS);
  });
  return Promise.race([check, timeout]).finally(() => clearTimeout(timer));
}

export function healthRouter(dataSource: DataSource): Router {
  const router = Router();

  route(router, healthEndpoints.healthz, async () => ({ status: 'ok' as const }));

  route(router, healthEndpoints.readyz, async () => {
    const pending = await withinReadinessTimeout(dataSource.showMigrations()).catch(() => undefined);
    if (pending === undefined) throw new AppError('unavailable', 'Databasen svarer ikke');
    if (pending) throw new AppError('unavailable', 'Databasen mangler migreringer');
    return { status: 'ready' as const };
  });

  return router;
}

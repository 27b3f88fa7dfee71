import { Router } from 'express';
import { metaEndpoints, type MetaResponse } from '@digihjaelp/contract';
import { route } from '../../http/route';
import { DEMO_PASSWORD, demoAccounts } from '../demo/demo-accounts';

export function metaRouter(options: { demoMode: boolean; version: string; signIn: MetaResponse['signIn'] }): Router {
  const router = Router();
  route(router, metaEndpoints.meta, async () => ({
    name: 'Digihjælp',
    version: options.version,
    demoMode: options.demoMode,
    signIn: options.signIn,
    ...(options.demoMode && {
      demoAccounts: demoAccounts.map(({ username, role }) => ({ username, role, password: DEMO_PASSWORD })),
    }),
  }));
  return router;
}

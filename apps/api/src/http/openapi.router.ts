import { Router } from 'express';
import { allEndpoints, buildOpenApiDocument, metaEndpoints } from '@digihjaelp/contract';
import { route } from './route';

export function openApiRouter(version: string): Router {
  const document = buildOpenApiDocument(allEndpoints, { title: 'Digihjælp API', version });
  const router = Router();
  route(router, metaEndpoints.openApi, async () => document);
  return router;
}

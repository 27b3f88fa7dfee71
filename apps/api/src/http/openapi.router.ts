import { Router } from 'express';
import { buildOpenApiDocument, metaEndpoints, namedEndpoints } from '@digihjaelp/contract';
import { route } from './route';

export function openApiRouter(version: string): Router {
  const document = buildOpenApiDocument(namedEndpoints, { title: 'Digihjælp API', version });
  const router = Router();
  route(router, metaEndpoints.openApi, async () => document);
  return router;
}

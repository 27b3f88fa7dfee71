import { Router } from 'express';
import { allEndpoints, buildOpenApiDocument } from '@digihjaelp/contract';

export function openApiRouter(version: string): Router {
  const document = buildOpenApiDocument(allEndpoints, { title: 'Digihjælp API', version });
  const router = Router();
  router.get('/api/openapi.json', (_request, response) => {
    response.json(document);
  });
  return router;
}

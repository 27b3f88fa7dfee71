import { Router } from 'express';
import { buildOpenApiDocument, metaEndpoints, namedEndpoints } from '@digihjaelp/contract';
import { route } from './route';

export function openApiRouter(version: string): Router {
  // Built at the first request, not at start: turning every schema into JSON Schema took a
  // tenth of the start-up's CPU, for a document few installations are ever asked for.
  let document: ReturnType<typeof buildOpenApiDocument> | undefined;
  const router = Router();
  route(router, metaEndpoints.openApi, async () => {
    document ??= buildOpenApiDocument(namedEndpoints, { title: 'Digihjælp API', version });
    return document;
  });
  return router;
}

import { Router } from 'express';
import { metaEndpoints } from '@digihjaelp/contract';

/** Where the readable API reference lives: outside `/api`, which holds only the JSON API. */
export const API_REFERENCE_PATH = '/api-reference';

const redocBundle = require.resolve('redoc/bundles/redoc.standalone.js');

// The CSP allows no inline script, so the page starts Redoc from a script file of its own.
const startScript = `Redoc.init(${JSON.stringify(metaEndpoints.openApi.path)}, {
  hideDownloadButton: false,
  disableSearch: true,
  expandResponses: '200,201',
  theme: { typography: { fontFamily: 'system-ui, sans-serif', headings: { fontFamily: 'system-ui, sans-serif' } } },
}, document.getElementById('reference'));
`;

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Digihjælp API reference</title>
</head>
<body style="margin:0">
<noscript>The reference needs JavaScript. The OpenAPI document itself is at <a href="${metaEndpoints.openApi.path}">${metaEndpoints.openApi.path}</a>.</noscript>
<div id="reference"></div>
<script src="${API_REFERENCE_PATH}/redoc.standalone.js"></script>
<script src="${API_REFERENCE_PATH}/start.js"></script>
</body>
</html>
`;

/**
 * A readable reference of the API for the municipality's developers, drawn by Redoc (self-hosted)
 * from the same OpenAPI document a client generator reads.
 */
export function apiReferenceRouter(): Router {
  const router = Router();
  router.get(API_REFERENCE_PATH, (_request, response) => {
    response.type('html').set('Cache-Control', 'no-cache').send(page);
  });
  router.get(`${API_REFERENCE_PATH}/start.js`, (_request, response) => {
    response.type('application/javascript').set('Cache-Control', 'no-cache').send(startScript);
  });
  router.get(`${API_REFERENCE_PATH}/redoc.standalone.js`, (_request, response) => {
    response.type('application/javascript').set('Cache-Control', 'no-cache').sendFile(redocBundle);
  });
  return router;
}

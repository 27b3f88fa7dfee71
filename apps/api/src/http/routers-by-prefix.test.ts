import express, { Router } from 'express';
import request from 'supertest';
import { routersByPrefix } from './routers-by-prefix';

function appWith(...routers: Router[]) {
  const app = express();
  app.use(routersByPrefix(routers));
  app.use((_request, response) => {
    response.status(404).send('none');
  });
  return app;
}

const answering = (path: string, body: string, method: 'get' | 'post' = 'get') => {
  const router = Router();
  router[method](path, (_request, response) => {
    response.send(body);
  });
  return router;
};

describe('routersByPrefix', () => {
  it('finds a route in whichever router holds it, in the routers’ order', async () => {
    const app = appWith(
      answering('/api/cases', 'cases'),
      answering('/api/guides/:slug', 'guide'),
      answering('/api/guides/:slug/links', 'links'),
      answering('/api/cases', 'second cases'),
    );
    await request(app).get('/api/cases').expect(200, 'cases');
    await request(app).get('/api/guides/mitid').expect(200, 'guide');
    await request(app).get('/api/guides/mitid/links').expect(200, 'links');
  });

  it('matches as Express does: any case, a trailing slash, the method', async () => {
    const app = appWith(answering('/api/cases', 'cases'), answering('/api/cases', 'posted', 'post'));
    await request(app).get('/API/Cases/').expect(200, 'cases');
    await request(app).post('/api/cases').expect(200, 'posted');
  });

  it('walks a router with middleware or a parameter up front for every request', async () => {
    const guarded = Router();
    guarded.use((_request, response, next) => {
      response.setHeader('X-Guarded', 'yes');
      next();
    });
    const app = appWith(guarded, answering('/:page', 'page'), answering('/api/cases', 'cases'));
    const response = await request(app).get('/api/cases').expect(200, 'cases');
    expect(response.headers['x-guarded']).toBe('yes');
    await request(app).get('/henvendelse').expect(200, 'page');
  });

  it('passes on what no router answers, and errors to the error handler', async () => {
    const failing = Router();
    failing.get('/api/broken', () => {
      throw new Error('broken');
    });
    const app = appWith(answering('/api/cases', 'cases'), failing);
    app.use((error: Error, _request: express.Request, response: express.Response, _next: express.NextFunction) => {
      response.status(500).send(error.message);
    });
    await request(app).get('/api/nothing').expect(404, 'none');
    await request(app).get('/api/cases/7').expect(404, 'none');
    await request(app).get('/api/broken').expect(500, 'broken');
  });
});

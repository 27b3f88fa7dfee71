import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';

/**
 * The first two segments of a path, lower-cased as Express matches routes (not case-sensitive):
 * `/api/cases/:id` and `/API/Cases/7` both give `/api/cases`.
 */
function prefixOf(path: string): string {
  const [, first = '', second = ''] = path.toLowerCase().split('/', 3);
  return `/${first}/${second}`;
}

/** A prefix a request can be looked up by, or undefined when the route's first segments vary (a parameter, a wildcard). */
function fixedPrefixOf(routePath: unknown): string | undefined {
  if (typeof routePath !== 'string') return undefined;
  const prefix = prefixOf(routePath);
  return /[:*{}()?+]/.test(prefix) ? undefined : prefix;
}

interface IndexedRouter {
  router: Router;
  prefixes: Set<string>;
  /** It has middleware of its own or a route without a fixed prefix: every request may concern it. */
  everywhere: boolean;
}

function indexRouter(router: Router): IndexedRouter {
  const prefixes = new Set<string>();
  let everywhere = false;
  for (const layer of router.stack as { route?: { path: unknown } }[]) {
    const prefix = layer.route ? fixedPrefixOf(layer.route.path) : undefined;
    if (prefix) prefixes.add(prefix);
    else everywhere = true;
  }
  return { router, prefixes, everywhere };
}

/**
 * The feature routers as one handler, in their order, but a request walks only the routers with a
 * route under its first two path segments (`/api/cases`): Express alone tries every route of every
 * mounted router, which was the largest share of a small request's JavaScript time. Routes are
 * read from the routers when this is built, so every route must be added before.
 */
export function routersByPrefix(routers: Router[]): RequestHandler & { routers: readonly Router[] } {
  const indexed = routers.map(indexRouter);
  const everywhere = indexed.filter((entry) => entry.everywhere).map((entry) => entry.router);
  const byPrefix = new Map<string, Router[]>();
  for (const prefix of new Set(indexed.flatMap((entry) => [...entry.prefixes]))) {
    byPrefix.set(
      prefix,
      indexed.filter((entry) => entry.everywhere || entry.prefixes.has(prefix)).map((entry) => entry.router),
    );
  }
  const handler = (request: Request, response: Response, next: NextFunction) => {
    const chain = byPrefix.get(prefixOf(request.path)) ?? everywhere;
    let position = 0;
    const step = (error?: unknown) => {
      if (error) return next(error);
      const router = chain[position++];
      if (!router) return next();
      router(request, response, step);
    };
    step();
  };
  // Who walks the app's routes (the tests' route list) finds them here.
  return Object.assign(handler, { routers });
}

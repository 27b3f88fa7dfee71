import type { Express } from 'express';

type Layer = Express['router']['stack'][number];

/** Every route the app mounts, as `METHOD /path`, walking the routers it uses (mounted without a prefix, or behind routersByPrefix). */
export function mountedRoutes(app: Express): string[] {
  const walk = (layers: readonly Layer[]): string[] =>
    layers.flatMap((layer) => {
      if (layer.route) {
        const { path } = layer.route;
        return [...new Set(layer.route.stack.map((handler) => handler.method))].map(
          (method) => `${method.toUpperCase()} ${path}`,
        );
      }
      const nested: unknown = layer.handle;
      if (typeof nested !== 'function') return [];
      if ('stack' in nested && Array.isArray(nested.stack)) return walk(nested.stack);
      // The feature routers behind routersByPrefix().
      if ('routers' in nested && Array.isArray(nested.routers))
        return nested.routers.flatMap((router) => walk(router.stack));
      return [];
    });
  return walk(app.router.stack);
}

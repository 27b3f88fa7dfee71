import type { Express } from 'express';

type Layer = Express['router']['stack'][number];

/** Every route the app mounts, as `METHOD /path`, walking the routers it uses (mounted without a prefix). */
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
      return typeof nested === 'function' && 'stack' in nested && Array.isArray(nested.stack) ? walk(nested.stack) : [];
    });
  return walk(app.router.stack);
}

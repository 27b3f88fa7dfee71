import { namedEndpoints } from './endpoints';
import { routeTable } from './routes';

describe('the route table', () => {
  it('holds exactly the endpoints, each under its group and key with its method and path', () => {
    const routes = Object.entries(routeTable).flatMap(([group, entries]) =>
      Object.entries(entries).map(([key, { method, path }]) => ({
        name: `${group}${key.charAt(0).toUpperCase()}${key.slice(1)}`,
        route: `${method} ${path}`,
      })),
    );
    const endpoints = namedEndpoints.map(({ name, endpoint }) => ({
      name,
      route: `${endpoint.method} ${endpoint.path}`,
    }));
    expect(routes.sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      endpoints.sort((a, b) => a.name.localeCompare(b.name)),
    );
  });
});

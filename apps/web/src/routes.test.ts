import { matchPath } from 'react-router';
import { tasks } from './features/tasks/tasks';
import { handoutUrl, pathTo, routes } from './routes';

it('builds the address of each page with a parameter', () => {
  expect(pathTo('guide', { slug: 'mitid-glemt-adgangskode' })).toBe('/vejledninger/mitid-glemt-adgangskode');
  expect(pathTo('editGuide', { slug: 'digital-post-frister' })).toBe('/vejledninger/digital-post-frister/rediger');
  expect(pathTo('guideHistory', { slug: 'digital-post-frister' })).toBe('/vejledninger/digital-post-frister/historik');
  expect(pathTo('case', { id: '0b6c1f52-6d1e-4a43-9b7a-5f2f3c1d2e10' })).toBe(
    '/sager/0b6c1f52-6d1e-4a43-9b7a-5f2f3c1d2e10',
  );
});

it('builds the addresses of pages without parameters from the same table', () => {
  expect(pathTo('home')).toBe('/');
  expect(pathTo('logCase')).toBe('/sager/ny');
  expect(pathTo('monthlyReport')).toBe('/statistik/rapport');
  expect(pathTo('newGuide')).toBe('/vejledninger/ny');
});

it('builds addresses the router matches to the same page and parameter', () => {
  const slug = 'e-mail-og-kode';
  expect(matchPath(routes.guide, pathTo('guide', { slug }))?.params).toEqual({ slug });
  expect(matchPath(routes.case, pathTo('case', { id: 'abc' }))?.params).toEqual({ id: 'abc' });
});

it('encodes a value, so it cannot break out of its path segment', () => {
  expect(pathTo('guide', { slug: 'a/b?c' })).toBe('/vejledninger/a%2Fb%3Fc');
});

it('opens the citizen handout, printing it at once when asked', () => {
  expect(handoutUrl('mitid-app-aktivering')).toBe('/guides/mitid-app-aktivering/handout');
  expect(handoutUrl('mitid-app-aktivering', { print: true })).toBe('/guides/mitid-app-aktivering/handout?print=1');
});

it('has one address per page, and every task page among them', () => {
  const paths = Object.values(routes);
  expect(new Set(paths).size).toBe(paths.length);
  for (const task of Object.values(tasks)) expect(paths).toContain(task.path);
});

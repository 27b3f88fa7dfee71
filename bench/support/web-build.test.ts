import { initialChunks, lazyChunks, type Manifest, staticClosure } from './web-build';

// The shape of Vite's manifest for an app with a lazy statistics page that shares a chunk with the entry.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-a1.js',
    isEntry: true,
    imports: ['_shared-b2.js'],
    dynamicImports: ['src/pages/statistics-page.tsx'],
  },
  '_shared-b2.js': { file: 'assets/shared-b2.js' },
  'src/pages/statistics-page.tsx': {
    file: 'assets/statistics-page-c3.js',
    isDynamicEntry: true,
    imports: ['_shared-b2.js', '_charts-d4.js'],
  },
  '_charts-d4.js': { file: 'assets/charts-d4.js', imports: ['_shared-b2.js'] },
};

describe('what a page loads, from the build manifest', () => {
  it('loads the entry with its static imports first, never the lazy routes', () => {
    expect([...initialChunks(manifest)]).toEqual(['index.html', '_shared-b2.js']);
  });

  it('adds what a lazy page imports that is not loaded yet', () => {
    expect([...lazyChunks(manifest, 'src/pages/statistics-page.tsx')]).toEqual([
      'src/pages/statistics-page.tsx',
      '_charts-d4.js',
    ]);
  });

  it('follows imports transitively, once each', () => {
    expect(staticClosure(manifest, '_charts-d4.js').size).toBe(2);
  });

  it('names a chunk the manifest lacks', () => {
    expect(() => staticClosure(manifest, 'src/pages/gone.tsx')).toThrow(
      'the build manifest has no chunk "src/pages/gone.tsx"',
    );
  });
});

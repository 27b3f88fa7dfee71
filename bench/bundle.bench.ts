import type { BenchGroup } from './support/context';
import { figure } from './support/figures';
import { oneMinuteLoad } from './support/rounds';
import { buildHelloWorld, gzipBytes, initialChunks, lazyChunks } from './support/web-build';

/** The statistics page's module, whose lazy chunk (and what it imports) loads when a lead opens /statistik. */
const STATISTICS_PAGE = 'src/pages/statistics-page.tsx';

const kB = (bytes: number) => bytes / 1000;

/**
 * The JavaScript a first visit downloads (gzip), beside a hello-world React app built by the same
 * Vite; and what opening the statistics page adds.
 */
const bundle: BenchGroup = {
  name: 'bundle',
  description: 'initial JavaScript (gzip) of the web app vs a hello-world React app; the statistics chunk',
  async run(context) {
    const [web, hello] = await Promise.all([
      context.webBuild(),
      context.tempDir('hello-world').then((dir) => buildHelloWorld(dir)),
    ]);
    const initial = await gzipBytes(web, initialChunks(web.manifest));
    const helloInitial = await gzipBytes(hello, initialChunks(hello.manifest));
    const statistics = await gzipBytes(web, lazyChunks(web.manifest, STATISTICS_PAGE));
    const loadAverage = oneMinuteLoad();
    return [
      figure({
        name: 'bundle: initial JavaScript (index and its imports), gzip, vs hello-world React',
        value: kB(initial),
        unit: 'kB',
        baseline: kB(helloInitial),
        target: 'value <= 120',
        loadAverage,
      }),
      figure({
        name: 'bundle: statistics page chunk and its imports, gzip',
        value: kB(statistics),
        unit: 'kB',
        target: 'value <= 80',
        loadAverage,
      }),
    ];
  },
};

export default bundle;

// A worker thread starts without the TypeScript loader its parent may have (Jest's, or none), so
// it registers tsx itself before loading the worker's code.
require('tsx/cjs/api').register();
require('./flow-check.worker.ts');

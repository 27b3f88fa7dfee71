import path from 'node:path';

/**
 * The repository's root folder. This file sits at apps/api/src, and the compiled server is one
 * bundle at apps/api/dist: the same depth, so the one path is right from the source and the build.
 */
export const repositoryRoot = path.resolve(__dirname, '../../..');

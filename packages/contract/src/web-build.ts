/**
 * What the web app's build tells the server beside its files: for each address pattern of the
 * app's routes, what its page loads beyond the initial chunk (written by apps/web/vite-page-chunks.ts,
 * read by apps/api/src/http/web-app.ts to name them in that address's app shell).
 */
export const pageChunksFile = '.vite/page-chunks.json';

/** A page's scripts and stylesheets beyond the initial chunk, as URL paths. */
export interface PageChunks {
  scripts: string[];
  styles: string[];
}

/** Address pattern, as the web app's `routes` write it (`/vejledninger/:slug`, `*`) → its page's chunks. */
export type PageChunksByPattern = Record<string, PageChunks>;

import compression from 'compression';

/** Below this many bytes an answer goes as it is: compressing it would cost more than it saves. */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * Compresses an answer of at least `COMPRESSION_THRESHOLD` bytes as the browser accepts (brotli or
 * gzip): lists, statistics, CSV, the API reference's script. A JSON endpoint applies it only to an
 * answer that large (`route()`), so a small answer never pays for its wrapper.
 */
export const compressLarge = compression({ threshold: COMPRESSION_THRESHOLD });

import { daPages } from './da-pages';
import { daStart } from './da-start';
import type { Messages } from './messages';

/**
 * Danish, the default language: each feature keeps its texts beside its code, merged here (those
 * of the first screen and those of the pages, which load apart). The shape of this object is the
 * type every other language must match, key for key.
 */
export const da = { ...daStart, ...daPages };

export type Translation = Messages<typeof da>;

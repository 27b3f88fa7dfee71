import type { Messages } from '../../i18n/messages';
import type { categoriesDa } from './categories.da';

export const categoriesEn: Messages<typeof categoriesDa> = {
  categories: {
    title: 'Categories',
    intro:
      'Categories are used by guides and cases. A deactivated category cannot be chosen for new ones but stays on old ones.',
    key: 'Key',
    nameDa: 'Danish name',
    nameEn: 'English name',
    searchWords: 'Search words',
    searchWordsHint:
      'What citizens say about it, separated by commas – e.g. glemt kode, adgangskode. The counter finds the category from them, typos included.',
    urgent: 'Always urgent',
    moveUp: 'Move {{name}} up',
    moveDown: 'Move {{name}} down',
    save: 'Save',
    saved: '{{name}} was saved.',
    deactivate: 'Deactivate',
    reactivate: 'Reactivate',
    addTitle: 'Add category',
    keyHint: '2-40 characters: lowercase a-z, digits and hyphen',
    add: 'Add category',
    added: 'The category {{name}} was added.',
  },
};

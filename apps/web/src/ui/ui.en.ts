import type { Messages } from '../i18n/messages';
import type { uiDa } from './ui.da';

export const uiEn: Messages<typeof uiDa> = {
  form: {
    fixFields: 'The form has errors. Correct the marked fields.',
  },
  pagination: {
    label: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    position: 'Page {{page}} of {{pages}}',
  },
};

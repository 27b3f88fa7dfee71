import type { Messages } from '../../i18n/messages';
import type { branchesDa } from './branches.da';

export const branchesEn: Messages<typeof branchesDa> = {
  adminLists: {
    intro:
      'Enquiries are logged at a branch and through a channel. A closed branch or channel stays on old cases but cannot be chosen for new ones.',
    nameDa: 'Name (Danish)',
    nameEn: 'Name (English)',
    key: 'Key',
    keyHint: 'Lower-case letters a-z, digits and hyphens, e.g. "holme-olstrup". Cannot be changed later.',
    open: 'Open',
    closedStatus: 'Closed',
    close: 'Close',
    reopen: 'Reopen',
    added: '"{{name}}" is added.',
    closed: '"{{name}}" is closed to new enquiries.',
    reopened: '"{{name}}" is open again.',
    branches: {
      title: 'Branches',
      intro: 'The main library and the smaller branches.',
      add: 'Add branch',
    },
    channels: {
      title: 'Channels',
      intro: 'How the citizen gets in touch: walk-in, appointment, phone, outreach.',
      add: 'Add channel',
    },
  },
};

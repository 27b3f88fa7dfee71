import type { Messages } from '../../i18n/messages';
import type { tasksDa } from './tasks.da';

export const tasksEn: Messages<typeof tasksDa> = {
  tasks: {
    newCase: {
      label: 'New enquiry',
      description: "Record a citizen's enquiry and get a recommended help level.",
    },
    guides: {
      label: 'Guides',
      description: 'Find step-by-step guides and print a handout for the citizen.',
    },
    statistics: {
      label: 'Statistics',
      description: 'See enquiries, help levels and outcomes over time.',
    },
    training: {
      label: 'Training',
      description: 'Practise judging the help level on written scenarios, and see the recommendation and why.',
    },
    flows: {
      label: 'Triage flows',
      description: 'Edit the triage questions and rules, check and try them, and see the version history.',
    },
    staff: {
      label: 'Staff',
      description: 'Create staff accounts, change roles and reset passwords.',
    },
    branches: {
      label: 'Branches and channels',
      description: 'Add branches and channels, or close them to new enquiries.',
    },
    cases: {
      label: 'Cases',
      description: 'See the enquiries logged, correct a case, or log an enquiry without a recommendation.',
    },
    categories: {
      label: 'Categories',
      description: 'Add, rename, reorder and deactivate problem categories.',
    },
  },
  home: {
    greeting: 'Hello, {{name}}',
    yourRole: 'You are signed in with the role {{role}}.',
    tasksTitle: 'Your tasks',
  },
};

import type { Messages } from '../../i18n/messages';
import type { accessibilityDa } from './accessibility.da';

export const accessibilityEn: Messages<typeof accessibilityDa> = {
  accessibility: {
    title: 'Accessibility statement',
    intro:
      'Digihjælp should work for every member of staff, including those who use a keyboard instead of a mouse, a screen reader or magnification. This page says how well that works, what we know does not work yet, and what you can do if something does not work for you.',
    scope: {
      title: 'What this statement covers',
      body: 'This statement covers Digihjælp: signing in, new visits and triage, guides, cases, training, statistics and administration, and the citizen handouts Digihjælp prints. The municipality or library using Digihjælp is responsible for the website under the Danish web accessibility act (lov om tilgængelighed af offentlige organers websteder og mobilapplikationer). The official statement with a phone number and e-mail address is published in the Danish Agency for Digital Government’s WAS-Tool.',
    },
    status: {
      title: 'Compliance status',
      body: 'Digihjælp is partially compliant with EN 301 549, the standard the act refers to (it includes WCAG 2.1 level AA). Most requirements are met, but not all – see the list below.',
    },
    works: {
      title: 'What works',
      keyboard: 'You can log a visit, go through triage and find a guide with the keyboard alone.',
      skipLink:
        'Every page has a link that skips straight to the content, and focus moves to the page heading when you change page.',
      labels: 'Every field has a visible label, and errors are shown by the field they concern.',
      charts:
        'The charts in the statistics are also given as text and as a table, and the figures can be downloaded as CSV.',
      language: 'The pages are in Danish, and you can switch to English.',
    },
    gaps: {
      title: 'What does not work yet',
      timeout:
        'You are signed out a fixed time after signing in (12 hours unless configured otherwise), without warning and without a way to extend the time (WCAG 2.2.1). What you are writing at that moment may be lost.',
      images:
        'Guides are written by staff. Digihjælp does not require a text for images in guides, so an image may lack a description for screen readers (WCAG 1.1.1).',
      screenReaders:
        'We have not tested Digihjælp with screen readers such as JAWS, NVDA or VoiceOver, so there may be problems we do not know of.',
      flowEditor:
        'Editing triage flows (for team leads) is a large form with many fields. It has not been reviewed for accessibility as thoroughly as the rest.',
    },
    evaluation: {
      title: 'How we evaluated accessibility',
      body: 'We evaluated Digihjælp ourselves. The most important journeys are tested automatically with the keyboard in a browser every time the software changes. No external party has evaluated it.',
      updated: 'This statement was last updated on 1 December 2026.',
    },
    feedback: {
      title: 'Is something not working for you?',
      body: 'Tell your team lead or the person responsible for Digihjælp where you work. Say which page it is and what does not work. Then the problem can be fixed, or you can be shown another way to get the same thing done.',
      noPersonalData: 'Do not include a CPR number, health information or other sensitive information in your message.',
    },
    complaint: {
      title: 'If you get no answer',
      body: 'Always contact the municipality or library using Digihjælp first. If you have had no answer within 10 working days, or you are not satisfied with the answer, you can contact the Danish Agency for Digital Government (Digitaliseringsstyrelsen), which supervises web accessibility. You can also do so if there is no accessibility statement.',
      phone: 'Phone (leave a message): +45 20 16 36 12',
      link: 'Danish Agency for Digital Government: reporting inaccessible content (in Danish)',
    },
  },
};

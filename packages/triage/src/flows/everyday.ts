import type { FlowDefinition } from '@digihjaelp/contract';
import { all, choice, DEADLINE, deadlineQuestion, is, ladder, mitIdRefusalRule, not, oneOf } from './build';

const deviceLadder = ladder({ scope: not(is('emne', 'reparation')), selfGuides: [], staffGuides: [] });

export const deviceBasicsFlow: FlowDefinition = {
  title: 'Grundlæggende om enheder',
  involvesLogin: false,
  questions: [
    choice('emne', 'Hvad drejer det sig om?', [
      ['telefon', 'Telefon eller tablet (apps, indstillinger)'],
      ['email', 'E-mail'],
      ['wifi-print', 'Wifi, print eller scanning på biblioteket'],
      ['reparation', 'Enheden er i stykker eller skal repareres'],
    ]),
    ...deviceLadder.questions,
    deadlineQuestion(is('emne', 'reparation')),
  ],
  rules: [
    {
      id: 'telefon',
      when: is('emne', 'telefon'),
      reason: 'Telefon og apps: borgeren holder selv telefonen.',
      guideSlugs: ['ny-smartphone'],
    },
    {
      id: 'email-wifi',
      when: oneOf('emne', ['email', 'wifi-print']),
      reason: 'E-mail, wifi, print og scanning er beskrevet i vejledningen.',
      guideSlugs: ['e-mail-og-wifi'],
    },
    {
      id: 'reparation',
      when: is('emne', 'reparation'),
      outcome: { referral: 'other-authority' },
      reason: 'Reparation af enheder ligger uden for vores opgaver: henvis til forhandleren eller et værksted.',
      guideSlugs: ['henvisninger'],
    },
    {
      id: 'reparation-haster',
      when: all(is('emne', 'reparation'), is(DEADLINE, true)),
      reason: 'Borgeren skal bruge enheden til noget med frist: bibliotekets computere kan bruges imens.',
      urgent: true,
      guideSlugs: ['e-mail-og-wifi'],
    },
    ...deviceLadder.rules,
  ],
};

const useTheService = oneOf('tjeneste', ['aula', 'rejsekort', 'bolig']);
const servicesLadder = ladder({
  scope: useTheService,
  selfGuides: ['aula-rejsekort-bolig'],
  staffGuides: [],
  mitIdForMe: true,
  noWorkingMitId: true,
});

export const otherServicesFlow: FlowDefinition = {
  title: 'Andre digitale tjenester (AULA, Rejsekort, bolig)',
  involvesLogin: oneOf('tjeneste', ['aula', 'rejsekort']),
  questions: [
    choice('tjeneste', 'Hvilken tjeneste?', [
      ['aula', 'AULA (skole og dagtilbud)'],
      ['rejsekort', 'Rejsekort'],
      ['bolig', 'Boligsider (boligportaler, venteliste)'],
      ['udbyder', 'Fejl, betaling eller konto hos udbyderen'],
    ]),
    deadlineQuestion(is('tjeneste', 'udbyder')),
    ...servicesLadder.questions,
  ],
  rules: [
    {
      id: 'tjenester',
      when: useTheService,
      reason: 'Vejledningen viser, hvor borgeren logger ind og finder hjælp til tjenesten.',
      guideSlugs: ['aula-rejsekort-bolig'],
    },
    {
      id: 'udbyder',
      when: is('tjeneste', 'udbyder'),
      outcome: { referral: 'other-authority' },
      reason: 'Fejl, betaling og konti i tjenesten kan kun udbyderen løse.',
      guideSlugs: ['aula-rejsekort-bolig', 'henvisninger'],
    },
    {
      id: 'udbyder-haster',
      when: all(is('tjeneste', 'udbyder'), is(DEADLINE, true)),
      reason: 'Der er en frist i dag eller i morgen: borgeren bør kontakte udbyderen med det samme.',
      urgent: true,
    },
    mitIdRefusalRule(useTheService),
    ...servicesLadder.rules,
  ],
};

const digitalErrand = oneOf('henvendelse', ['med-mitid', 'uden-mitid']);
const generalLadder = ladder({
  scope: digitalErrand,
  selfGuides: [],
  staffGuides: ['hjaelpeniveau-vurdering'],
  deadline: true,
  cannot: true,
  mitIdForMe: true,
  lasting: { guides: [] },
});

export const generalFlow: FlowDefinition = {
  title: 'Andet / uden for vores opgaver',
  involvesLogin: is('henvendelse', 'med-mitid'),
  questions: [
    choice('henvendelse', 'Hvad drejer henvendelsen sig om?', [
      ['med-mitid', 'En digital løsning, hvor borgeren logger ind med MitID'],
      ['uden-mitid', 'En digital løsning uden MitID'],
      ['udenfor', 'Noget uden for vores opgaver (fx juridisk rådgivning, en klage eller sagsbehandling)'],
    ]),
    deadlineQuestion(),
    ...generalLadder.questions,
  ],
  rules: [
    {
      id: 'vurdering',
      when: digitalErrand,
      reason: 'Vælg det laveste niveau, der løser problemet inden fristen.',
      guideSlugs: ['hjaelpeniveau-vurdering'],
    },
    {
      id: 'udenfor',
      when: is('henvendelse', 'udenfor'),
      outcome: { referral: 'other-authority' },
      reason:
        'Henvendelsen ligger uden for vores opgaver: henvis til den myndighed eller virksomhed, sagen hører til. En klage over en afgørelse har altid en klagefrist – find den i afgørelsen, og skriv den ned til borgeren.',
      guideSlugs: ['henvisninger'],
    },
    {
      id: 'udenfor-haster',
      when: all(is('henvendelse', 'udenfor'), is(DEADLINE, true)),
      reason: 'Der er en frist i dag eller i morgen: hjælp borgeren med at finde den rette kontakt med det samme.',
      urgent: true,
    },
    mitIdRefusalRule(digitalErrand),
    ...generalLadder.rules,
  ],
};

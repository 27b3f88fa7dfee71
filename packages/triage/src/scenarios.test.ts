import type { Answers } from '@digihjaelp/contract';
import { evaluateFlow } from './evaluate';
import { type SeededCategoryKey, seededFlows } from './categories';

const evaluate = (categoryKey: SeededCategoryKey, answers: Answers, urgent = false) =>
  evaluateFlow(seededFlows[categoryKey], answers, { urgent });
const noteKeys = (recommendation: ReturnType<typeof evaluate>) => recommendation.legalNotes.map((note) => note.key);
const referralTargets = (recommendation: ReturnType<typeof evaluate>) =>
  recommendation.referrals.map((referral) => referral.target);
const allText = (recommendation: ReturnType<typeof evaluate>) =>
  [...recommendation.reasons, ...recommendation.nextTime, ...recommendation.referrals.map((r) => r.contact)].join(' ');

/** The fraud category is marked urgent in the categories table; the engine is told so. */
const fraud = (answers: Answers) => evaluate('fraud', answers, true);

describe('the hard rules (docs/DOMAIN.md)', () => {
  it('the citizen wants staff to use their MitID → not permitted, with the permitted alternatives', () => {
    const recommendation = evaluate('digital-post', { behov: 'laese', evner: 'mitid-for-mig' });
    expect(recommendation.kind).toBe('notPermitted');
    expect(recommendation.level).toBeNull();
    expect(recommendation.alternatives.map((alternative) => alternative.level)).toEqual([2, 3, 4, 5]);
    expect(noteKeys(recommendation)).toEqual(expect.arrayContaining(['mitid-personal', 'digital-power-of-attorney']));
    expect(recommendation.mustNot.join(' ')).toMatch(/godkend/i);
    expect(recommendation.reasons.join(' ')).toMatch(/skifte den/);
    expect(recommendation.guideSlugs).toContain('mitid-reglen');
  });

  it('attaches the MitID rule whenever the case involves logging in, and not otherwise', () => {
    expect(noteKeys(evaluate('borgerdk-selfservice', { opgave: 'flytning', frist: false, evner: 'alene' }))).toContain(
      'mitid-personal',
    );
    expect(noteKeys(evaluate('booking-passport', { opgave: 'book', frist: false, evner: 'alene' }))).toContain(
      'mitid-personal',
    );
    expect(noteKeys(evaluate('booking-passport', { opgave: 'sagen', frist: false }))).not.toContain('mitid-personal');
    expect(noteKeys(evaluate('device-basics', { emne: 'email', evner: 'forklaring', forhold: 'ingen' }))).not.toContain(
      'mitid-personal',
    );
  });

  it('a citizen who manages alone with a guide → signposting (level 1)', () => {
    const recommendation = evaluate('digital-post', { behov: 'laese', evner: 'alene' });
    expect(recommendation.level).toBe(1);
    expect(recommendation.guideSlugs).toContain('digital-post-kom-i-gang');
  });
});

describe('fraud: block MitID, call the bank, report', () => {
  it('MitID details given away or an approval after a fake call → MitID support, and always the bank and the police', () => {
    const recommendation = fraud({ hvad: 'mitid', 'cpr-givet': false });
    expect(recommendation).toMatchObject({ kind: 'referral', urgent: true, referral: { target: 'mitid-support' } });
    expect(referralTargets(recommendation)).toEqual(['mitid-support', 'bank', 'police']);
    expect(recommendation.reasons[0]).toMatch(/spærre MitID nu/);
    expect(recommendation.reasons[0]).toMatch(/banken/);
    expect(noteKeys(recommendation)).toContain('fraud-never-ask');
    expect(allText(recommendation)).toMatch(/33 37 00 37/);
  });

  it('the same after clicking a link and approving in the app', () => {
    expect(referralTargets(fraud({ hvad: 'usikker', 'mitid-tastet': true, 'cpr-givet': false }))).toEqual(
      expect.arrayContaining(['mitid-support', 'bank', 'police']),
    );
  });

  it('CPR number or ID given away too → a credit warning and the 24-hour identity-theft hotline', () => {
    const recommendation = fraud({ hvad: 'mitid', 'cpr-givet': true });
    expect(allText(recommendation)).toMatch(/kreditadvarsel/);
    expect(allText(recommendation)).toMatch(/33 98 00 98/);
  });

  it('nothing happened, the citizen wants to learn the signs → not urgent, even in the urgent category', () => {
    const recommendation = fraud({ hvad: 'intet', evner: 'alene' });
    expect(recommendation).toMatchObject({ kind: 'level', level: 1, urgent: false });
    expect(recommendation.reasons.join(' ')).not.toMatch(/hastende/);
    expect(recommendation.guideSlugs).toContain('phishing-kend-tegnene');
  });

  it('the answer label speaks plainly of what happened', () => {
    const choices = seededFlows.fraud.questions[0]?.options ?? [];
    expect(choices.length).toBeGreaterThan(0);
    const options = choices.map((option) => option.label).join(' ');
    expect(options).not.toMatch(/for en anden/);
    expect(options).toMatch(/ikke selv satte i gang/);
  });

  it('suspected misuse under MitID login → block now, and the bank too', () => {
    const recommendation = evaluate('mitid-login', { problem: 'misbrug', 'givet-vaek': true });
    expect(recommendation).toMatchObject({ kind: 'referral', urgent: true, referral: { target: 'mitid-support' } });
    expect(referralTargets(recommendation)).toEqual(expect.arrayContaining(['mitid-support', 'bank', 'police']));
  });

  it('MitID support’s hours, and what to do outside them, are in the contact', () => {
    const contact = evaluate('mitid-login', { problem: 'misbrug', 'givet-vaek': false }).referral!.contact;
    expect(contact).toMatch(/33 98 00 10/);
    expect(contact).toMatch(/8–20/);
    expect(contact).toMatch(/MitID\.dk/);
    expect(contact).toMatch(/33 98 00 98/);
  });
});

describe('a deadline makes the visit urgent, not the help bigger', () => {
  it('a letter due tomorrow, the citizen can do it with step-by-step explanation → level 2 today, urgent', () => {
    const recommendation = evaluate('digital-post', {
      behov: 'brev-frist',
      frist: true,
      evner: 'forklaring',
      forhold: 'ingen',
    });
    expect(recommendation).toMatchObject({ kind: 'level', level: 2, urgent: true });
    expect(noteKeys(recommendation)).toContain('digital-post-legal-effect');
    expect(recommendation.reasons.join(' ')).toMatch(/gør ikke hjælpen større/);
  });

  it('the same letter without a deadline → level 2, not urgent', () => {
    expect(
      evaluate('digital-post', { behov: 'brev-frist', frist: false, evner: 'forklaring', forhold: 'ingen' }),
    ).toMatchObject({ level: 2, urgent: false });
  });

  it('a queue lowers the help to signposting – but never when there is a deadline', () => {
    expect(
      evaluate('borgerdk-selfservice', { opgave: 'flytning', frist: false, evner: 'forklaring', forhold: 'koe' }),
    ).toMatchObject({ level: 1, urgent: false });
    expect(
      evaluate('borgerdk-selfservice', { opgave: 'flytning', frist: true, evner: 'forklaring', forhold: 'koe' }),
    ).toMatchObject({ level: 2, urgent: true });
  });
});

describe('consent, language and disability', () => {
  it('side-by-side help only with the citizen’s consent: the answer says so, and the question tells staff to ask', () => {
    const skills = seededFlows['digital-post'].questions.find((question) => question.id === 'evner')!;
    expect(skills.options!.find((option) => option.value === 'sidemand')!.label).toMatch(/sagt ja/);
    expect(skills.help).toMatch(/Må jeg vise dig/);
  });

  it('no common language → interpreter or another language, and a must-not about relatives typing MitID', () => {
    const recommendation = evaluate('tax', { emne: 'forskud', frist: false, evner: 'forklaring', forhold: 'sprog' });
    expect(recommendation.level).toBe(2);
    expect(recommendation.reasons.join(' ')).toMatch(/tolk/);
    expect(recommendation.mustNot.join(' ')).toMatch(/pårørende tolke/);
  });

  it('sight, hearing or hands → adapt the help; in MitID flows, the MitID alternatives', () => {
    const recommendation = evaluate('mitid-setup', { situation: 'app', evner: 'forklaring', forhold: 'handicap' });
    expect(recommendation.level).toBe(2);
    expect(noteKeys(recommendation)).toContain('mitid-alternatives');
  });

  it('a login flow asks whether the citizen has a MitID that works, and says to fix MitID first', () => {
    const recommendation = evaluate('health', { behov: 'sundhed-dk', evner: 'uden-mitid' });
    expect(recommendation.level).toBe(2);
    expect(recommendation.reasons.join(' ')).toMatch(/MitID, der virker/);
    expect(recommendation.guideSlugs).toContain('mitid-glemt-adgangskode');
  });
});

describe('lasting arrangements, age and capacity', () => {
  it('recurring need + trusted person + able to give a power of attorney → level 4', () => {
    const recommendation = evaluate('digital-post', {
      behov: 'laese',
      evner: 'sidemand',
      forhold: 'ingen',
      gentagen: true,
      betroet: true,
      forstaar: 'ja',
    });
    expect(recommendation).toMatchObject({ kind: 'level', level: 4 });
    expect(noteKeys(recommendation)).toEqual(expect.arrayContaining(['digital-power-of-attorney', 'read-access']));
    expect(recommendation.because.map((answer) => answer.questionId)).toEqual(
      expect.arrayContaining(['evner', 'gentagen', 'betroet', 'forstaar']),
    );
  });

  it('the recurring-need question speaks of the flow’s own errand', () => {
    const question = (key: SeededCategoryKey) => seededFlows[key].questions.find((q) => q.id === 'gentagen')?.text;
    expect(question('digital-post')).toMatch(/post/);
    expect(question('health')).toMatch(/sundhed\.dk/);
    expect(question('borgerdk-selfservice')).toBeUndefined();
  });

  it('without a trusted person the same citizen gets side-by-side help', () => {
    expect(
      evaluate('digital-post', { behov: 'laese', evner: 'sidemand', forhold: 'ingen', gentagen: true, betroet: false }),
    ).toMatchObject({ level: 3 });
  });

  it('cannot manage it at all, no trusted person → exemption or another channel (level 5), no Udbetaling Danmark referral', () => {
    const recommendation = evaluate('digital-post', { behov: 'laese', evner: 'kan-ikke', betroet: false });
    expect(recommendation).toMatchObject({ kind: 'level', level: 5 });
    expect(noteKeys(recommendation)).toEqual(
      expect.arrayContaining(['digital-post-exemption', 'self-service-exemption']),
    );
    expect(referralTargets(recommendation)).not.toContain('udbetaling-danmark');
  });

  it('an adult who cannot understand a power of attorney → guardianship is mentioned, and why not fremtidsfuldmagt', () => {
    const recommendation = evaluate('digital-post', {
      behov: 'laese',
      evner: 'kan-ikke',
      betroet: true,
      forstaar: 'nej',
    });
    expect(recommendation.level).toBe(5);
    expect(noteKeys(recommendation)).toContain('guardianship');
    expect(referralTargets(recommendation)).toContain('familieretshuset');
    expect(recommendation.reasons.join(' ')).toMatch(/fremtidsfuldmagt kan ikke oprettes/);
  });

  it('a 15–17-year-old who cannot give it → the parents with custody, never guardianship', () => {
    const recommendation = evaluate('mitid-setup', {
      situation: 'app',
      evner: 'kan-ikke',
      betroet: true,
      forstaar: 'ung',
    });
    expect(noteKeys(recommendation)).toContain('minors');
    expect(noteKeys(recommendation)).not.toContain('guardianship');
    expect(referralTargets(recommendation)).not.toContain('familieretshuset');
  });

  it('the power-of-attorney flow: a child under 15 → the parents act (level 1), no power of attorney', () => {
    const recommendation = evaluate('power-of-attorney', {
      oenske: 'hjaelper',
      hvad: 'selvbetjening',
      'kan-give-fuldmagt': 'under-15',
    });
    expect(recommendation).toMatchObject({ kind: 'level', level: 1 });
    expect(noteKeys(recommendation)).toEqual(['mitid-personal', 'minors']);
  });

  it('digital-post access for a child under 15 → no Digital Post yet (level 1)', () => {
    const recommendation = evaluate('digital-post', { behov: 'anden-skal-laese', 'kan-give-adgang': 'under-15' });
    expect(recommendation).toMatchObject({ level: 1 });
    expect(noteKeys(recommendation)).toContain('minors');
  });

  it('read access → the helper can be served court papers', () => {
    const recommendation = evaluate('digital-post', { behov: 'anden-skal-laese', 'kan-give-adgang': 'ja' });
    expect(recommendation.level).toBe(4);
    expect(noteKeys(recommendation)).toContain('read-access');
    expect(recommendation.legalNotes.find((note) => note.key === 'read-access')!.text).toMatch(/forkyndes/);
  });
});

describe('power of attorney: what does the helper need?', () => {
  const helper = (hvad: string) =>
    evaluate('power-of-attorney', { oenske: 'hjaelper', hvad, 'kan-give-fuldmagt': 'ja' });

  it('public self-service → digital fuldmagt (level 4)', () => {
    expect(helper('selvbetjening')).toMatchObject({ level: 4 });
    expect(helper('selvbetjening').guideSlugs).toContain('digital-fuldmagt');
  });

  it('Digital Post → read access (level 4)', () => {
    expect(helper('post')).toMatchObject({ level: 4 });
    expect(noteKeys(helper('post'))).toContain('read-access');
  });

  it('tax → Skat’s own access and form numbers (level 4)', () => {
    expect(helper('skat')).toMatchObject({ level: 4 });
    expect(helper('skat').legalNotes.find((note) => note.key === 'tax-own-power-of-attorney')!.text).toMatch(/02\.052/);
  });

  it('netbank and bills → the bank’s own power of attorney (referral to the bank), not digital fuldmagt', () => {
    expect(helper('bank')).toMatchObject({ kind: 'referral', referral: { target: 'bank' } });
    expect(helper('bank').reasons[0]).toMatch(/dækkes ikke af en digital fuldmagt/);
  });

  it('a relative who logs in with the citizen’s MitID to pay bills → not permitted; the bank’s power of attorney; change the password', () => {
    const recommendation = evaluate('power-of-attorney', {
      oenske: 'paaroerende-mitid',
      hvad: 'bank',
      'paaroerende-har-mitid': true,
    });
    expect(recommendation.kind).toBe('notPermitted');
    expect(recommendation.alternatives.map((alternative) => alternative.text).join(' ')).toMatch(
      /bankens egen fuldmagt/,
    );
    expect(recommendation.reasons.join(' ')).toMatch(/skifte adgangskode/);
    expect(referralTargets(recommendation)).toContain('bank');
  });

  it('the legal note on tax is no longer overstated', () => {
    const text = helper('skat').legalNotes.find((note) => note.key === 'tax-own-power-of-attorney')!.text;
    expect(text).not.toMatch(/dækker ikke skat/);
    expect(text).toMatch(/dækker kun lidt/);
  });

  it('a citizen who already has a guardian → the guardian uses their own MitID (level 4)', () => {
    const recommendation = evaluate('power-of-attorney', { oenske: 'har-vaerge', hvad: 'post' });
    expect(recommendation).toMatchObject({ level: 4 });
    expect(recommendation.reasons[0]).toMatch(/eget MitID/);
  });

  it('a deceased relative’s Digital Post → e-Boks with the probate certificate, or the probate court first', () => {
    expect(evaluate('power-of-attorney', { oenske: 'afdoed', skifteretsattest: true })).toMatchObject({ level: 1 });
    expect(evaluate('power-of-attorney', { oenske: 'afdoed', skifteretsattest: false })).toMatchObject({
      kind: 'referral',
      referral: { target: 'other-authority' },
    });
  });
});

describe('exemptions are granted here, by the municipality', () => {
  it('Udbetaling Danmark: the municipality grants the exemption (level 5), not a referral to Udbetaling Danmark', () => {
    const recommendation = evaluate('exemptions', {
      hvilken: 'udbetaling',
      fritagelsesgrund: true,
      'hvem-soeger': 'selv',
    });
    expect(recommendation).toMatchObject({ kind: 'level', level: 5 });
    expect(referralTargets(recommendation)).not.toContain('udbetaling-danmark');
    expect(recommendation.legalNotes.find((note) => note.key === 'self-service-exemption')!.text).toMatch(
      /Borgerservice/,
    );
  });

  it('via a representative → still level 5, with a paper power of attorney on the municipality’s form', () => {
    const recommendation = evaluate('exemptions', {
      hvilken: 'digital-post',
      fritagelsesgrund: true,
      'hvem-soeger': 'fuldmagt',
    });
    expect(recommendation).toMatchObject({ level: 5 });
    expect(recommendation.reasons[0]).toMatch(/på papir/);
    expect(noteKeys(recommendation)).not.toContain('digital-power-of-attorney');
  });

  it('by a guardian, or by the municipality’s own procedure for a very frail citizen → level 5', () => {
    expect(
      evaluate('exemptions', { hvilken: 'digital-post', fritagelsesgrund: true, 'hvem-soeger': 'vaerge' }),
    ).toMatchObject({ level: 5 });
    expect(
      evaluate('exemptions', { hvilken: 'digital-post', fritagelsesgrund: true, 'hvem-soeger': 'kan-ikke' }),
    ).toMatchObject({ level: 5 });
  });

  it('no ground → no exemption; guided self-help', () => {
    expect(evaluate('exemptions', { hvilken: 'digital-post', fritagelsesgrund: false })).toMatchObject({ level: 2 });
  });
});

describe('health: the nearest relative before guardianship', () => {
  it('a permanently incapable patient → the nearest relative with the doctor, no guardianship referral', () => {
    const recommendation = evaluate('health', { behov: 'paaroerende', 'kan-give-fuldmagt': 'nej' });
    expect(recommendation).toMatchObject({ kind: 'referral', referral: { target: 'other-authority' } });
    expect(noteKeys(recommendation)).toContain('health-nearest-relative');
    expect(referralTargets(recommendation)).not.toContain('familieretshuset');
  });

  it('a patient who can give it → digital fuldmagt for sundhed.dk (level 4)', () => {
    expect(evaluate('health', { behov: 'paaroerende', 'kan-give-fuldmagt': 'ja' })).toMatchObject({ level: 4 });
  });
});

describe('MitID login, setup and alternatives', () => {
  it('a new phone because the old one is lost or stolen → block first, urgent', () => {
    const recommendation = evaluate('mitid-login', { problem: 'ny-telefon', 'gammel-telefon': 'mistet', frist: false });
    expect(recommendation).toMatchObject({ kind: 'referral', urgent: true, referral: { target: 'mitid-support' } });
    expect(recommendation.reasons[0]).toMatch(/spær den gamle MitID-app først/);
  });

  it('a new phone with the old one at hand → guided self-help, not urgent', () => {
    expect(
      evaluate('mitid-login', {
        problem: 'ny-telefon',
        'gammel-telefon': 'virker',
        frist: false,
        evner: 'forklaring',
        forhold: 'ingen',
      }),
    ).toMatchObject({ level: 2, urgent: false });
  });

  it('a locked app with passport or ID card → the citizen reopens it in the app or on MitID.dk (not the phone queue)', () => {
    const recommendation = evaluate('mitid-login', {
      problem: 'spaerret',
      'pas-og-telefon': true,
      frist: false,
      evner: 'forklaring',
      forhold: 'ingen',
    });
    expect(recommendation).toMatchObject({ kind: 'level', level: 2 });
    expect(recommendation.reasons.join(' ')).toMatch(/åbner borgeren selv igen/);
  });

  it('a locked app without a passport → MitID support (code by text after control questions), Borgerservice as fallback', () => {
    const recommendation = evaluate('mitid-login', { problem: 'spaerret', 'pas-og-telefon': false, frist: false });
    expect(recommendation).toMatchObject({ kind: 'referral', referral: { target: 'mitid-support' } });
    expect(referralTargets(recommendation)).toContain('borgerservice');
  });

  it('self-enrolment needs a passport or ID card with chip; a driving licence is not enough', () => {
    const setup = seededFlows['mitid-setup'].questions[0]?.options?.find((option) => option.value === 'uden-id');
    expect(setup).toBeDefined();
    expect(setup!.label).toMatch(/pas eller ID-kort med chip/);
    expect(setup!.label).not.toMatch(/kørekort/);
    const recommendation = evaluate('mitid-setup', { situation: 'uden-id', udland: false, frist: false });
    expect(recommendation).toMatchObject({ kind: 'referral', referral: { target: 'borgerservice' } });
    expect(recommendation.reasons[0]).toMatch(/kontrolspørgsmål/);
  });

  it('a citizen living abroad → bring a witness (18+, MitID for more than 30 days)', () => {
    const recommendation = evaluate('mitid-setup', { situation: 'uden-id', udland: true, frist: false });
    expect(recommendation.reasons.join(' ')).toMatch(/vidne med: mindst 18 år, har haft MitID i over 30 dage/);
  });

  it('the audio code reader is referred to the same place in every flow', () => {
    const setup = evaluate('mitid-setup', { situation: 'uden-smartphone', syn: true });
    const alternatives = evaluate('mitid-alternatives', { behov: 'syn', skaermlaeser: false });
    expect(setup.level).toBe(4);
    expect(alternatives.level).toBe(4);
    expect(referralTargets(setup)).toEqual(['borgerservice']);
    expect(referralTargets(alternatives)).toEqual(['borgerservice']);
    expect(setup.reasons[0]).toBe(alternatives.reasons[0]);
  });
});

describe('tax and passports', () => {
  it('tax help by someone else → Skat’s own scheme (level 4)', () => {
    const recommendation = evaluate('tax', { emne: 'fast-hjaelper', 'kan-give-fuldmagt': 'ja' });
    expect(recommendation.level).toBe(4);
    expect(noteKeys(recommendation)).toContain('tax-own-power-of-attorney');
  });

  it('the citizen wants to do someone else’s tax → log on with authorisation, or the other person grants access first', () => {
    const withAccess = evaluate('tax', { emne: 'for-en-anden', 'har-adgang': true });
    expect(withAccess).toMatchObject({ level: 1 });
    expect(withAccess.reasons[0]).toMatch(/Log på med autorisation/);
    const without = evaluate('tax', { emne: 'for-en-anden', 'har-adgang': false });
    expect(without.mustNot.join(' ')).toMatch(/den andens MitID/);
  });

  it('a passport needed within days → urgent, with the urgent-passport options', () => {
    const recommendation = evaluate('booking-passport', { opgave: 'sagen', frist: true });
    expect(recommendation).toMatchObject({ kind: 'referral', urgent: true, referral: { target: 'borgerservice' } });
    expect(recommendation.reasons.join(' ')).toMatch(/midlertidigt pas/);
    expect(recommendation.reasons.join(' ')).toMatch(/lufthavnen/);
  });

  it('moving with name-and-address protection → PostNord is not told automatically', () => {
    const recommendation = evaluate('borgerdk-selfservice', { opgave: 'flytning', frist: false, evner: 'alene' });
    expect(recommendation.reasons.join(' ')).toMatch(/PostNord ikke besked/);
  });

  it('questions outside our remit → a referral; a complaint always has a deadline', () => {
    const recommendation = evaluate('other', { henvendelse: 'udenfor', frist: false });
    expect(recommendation).toMatchObject({ kind: 'referral', referral: { target: 'other-authority' } });
    expect(recommendation.reasons[0]).toMatch(/klagefrist/);
  });
});

import type { Answers } from '@digihjaelp/contract';
import { evaluateFlow } from './evaluate';
import { seededFlows } from './categories';

const evaluate = (categoryKey: string, answers: Answers, urgent = false) =>
  evaluateFlow(seededFlows[categoryKey], answers, { urgent });
const noteKeys = (recommendation: ReturnType<typeof evaluate>) => recommendation.legalNotes.map((note) => note.key);

describe('the scenarios DOMAIN.md and issue 4 name', () => {
  it('the citizen wants staff to use their MitID → not permitted, with the permitted alternatives', () => {
    const recommendation = evaluate('digital-post', { behov: 'laese', evner: 'mitid-for-mig' });
    expect(recommendation.kind).toBe('notPermitted');
    expect(recommendation.level).toBeNull();
    expect(recommendation.alternatives.map((alternative) => alternative.level)).toEqual([2, 3, 4, 5]);
    expect(noteKeys(recommendation)).toEqual(expect.arrayContaining(['mitid-personal', 'digital-power-of-attorney']));
    expect(recommendation.mustNot.join(' ')).toMatch(/godkend/i);
    expect(recommendation.guideSlugs).toContain('mitid-reglen');
  });

  it('a relative wants to use the citizen’s MitID → not permitted; power of attorney offered', () => {
    const recommendation = evaluate('power-of-attorney', {
      oenske: 'paaroerende-mitid',
      'paaroerende-har-mitid': true,
    });
    expect(recommendation.kind).toBe('notPermitted');
    expect(recommendation.alternatives[0]).toMatchObject({ level: 4 });
  });

  it('recurring need + trusted person + capacity to consent → digital power of attorney (level 4)', () => {
    const recommendation = evaluate('digital-post', {
      behov: 'laese',
      evner: 'sidemand',
      gentagen: true,
      betroet: true,
      forstaar: true,
    });
    expect(recommendation).toMatchObject({ kind: 'level', level: 4 });
    expect(noteKeys(recommendation)).toContain('digital-power-of-attorney');
    expect(recommendation.guideSlugs).toEqual(expect.arrayContaining(['digital-fuldmagt', 'laeseadgang-digital-post']));
    expect(recommendation.because.map((answer) => answer.questionId)).toEqual(
      expect.arrayContaining(['evner', 'gentagen', 'betroet', 'forstaar']),
    );
  });

  it('without a trusted person the same citizen gets side-by-side help, not a lasting arrangement', () => {
    expect(
      evaluate('digital-post', { behov: 'laese', evner: 'sidemand', gentagen: true, betroet: false }),
    ).toMatchObject({
      level: 3,
    });
  });

  it('cannot manage MitID at all + a statutory ground → exemption (level 5)', () => {
    const recommendation = evaluate('digital-post', { behov: 'laese', evner: 'kan-ikke', betroet: false, grund: true });
    expect(recommendation).toMatchObject({ kind: 'level', level: 5 });
    expect(noteKeys(recommendation)).toEqual(
      expect.arrayContaining(['digital-post-exemption', 'self-service-exemption']),
    );
    expect(recommendation.guideSlugs).toContain('fritagelse-digital-post');
  });

  it('cannot manage MitID, but has a trusted person and can consent → power of attorney, the lower level', () => {
    expect(
      evaluate('mitid-setup', { situation: 'app', evner: 'kan-ikke', betroet: true, forstaar: true }),
    ).toMatchObject({
      level: 4,
    });
  });

  it('cannot give a power of attorney → guardianship is mentioned', () => {
    const recommendation = evaluate('digital-post', {
      behov: 'laese',
      evner: 'kan-ikke',
      betroet: true,
      forstaar: false,
      grund: true,
    });
    expect(recommendation.level).toBe(5);
    expect(noteKeys(recommendation)).toContain('guardianship');
    expect(recommendation.referrals.map((referral) => referral.target)).toContain('familieretshuset');
  });

  it('fraud with MitID details given away → urgent: block MitID now (MitID support) and report to the police', () => {
    const recommendation = evaluate('fraud', { hvad: 'mitid', 'ogsaa-bank': false }, true);
    expect(recommendation).toMatchObject({ kind: 'referral', urgent: true, referral: { target: 'mitid-support' } });
    expect(recommendation.referrals.map((referral) => referral.target)).toEqual(['mitid-support', 'police']);
    expect(recommendation.reasons[0]).toMatch(/spærre MitID nu/);
    expect(noteKeys(recommendation)).toContain('fraud-never-ask');
  });

  it('fraud where bank details went too → the bank is added to the referrals', () => {
    const recommendation = evaluate('fraud', { hvad: 'mitid', 'ogsaa-bank': true }, true);
    expect(recommendation.referral?.target).toBe('mitid-support');
    expect(recommendation.referrals.map((referral) => referral.target)).toEqual(
      expect.arrayContaining(['mitid-support', 'police', 'bank']),
    );
  });

  it('suspected MitID misuse under MitID login is urgent too', () => {
    const recommendation = evaluate('mitid-login', { problem: 'misbrug', 'givet-vaek': true });
    expect(recommendation).toMatchObject({ kind: 'referral', urgent: true, referral: { target: 'mitid-support' } });
    expect(recommendation.referrals.map((referral) => referral.target)).toEqual(['mitid-support', 'police', 'bank']);
  });

  it('a letter with a deadline + low skills → side-by-side help (level 3) now, plus a course or guide for next time', () => {
    const recommendation = evaluate('digital-post', { behov: 'brev-frist', frist: true, evner: 'forklaring' });
    expect(recommendation).toMatchObject({ kind: 'level', level: 3, urgent: true });
    expect(recommendation.nextTime.join(' ')).toMatch(/kursus/);
    expect(recommendation.nextTime.join(' ')).toMatch(/vejledning/);
    expect(noteKeys(recommendation)).toContain('digital-post-legal-effect');
    expect(recommendation.referrals.map((referral) => referral.target)).toContain('library-course');
  });

  it('the same letter without a deadline → guided self-help (level 2), the lowest level that solves it', () => {
    expect(evaluate('digital-post', { behov: 'brev-frist', frist: false, evner: 'forklaring' })).toMatchObject({
      level: 2,
      urgent: false,
    });
  });

  it('a citizen who manages alone with a guide → signposting (level 1)', () => {
    const recommendation = evaluate('digital-post', { behov: 'laese', evner: 'alene' });
    expect(recommendation.level).toBe(1);
    expect(recommendation.guideSlugs).toContain('digital-post-kom-i-gang');
  });

  it('attaches the MitID rule whenever the case involves logging in, and not otherwise', () => {
    expect(noteKeys(evaluate('borgerdk-selfservice', { opgave: 'flytning', frist: false, evner: 'alene' }))).toContain(
      'mitid-personal',
    );
    expect(noteKeys(evaluate('booking-passport', { opgave: 'book', frist: false, evner: 'alene' }))).toContain(
      'mitid-personal',
    );
    expect(noteKeys(evaluate('booking-passport', { opgave: 'sagen', frist: false }))).not.toContain('mitid-personal');
    expect(noteKeys(evaluate('device-basics', { emne: 'email', evner: 'forklaring' }))).not.toContain('mitid-personal');
  });

  it('tax help by someone else → the tax authority’s own power-of-attorney scheme', () => {
    const recommendation = evaluate('tax', { emne: 'fast-hjaelper', 'kan-give-fuldmagt': true });
    expect(recommendation.level).toBe(4);
    expect(noteKeys(recommendation)).toContain('tax-own-power-of-attorney');
  });

  it('questions outside our remit → a referral', () => {
    expect(evaluate('other', { henvendelse: 'udenfor', frist: false })).toMatchObject({
      kind: 'referral',
      referral: { target: 'other-authority' },
    });
  });
});

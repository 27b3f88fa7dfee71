import { localeFor } from './locale';

const danish = localeFor('da');
const english = localeFor('en');

describe('dates and times', () => {
  it('writes a calendar date as a Dane writes it, never as ISO', () => {
    expect(danish.date('2027-05-31')).toBe('31. maj 2027');
    expect(danish.date('2025-12-01')).toBe('1. dec. 2025');
    expect(english.date('2027-05-31')).toBe('31 May 2027');
  });

  it('keeps a calendar date on its day: it is never converted between time zones', () => {
    expect(danish.date('2027-01-01')).toBe('1. jan. 2027');
    expect(danish.date('2027-12-31T23:30:00-05:00')).toBe('31. dec. 2027');
  });

  it('names months, also from a bare year-month', () => {
    expect(danish.month('2026-01-15')).toBe('januar 2026');
    expect(danish.month('2026-01')).toBe('januar 2026');
    expect(danish.shortMonth('2026-03-01')).toBe('mar. 26');
    expect(english.month('2026-01')).toBe('January 2026');
  });

  it('shows moments in Danish time, summer time included', () => {
    // 12:05 UTC is 14:05 in Danish summer time (UTC+2) and 13:05 in winter (UTC+1).
    expect(danish.dateTime('2027-05-31T12:05:00Z')).toMatch(/^31\. maj 2027.* 14\.05$/);
    expect(danish.dateTime('2027-01-15T12:05:00Z')).toMatch(/^15\. jan\. 2027.* 13\.05$/);
    expect(danish.time('2027-05-31T12:05:00Z')).toBe('14.05');
    expect(english.time(new Date('2027-01-15T12:05:00Z'))).toBe('13:05');
  });

  it('puts a moment just before midnight UTC on the next Danish day', () => {
    expect(danish.dateTime('2027-05-31T22:30:00Z')).toMatch(/^1\. jun\. 2027.* 00\.30$/);
    expect(danish.shortDateTime('2027-05-31T22:30:00Z')).toMatch(/^01\.06\.2027.* 00\.30$/);
  });
});

describe('numbers', () => {
  it('writes decimals and shares the Danish way', () => {
    expect(danish.number(1234.56)).toBe('1.234,6');
    expect(danish.percent(0.125)).toBe('12,5\u00a0%');
    expect(english.number(1234.56)).toBe('1,234.6');
    expect(english.percent(0.125)).toBe('12.5%');
  });
});

describe('names', () => {
  const main = { key: 'main', nameDa: 'Hovedbiblioteket', nameEn: 'Main library' };
  const branches = [main, { key: 'north', nameDa: 'Nordbiblioteket', nameEn: 'North library' }];

  it('picks the name in the interface language', () => {
    expect(danish.name(main)).toBe('Hovedbiblioteket');
    expect(english.nameOf(branches, 'north')).toBe('North library');
    expect(english.pick({ da: 'Henvisning', en: 'Referral' })).toBe('Referral');
  });

  it('shows an unknown key as it is', () => {
    expect(danish.nameOf(branches, 'closed-long-ago')).toBe('closed-long-ago');
  });
});

it('falls back to Danish for a language it does not know', () => {
  const unknown = localeFor('de');
  expect(unknown.language).toBe('da');
  expect(unknown.tag).toBe('da-DK');
  expect(localeFor('en').tag).toBe('en-GB');
});

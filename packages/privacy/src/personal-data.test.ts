import { findPersonalData, personalDataMessage } from './personal-data';

const kinds = (text: string) => findPersonalData(text).map((finding) => finding.kind);

describe('findPersonalData: CPR-like numbers', () => {
  it.each([
    ['0101901234', 'ten digits'],
    ['010190-1234', 'with a dash'],
    ['010190 1234', 'with a space'],
    ['010190  1234', 'with two spaces'],
    ['010190 - 1234', 'with spaces around the dash'],
    ['010190–1234', 'with an en dash, as word processors write it'],
    ['010190—1234', 'with an em dash'],
    ['010190\n1234', 'split over two lines'],
    ['010190\r\n1234', 'split over two Windows lines'],
    ['010190\t1234', 'with a tab'],
    ['010190\u00a01234', 'with a non-breaking space'],
    ['01.01.90-1234', 'with dots in the date'],
    ['01.01.90 1234', 'with dots in the date and a space'],
    ['01-01-90-1234', 'with dashes in the date'],
    ['01/01/90-1234', 'with slashes in the date'],
    ['01 01 90 1234', 'with spaces everywhere'],
    ['010190.1234', 'with a dot before the serial'],
    ['cpr: 311299-4321', 'after "cpr:"'],
    ['CPR:311299-4321', 'glued to "CPR:"'],
    ['cpr.nr. 311299-4321', 'after "cpr.nr."'],
    ['CPR-nr.2902001234', 'glued to a label'],
    ['personnummer 150845-1234', 'after "personnummer"'],
    ['borgerens nr er 1508451234.', 'at the end of a sentence'],
    ['(1508451234)', 'in brackets'],
    ['"150845-1234"', 'in quotes'],
    ['nr.1508451234,', 'before a comma'],
    ['abc0101901234xyz', 'inside a word'],
    ['x010190-1234y', 'inside a word, with a dash'],
    ['290200-1234', '29 February in a leap year'],
    ['290296-1234', '29 February in another leap year'],
    ['311299-1234', 'the last day of a year'],
    ['300490-1234', 'the 30th of a 30-day month'],
    ['010107-4000', 'a post-2007 number that fails modulus 11'],
    ['010100-0000', 'a serial of zeros'],
    ['32 010190-1234', 'right after a near miss that could hide it'],
    ['sag 2024: 0101901234 ', 'after a year and a colon'],
    ['Borger havde 010190-1234 på en seddel', 'in the middle of a sentence'],
  ])('finds %j (%s)', (text) => {
    expect(kinds(text)).toEqual(['cpr']);
  });

  it('finds every number when there are several', () => {
    expect(kinds('010190-1234 og 020290-4321')).toEqual(['cpr', 'cpr']);
  });

  it.each([
    ['01-01-2024', 'a date'],
    ['01.01.2024', 'a date with dots'],
    ['1/1-2024', 'a short date'],
    ['2024-01-01', 'an ISO date'],
    ['2024-01-01T10:30', 'an ISO date and time'],
    ['mødet 01.01.2024 kl. 10.30', 'a date and a time'],
    ['fra 01.01.2024 til 31.12.2024', 'a period'],
    ['01.01.2024-31.12.2024', 'a period without spaces'],
    ['åbent 10-12 og 13-16', 'opening hours'],
    ['kl. 10.00-12.00', 'a time span'],
    ['10:00–12:00', 'a time span with colons'],
    ['vejledning 2024-17', 'a guide number'],
    ['vejledning nr. 12-2024', 'a guide number, year last'],
    ['V-2024-0017', 'a guide id'],
    ['år 1990 og 2024', 'years'],
    ['2023-2024', 'a year range'],
    ['1990-2024', 'another year range'],
    ['3213991234', 'day 32 is not a date'],
    ['000190-1234', 'day 0 is not a date'],
    ['011390-1234', 'month 13 is not a date'],
    ['010090-1234', 'month 0 is not a date'],
    ['310490-1234', '31 April is not a date'],
    ['290201-1234', '29 February outside a leap year'],
    ['01019012345', 'eleven digits'],
    ['101019012345', 'twelve digits'],
    ['sag 123456', 'six digits'],
    ['01019012', 'eight digits starting with 0'],
    ['postnummer 4700 Næstved', 'a postcode'],
    ['4160 Herlufmagle og 4171 Glumsø', 'two postcodes'],
    ['kr. 1.234,50', 'an amount'],
    ['1.250.000 kr.', 'a large amount'],
    ['beløbet var 12.345.678 kr', 'an eight-digit amount'],
    ['ISBN 978-87-02-12345-6', 'an ISBN'],
    ['version 1.2.3', 'a version number'],
    ['uge 48, 2024', 'a week number'],
    ['reg.nr. 1234', 'a bank registration number alone'],
    ['MitID app 2.0', 'an app version'],
  ])('lets %j pass (%s)', (text) => {
    expect(kinds(text)).not.toContain('cpr');
  });
});

describe('findPersonalData: contact details', () => {
  it.each([
    ['skriv til anna.hansen@example.dk', 'email'],
    ['ANNA@EXAMPLE.COM', 'email'],
    ['mail: jens_h+post@mail.sub.example.dk.', 'email'],
    ['(kontakt: a.b@c.dk)', 'email'],
    ['søren@æblehaven.dk', 'email'],
    ['ring 20 30 40 50', 'phone'],
    ['tlf. 20304050', 'phone'],
    ['tlf:20304050', 'phone'],
    ['mobil 50 12 34 56', 'phone'],
    ['20-30-40-50', 'phone'],
    ['20.30.40.50', 'phone'],
    ['2030 4050', 'phone'],
    ['+45 20304050', 'phone'],
    ['+4520304050', 'phone'],
    ['+45 20 30 40 50', 'phone'],
    ['+45-20304050', 'phone'],
    ['0045 2030 4050', 'phone'],
    ['ring på 88888888 i morgen', 'phone'],
  ])('finds %j', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it.each([
    'ring til MitID support',
    'kl. 10.30-12.00',
    'postnummer 4700',
    'uge 48',
    'sag 12345',
    'borger.dk/fritagelse',
    'log ind på mit.dk',
    'skriv @borgerservice på Facebook',
    'e-Boks og mit.dk',
    '2023-2024',
    'årsopgørelse 2024 og forskudsopgørelse 2025',
    '1234567',
    '123456789',
    '12345678',
    'kr. 25.000.000',
    'åbent 10-12 og 13-16',
    '01-01-2024',
    'vejledning 2024-17',
    'kom kl. 14.15, rum 3',
    'side 12 af 40',
  ])('lets %j pass', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('reports where each finding is, in order', () => {
    expect(findPersonalData('a@b.dk og 010190-1234')).toEqual([
      { kind: 'email', index: 0, length: 6 },
      { kind: 'cpr', index: 10, length: 11 },
    ]);
  });

  it('does not report a CPR number a second time as a phone number', () => {
    expect(kinds('2101901234')).toEqual(['cpr']);
  });
});

describe('personalDataMessage', () => {
  it('explains in Danish why CPR numbers are refused', () => {
    expect(personalDataMessage('cpr')).toMatch(/Noter må ikke indeholde CPR-numre/);
  });
});

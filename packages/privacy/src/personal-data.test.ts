import { findPersonalData, personalDataMessage } from './personal-data';

const kinds = (text: string) => findPersonalData(text).map((finding) => finding.kind);

describe('findPersonalData: CPR-like numbers', () => {
  it.each([
    ['0101901234', 'ten digits'],
    ['010190-1234', 'with a dash'],
    ['010190 1234', 'with a space'],
    ['01.01.90-1234', 'with dots in the date'],
    ['010190.1234', 'with a dot before the serial'],
    ['cpr: 311299-4321', 'after "cpr:"'],
    ['CPR-nr.2902001234', 'glued to a label'],
    ['borgerens nr er 1508451234.', 'at the end of a sentence'],
    ['abc0101901234xyz', 'inside a word'],
    ['290200-1234', '29 February in a leap year'],
    ['010107-4000', 'a post-2007 number that fails modulus 11'],
  ])('finds %s (%s)', (text) => {
    expect(kinds(text)).toEqual(['cpr']);
  });

  it.each([
    ['01-01-2024', 'a date'],
    ['mødet 01.01.2024 kl. 10.30', 'a date and a time'],
    ['åbent 10-12 og 13-16', 'opening hours'],
    ['vejledning 2024-17', 'a guide number'],
    ['år 1990 og 2024', 'years'],
    ['3213991234', 'day 32 is not a date'],
    ['011390-1234', 'month 13 is not a date'],
    ['290201-1234', '29 February outside a leap year'],
    ['01019012345', 'eleven digits'],
    ['sag 123456', 'six digits'],
  ])('lets %s pass (%s)', (text) => {
    expect(kinds(text)).not.toContain('cpr');
  });
});

describe('findPersonalData: contact details', () => {
  it.each([
    ['skriv til anna.hansen@example.dk', 'email'],
    ['ring 20 30 40 50', 'phone'],
    ['tlf. 20304050', 'phone'],
    ['+45 20304050', 'phone'],
    ['0045 2030 4050', 'phone'],
  ])('finds %s', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it.each(['ring til MitID support', 'kl. 10.30-12.00', 'postnummer 4700', 'uge 48', 'sag 12345'])(
    'lets "%s" pass',
    (text) => {
      expect(findPersonalData(text)).toEqual([]);
    },
  );

  it('reports where each finding is, in order', () => {
    expect(findPersonalData('a@b.dk og 010190-1234')).toEqual([
      { kind: 'email', index: 0, length: 6 },
      { kind: 'cpr', index: 10, length: 11 },
    ]);
  });
});

describe('personalDataMessage', () => {
  it('explains in Danish why CPR numbers are refused', () => {
    expect(personalDataMessage('cpr')).toMatch(/Noter må ikke indeholde CPR-numre/);
  });
});

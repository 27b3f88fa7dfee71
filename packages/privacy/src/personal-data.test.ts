import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPersonalData, findPersonalDataInFields, personalDataMessage } from './personal-data';
import { publicContacts } from './public-contacts';

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
    ['CPR-nr.2902004234', 'glued to a label'],
    ['personnummer 150845-1234', 'after "personnummer"'],
    ['borgerens nr er 1508451234.', 'at the end of a sentence'],
    ['(1508451234)', 'in brackets'],
    ['"150845-1234"', 'in quotes'],
    ['nr.1508451234,', 'before a comma'],
    ['abc0101901234xyz', 'inside a word'],
    ['x010190-1234y', 'inside a word, with a dash'],
    ['290200-4234', '29 February 2000 (serial 4: born 2000–2036)'],
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
    ['290200-1234', '29 February 1900 (serial 1: born 1900–1999), which did not exist'],
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

// Issue 14: shapes a review stored without complaint, and others like them. Each must be caught
// as what it is, whatever the characters used to type it.
describe('findPersonalData: disguised and unusual shapes', () => {
  it.each([
    ['241263/1358', 'a slash before the serial'],
    ['241263_1359', 'an underscore before the serial'],
    ['241263:1358', 'a colon before the serial'],
    ['241263,1358', 'a comma before the serial'],
    ['241263 / 1358', 'a slash with spaces'],
    ['241263\\1358', 'a backslash'],
    ['241263\u22121358', 'a minus sign (U+2212)'],
    ['241263\u20101358', 'a hyphen (U+2010)'],
    ['241263\u20111358', 'a non-breaking hyphen (U+2011)'],
    ['241263\u20121358', 'a figure dash (U+2012)'],
    ['241263\u20151358', 'a horizontal bar (U+2015)'],
    ['241263\uFE581358', 'a small em dash (U+FE58)'],
    ['241263\uFE631358', 'a small hyphen-minus (U+FE63)'],
    ['241263\uFF0D1358', 'a full-width hyphen-minus (U+FF0D)'],
    ['241263-13 61', 'a serial split in two'],
    ['241263–13 58', 'an en dash and a split serial'],
    ['24 12 63 13 58', 'pairs of digits'],
    ['24.12.63-13 58', 'a dotted date and a split serial'],
    ['2412\u200B63-1358', 'a zero-width space inside'],
    ['241263\u00AD1358', 'a soft hyphen, which shows nothing'],
    ['241263\u2060-1358', 'a word joiner before the dash'],
    ['\uFEFF2412631358', 'a byte-order mark in front'],
    ['2\u200C4\u200C1\u200C2\u200C6\u200C3\u200C1\u200C3\u200C5\u200C8', 'a zero-width non-joiner between every digit'],
    ['241263\u20031358', 'an em space'],
    ['241263\u202F1358', 'a narrow no-break space'],
    ['２４１２６３－１３５８', 'full-width digits and dash'],
    ['cpr 𝟐𝟒𝟏𝟐𝟔𝟑-𝟏𝟑𝟓𝟖', 'mathematical bold digits'],
    ['24-12-1963-1364', 'a four-digit year'],
    ['24.12.1963-1364', 'a four-digit year with dots'],
    ['24/12/1963 1364', 'a four-digit year with slashes'],
    ['24 12 1963 1364', 'a four-digit year with spaces'],
    ['24121963-1364', 'a four-digit year, date written whole'],
    ['24-12-1963 13 64', 'a four-digit year and a split serial'],
    ['01-01-2007-4000', 'a four-digit year of this century'],
    ['2 4 1 2 6 3 1 3 5 8', 'digits spaced one by one'],
    ['2 4 1 2 6 3 - 1 3 5 8', 'digits spaced one by one around a dash'],
    ['2-4-1-2-6-3-1-3-5-8', 'digits dashed one by one'],
    ['241263 -\n1358', 'a dash and a line break'],
  ])('finds a CPR number in %j (%s)', (text) => {
    expect(kinds(text)).toEqual(['cpr']);
  });

  it.each([
    ['ring 2030-4050', '4-4 with a dash'],
    ['ring 203 040 50', '3-3-2'],
    ['ring 20 304 050', '2-3-3'],
    ['ring 2 0 3 0 4 0 5 0', 'digits spaced one by one'],
    ['tlf. 20–30–40–50', 'en dashes'],
    ['tlf. 2030\u22124050', 'a minus sign'],
    ['tlf. 2030\u200B4050', 'a zero-width space inside'],
    ['tlf. ２０３０４０５０', 'full-width digits'],
    ['+45 2030-4050', '+45 and 4-4 with a dash'],
    ['0045 203 040 50', '0045 and 3-3-2'],
    ['(+45) 20 30 40 50', '+45 in brackets'],
    ['+4520304050', '+45 glued on'],
    ['004520304050', '0045 glued on'],
    ['＋４５ ６１ ２３ ４５ ６７', 'full-width +45 and digits'],
    ['mobil: 61 23 45 67', 'a mobile number after a colon'],
  ])('finds a phone number in %j (%s)', (text) => {
    expect(kinds(text)).toEqual(['phone']);
  });

  it.each([
    ['anna (at) gmail.com', '(at)'],
    ['anna[at]gmail.com', '[at] without spaces'],
    ['anna {at} hotmail.dk', '{at}'],
    ['anna<at>live.dk', '<at>'],
    ['anna AT gmail.com', 'AT in capitals before a webmail domain'],
    ['anna at gmail.com', 'at before a webmail domain'],
    ['anna.hansen at firma.dk', 'at after a dotted name'],
    ['anna1970 at firma.dk', 'at after a name with digits'],
    ['jens_h at youmail.dk', 'at after an underscore name'],
    ['anna snabel-a firma.dk', 'snabel-a'],
    ['anna snabela firma.dk', 'snabela'],
    ['anna @ firma.dk', 'spaces around @'],
    ['anna@firma . dk', 'spaces around the dot'],
    ['anna (at) gmail (dot) com', '(at) and (dot)'],
    ['anna [at] firma [punktum] dk', '[at] and [punktum]'],
    ['anna @ gmail dot com', '@ and dot spelled out'],
    ['ＡＮＮＡ＠ＦＩＲＭＡ．ＤＫ', 'full-width letters, @ and dot'],
    ['anna\u200B@firma.dk', 'a zero-width space before @'],
    ['anna﹫firma.dk', 'a small commercial at (U+FE6B)'],
  ])('finds an e-mail address in %j (%s)', (text) => {
    expect(kinds(text)).toEqual(['email']);
  });
});

// Numbers and mailboxes of public authorities and services, and numbers like them, are not
// personal data; nor is ordinary text full of numbers. Each of these must pass untouched.
describe('findPersonalData: public contacts and ordinary text pass', () => {
  it.each([
    'Henvist til MitID support på 33 98 00 10',
    'Borgeren ringer selv til MitID support: 33980010',
    'Ring til Skattestyrelsen på 72 22 18 18',
    'Cyberhotline 33 37 00 37 ved svindel',
    'Hotline ved identitetstyveri: +45 33 98 00 98',
    'Spær kortet hos Nets på 44 89 29 29',
    'Mastercard spærres på 4489 2750',
    'Sydbank kortservice 44 232 232',
    'Jyske Bank 89 89 89 89',
    'Udbetaling Danmark, Opkrævningen: +45 70 12 80 65',
    'Danske Bank på 70 123 456',
    'gratisnummer 80 20 20 20',
    'Ring 114 (ikke akut) eller 112',
    'Lægevagten 1813',
    'skriv til borgerservice@naestved.dk',
    'post@familieretshuset.dk',
  ])('a public contact: %j', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('accepts every listed public contact, however its number is written', () => {
    for (const { phone } of Object.values(publicContacts)) {
      const digits = phone.replace(/\D/g, '');
      for (const written of [phone, digits, `+45 ${phone}`, `0045 ${digits}`, digits.replace(/(\d{4})(?=\d)/, '$1-')]) {
        expect(findPersonalData(`henvist til ${written}`)).toEqual([]);
      }
    }
  });

  it.each([
    ['d. 24-12-2026', 'a date'],
    ['mødet 24.12.2026 kl. 10.30', 'a date and a time'],
    ['24-12-2026 10:30', 'a date and a time with a colon'],
    ['2026-12-24', 'an ISO date'],
    ['kl. 20.00-22.00', 'an evening time span'],
    ['20:00–22:00', 'a time span with colons'],
    ['fra kl. 20.30, 21.30 og 22.30', 'several times'],
    ['periode 01.01.1990-31.12.1990', 'a period in the 1990s'],
    ['1.250,50 kr.', 'an amount with øre'],
    ['kr. 25.000.000', 'an eight-digit amount after kr.'],
    ['25.000.000 kr.', 'an eight-digit amount before kr.'],
    ['300.000,00 kr.', 'a six-digit amount with øre'],
    ['beløb 25 000 000 kr', 'an amount with spaces'],
    ['DKK 45 000 000', 'an amount after DKK'],
    ['sagsnr. 20241117', 'an eight-digit case number'],
    ['sag 20241117', 'an eight-digit case number after "sag"'],
    ['J.nr. 24/01234', 'a journal number'],
    ['sagsnr. 2024-0012345', 'a case number with a year'],
    ['CVR-nr. 61 12 62 28', 'a company registration number'],
    ['MitID app version 3.12.1', 'an app version'],
    ['Android 14 og iOS 17.4.1', 'system versions'],
    ['4700 Næstved', 'a postcode and town'],
    ['4160 Herlufmagle, 4171 Glumsø og 4700 Næstved', 'several postcodes'],
    ['årene 2023-2024', 'a year range'],
    ['2029 2030', 'two years'],
    ['skatteår 2024/2025', 'tax years'],
    ['side 12-14 af 240', 'pages'],
    ['3 af 4 borgere', 'a count'],
    ['PIN-kode på 4 til 6 cifre', 'digits in words'],
  ])('%j (%s)', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it.each([
    'Borgeren havde glemt sin adgangskode til MitID og blev henvist til MitID support på 33 98 00 10 – ringer selv i morgen.',
    'Hjalp med at finde årsopgørelsen for 2024 på skat.dk. Beløbet var 1.250,50 kr.',
    'Aftalt ny tid d. 24-12-2026 kl. 10.30 i filialen.',
    'Borgeren fik en sms om en pakke og trykkede på linket; spærrede kortet via 44 89 29 29 og anmeldte på politi.dk.',
    'Printede side 3-5 af vejledningen. Kommer igen i uge 12.',
    'Borgeren skulle bruge e-Boks og mit.dk; vi så at borger.dk har en guide til Digital Post.',
    'Husk at mitid.dk kræver MitID app eller kodeviser.',
    'Ringede sammen med borgeren til Udbetaling Danmark på 70 12 80 65 om en afdragsordning.',
    'Svindel: borgeren havde godkendt i MitID app kl. 21.30 – ringede til Cyberhotlinen 33 37 00 37.',
    'Borgeren har iPhone 12 med iOS 17.5 – MitID app virker efter opdatering.',
    'Forskudsopgørelse 2025 rettet, sagsnr. 2024-0012345 fra brevet.',
    'Henviste til Borgerservice, Rådhuspladsen 1, 4700 Næstved, for nyt sundhedskort.',
    'Kom kl. 14.15 og gik 14.40; 25 min. i alt, 2 vejledninger printet.',
    'Skriv @borgerservice på Facebook, hvis du vil høre om åbningstider.',
  ])('a counter note: %j', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  // The guides are free text too (titles, summaries, bodies): everything the product itself ships must pass.
  const guidesFolder = join(__dirname, '../../../content/guides');
  it.each(readdirSync(guidesFolder).filter((name) => name.endsWith('.md')))('content/guides/%s', (name) => {
    expect(findPersonalData(readFileSync(join(guidesFolder, name), 'utf8'))).toEqual([]);
  });
});

describe('findPersonalData: where each finding is', () => {
  it('points into the original text, invisible and full-width characters included', () => {
    const text = 'cpr: 2412\u200B63-1358, tlf ２０３０４０５０.';
    expect(findPersonalData(text)).toEqual([
      { kind: 'cpr', index: 5, length: 12 },
      { kind: 'phone', index: 23, length: 8 },
    ]);
  });

  it('includes +45 in a phone number and every character of a disguised address', () => {
    expect(findPersonalData('ring +45 20 30 40 50')).toEqual([{ kind: 'phone', index: 5, length: 15 }]);
    expect(findPersonalData('skriv anna (at) gmail.com.')).toEqual([{ kind: 'email', index: 6, length: 19 }]);
  });
});

describe('personalDataMessage', () => {
  it.each([
    ['cpr', /ligner et CPR-nummer\. Noter må ikke indeholde CPR-numre/],
    ['email', /indeholder en e-mailadresse\. Noter må ikke indeholde borgerens kontaktoplysninger/],
    ['phone', /ligner et telefonnummer\. Noter må ikke indeholde borgerens kontaktoplysninger/],
  ] as const)('says in Danish what kind was found (%s) and why it is refused', (kind, explanation) => {
    expect(personalDataMessage(kind)).toMatch(explanation);
    expect(personalDataMessage(kind)).toMatch(/vi registrerer henvendelsen, ikke personen \(GDPR\)/);
  });
});

describe('findPersonalDataInFields', () => {
  it('names each field holding personal data, with the kind and the message, and never the text', () => {
    const issues = findPersonalDataInFields({
      title: 'Glemt kode',
      note: 'Borgeren, 241263-1358, ringer på 2030 4050',
      'answers.other': 'anna (at) gmail.com',
      deviationReason: null,
      changeNote: undefined,
    });
    expect(issues).toEqual([
      { path: 'note', kind: 'cpr', message: personalDataMessage('cpr') },
      { path: 'answers.other', kind: 'email', message: personalDataMessage('email') },
    ]);
    expect(JSON.stringify(issues)).not.toMatch(/241263|2030|anna|gmail/);
  });

  it('returns nothing when every field is clean', () => {
    expect(findPersonalDataInFields({ note: 'Henvist til MitID support på 33 98 00 10', summary: '' })).toEqual([]);
  });
});

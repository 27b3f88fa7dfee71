import { normaliseForMatching, originalSpan } from './normalise';

const read = (text: string) => normaliseForMatching(text).text;

describe('normaliseForMatching', () => {
  it('folds full-width, bold and circled digits to ASCII', () => {
    expect(read('２４１２６３')).toBe('241263');
    expect(read('𝟐𝟒')).toBe('24');
    expect(read('⑩')).toBe('10');
  });

  it.each(['2010', '2011', '2012', '2013', '2014', '2015', '2212', 'FE58', 'FE63', 'FF0D', '207B', '2796'])(
    'reads the dash-like U+%s as "-"',
    (code) => {
      expect(read(`1${String.fromCodePoint(Number.parseInt(code, 16))}2`)).toBe('1-2');
    },
  );

  it('drops what shows nothing: zero-width characters, soft hyphens, joiners, marks', () => {
    expect(read('2\u200B4\u200C1\u200D2\uFEFF6\u00AD3\u20601\u0336')).toBe('2412631');
  });

  it('reads every blank as one space, and other dots, slashes and colons as theirs', () => {
    expect(read('1\u00A02\u20033\u202F4\n5\t6\u30007')).toBe('1 2 3 4 5 6 7');
    expect(read('1·2∕3\\4∶5')).toBe('1.2/3/4:5');
  });

  it('maps every position back to the original text', () => {
    const original = 'a\u200B２𝟐b';
    const normalised = normaliseForMatching(original);
    expect(normalised.text).toBe('a22b');
    // "22" came from the full-width 2 (one unit) and the bold 2 (a surrogate pair).
    expect(originalSpan(normalised, 1, 2)).toEqual({ index: 2, length: 3 });
    expect(original.slice(2, 5)).toBe('２𝟐');
  });
});

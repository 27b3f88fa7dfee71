import { csvField, csvFileName, toCsv } from './csv';

describe('CSV for Danish Excel', () => {
  it('starts with a BOM, separates with ; and ends lines with CRLF', () => {
    const csv = toCsv(
      ['Kategori', 'Besøg'],
      [
        ['Skat', 12],
        ['Sundhed', '<3'],
      ],
    );
    expect(csv).toBe('\uFEFFKategori;Besøg\r\nSkat;12\r\nSundhed;<3\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('keeps Danish letters as UTF-8', () => {
    expect(Buffer.from(toCsv(['Filial'], [['Ærø Søndergård']]), 'utf8').toString('utf8')).toContain('Ærø Søndergård');
  });

  it('writes decimal commas, ja/nej and empty cells', () => {
    expect(csvField(0.625)).toBe('0,625');
    expect(csvField(true)).toBe('ja');
    expect(csvField(null)).toBe('');
  });

  it('quotes fields holding ; quotes or line breaks', () => {
    expect(csvField('MitID; login')).toBe('"MitID; login"');
    expect(csvField('sagde "nej"')).toBe('"sagde ""nej"""');
    expect(csvField('to\nlinjer')).toBe('"to\nlinjer"');
  });

  it('defuses text Excel would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-5')).toBe("'-5");
  });

  it('names files in ASCII', () => {
    expect(csvFileName(['statistik', 'kategorier', '2026-01-01'])).toBe('statistik-kategorier-2026-01-01.csv');
  });
});

/**
 * Text as the guard reads it: every way of writing a digit, a dash or a space that looks the same
 * to a reader is folded to one ASCII character, and characters that show nothing are dropped, so
 * "２４１２６３−１３５８" or "2412\u200B63-1358" match the same shapes as "241263-1358".
 */
export interface NormalisedText {
  text: string;
  /**
   * For each UTF-16 unit of `text`: where the character it came from starts in the original, and
   * where it ends (exclusive), so a finding can be mapped back. Absent when every unit stayed in
   * its place (plain Danish text, the common case).
   */
  starts?: number[];
  ends?: number[];
}

// Format characters (zero-width space and joiners, soft hyphen, word joiner, BOM, bidi marks …)
// and non-spacing or enclosing marks (combining strokes, variation selectors, the keycap sign):
// invisible, or drawn on top of a digit, so they only ever hide what is written.
const invisible = /[\p{Cf}\p{Mn}\p{Me}]/u;
// Every space, line break and blank-looking letter (Braille blank, Hangul fillers).
const blank = /[\s\p{Z}\u2800\u3164\u115F\u1160\uFFA0]/u;
// Every dash and minus: hyphen, non-breaking hyphen, figure/en/em dash, horizontal bar, minus sign,
// small and full-width hyphen-minus, superscript/subscript minus, heavy minus, modifier minus.
const dashLike = /[\p{Pd}\u2212\u207B\u208B\u2796\u02D7\u2043]/u;
const dotLike = /[\u00B7\u2024\u2027\u2219\u22C5\u30FB\u2022\uFF61]/u;
const slashLike = /[\\\u2044\u2215\u29F8\uFF3C]/u;
const colonLike = /[\u2236\uA789\uFE13]/u;
const commaLike = /[\u060C\u3001\uFE50]/u;

function foldCodePoint(codePoint: string): string {
  if (invisible.test(codePoint)) return '';
  if (blank.test(codePoint)) return ' ';
  if (dashLike.test(codePoint)) return '-';
  if (dotLike.test(codePoint)) return '.';
  if (slashLike.test(codePoint)) return '/';
  if (colonLike.test(codePoint)) return ':';
  if (commaLike.test(codePoint)) return ',';
  return codePoint;
}

/** One source character → what the guard reads: NFKC first (full-width digits, ＠, circled ⑩ …), then folded. */
function foldCharacter(character: string): string {
  if (character.length === 1 && character.charCodeAt(0) < 0x80) {
    // ASCII is most text: only the blanks and the backslash change.
    return character === '\\' ? '/' : character <= ' ' || character === '\x7f' ? ' ' : character;
  }
  let folded = '';
  for (const codePoint of character.normalize('NFKC')) folded += foldCodePoint(codePoint);
  return folded;
}

// Text made only of these folds unit for unit (blanks to a space, "\\" to "/"), so it keeps its positions.
const foldsInPlace = /^[\t\n\r\x20-\x7e\u00c0-\u00ff]*$/;

export function normaliseForMatching(original: string): NormalisedText {
  if (foldsInPlace.test(original)) return { text: original.replace(/[\t\n\r\\]/g, foldCharacter) };
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const character of original) {
    const folded = foldCharacter(character);
    for (let unit = 0; unit < folded.length; unit += 1) {
      starts.push(index);
      ends.push(index + character.length);
    }
    text += folded;
    index += character.length;
  }
  return { text, starts, ends };
}

/** The original span behind `length` units of normalised text from `index`. */
export function originalSpan({ starts, ends }: NormalisedText, index: number, length: number) {
  if (!starts || !ends) return { index, length };
  const start = starts[index];
  const end = ends[index + length - 1];
  if (start === undefined || end === undefined) throw new RangeError('Span lies outside the normalised text');
  return { index: start, length: end - start };
}

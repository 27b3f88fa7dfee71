/**
 * Numbers as people write them: groups of digits with a separator between ("24 12 63-13 58",
 * "20.30.40.50"). CPR numbers and phone numbers are recognised by how many digits a run of
 * groups holds and where the breaks fall, so "01.01.2024-31.12.2024" (a period) is not read as
 * a CPR number although its digits could be.
 */
export interface DigitGroup {
  /** Position in the normalised text. */
  start: number;
  end: number;
  digits: string;
}

/** Consecutive groups of one written number, with what separates them. */
export interface GroupedNumber {
  groups: DigitGroup[];
  /** `separators[k]` stands between `groups[k]` and `groups[k + 1]`: its one mark, or " " if only spaces. */
  separators: string[];
}

/**
 * A candidate: some consecutive groups of a written number, read as one. Its digits come first;
 * how it is grouped is worked out only when asked, as most candidates fail on the digits alone.
 */
export class DigitWindow {
  constructor(
    private readonly number: GroupedNumber,
    private readonly first: number,
    private readonly last: number,
    readonly digits: string,
    /** Where the first group starts and the last one ends, in the normalised text. */
    readonly start: number,
    readonly end: number,
  ) {}

  /** How many digits each group holds: "6,4" for "241263-1358", "2,2,2,2" for "20 30 40 50". */
  get layout(): string {
    return this.number.groups
      .slice(this.first, this.last + 1)
      .map((group) => group.digits.length)
      .join(',');
  }

  /** The separator at each break, in order. */
  get marks(): string[] {
    return this.number.separators.slice(this.first, this.last);
  }

  /** Written one digit at a time: "2 4 1 2 6 3 1 3 5 8". */
  get isOneByOne(): boolean {
    return this.last - this.first === this.digits.length - 1;
  }
}

const separatorMarks = '-/._:,';
const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * The mark joining two groups, if the text between them is a separator: up to three spaces, at
 * most one mark, up to three spaces ("-", " - ", "/", ". ", ", ", a line break read as a space).
 * Returns " " for spaces only, undefined when the text between does not join the groups.
 */
function separatorBetween(text: string, from: number, to: number): string | undefined {
  const between = to - from;
  if (between < 1 || between > 7) return undefined;
  let mark: string | undefined;
  let spacesBefore = 0;
  let spacesAfter = 0;
  for (let index = from; index < to; index += 1) {
    const character = text[index];
    if (character === ' ') {
      if (mark === undefined) spacesBefore += 1;
      else spacesAfter += 1;
    } else if (mark === undefined && character !== undefined && separatorMarks.includes(character)) mark = character;
    else return undefined;
  }
  return spacesBefore > 3 || spacesAfter > 3 ? undefined : (mark ?? ' ');
}

/** The text's numbers, one pass over it. */
export function groupedNumbers(text: string): GroupedNumber[] {
  const numbers: GroupedNumber[] = [];
  let current: GroupedNumber | undefined;
  let index = 0;
  while (index < text.length) {
    if (!isDigit(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < text.length && isDigit(text.charCodeAt(index))) index += 1;
    const group = { start, end: index, digits: text.slice(start, index) };
    const previous = current?.groups[current.groups.length - 1];
    const separator = previous && separatorBetween(text, previous.end, start);
    if (current && separator) {
      current.groups.push(group);
      current.separators.push(separator);
    } else {
      current = { groups: [group], separators: [] };
      numbers.push(current);
    }
  }
  return numbers;
}

/**
 * Every run of whole consecutive groups holding one of `digitCounts` digits (a group is never
 * split) whose digits are `worthReading`, in order of where they start. Candidates that fail on
 * their digits alone are never built, so a long text of numbers stays cheap.
 */
export function windowsOf(
  number: GroupedNumber,
  digitCounts: number[],
  worthReading: (digits: string) => boolean,
): DigitWindow[] {
  const { groups } = number;
  const longest = Math.max(...digitCounts);
  const allDigits = groups.map((group) => group.digits).join('');
  const windows: DigitWindow[] = [];
  let offset = 0;
  groups.forEach((firstGroup, first) => {
    let count = 0;
    for (let last = first; last < groups.length && count < longest; last += 1) {
      const lastGroup = groups[last];
      if (!lastGroup) break;
      count += lastGroup.digits.length;
      if (!digitCounts.includes(count)) continue;
      const digits = allDigits.slice(offset, offset + count);
      if (worthReading(digits))
        windows.push(new DigitWindow(number, first, last, digits, firstGroup.start, lastGroup.end));
    }
    offset += firstGroup.digits.length;
  });
  return windows;
}

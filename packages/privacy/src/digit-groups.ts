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

/** A candidate: some consecutive groups of a written number, read as one. */
export interface DigitWindow {
  digits: string;
  start: number;
  end: number;
  /** Positions in `digits` where a break falls, with the separator written there. */
  breaks: Map<number, string>;
  /** Every group is one digit ("2 4 1 2 6 3 …"). */
  spacedOneByOne: boolean;
}

// Up to three spaces, one mark, up to three spaces: "-", " - ", "/", ". ", ", ", "\n" (normalised to a space).
const separatorShape = /^ {0,3}([-/._:,]?) {0,3}$/;

export function groupedNumbers(text: string): GroupedNumber[] {
  const numbers: GroupedNumber[] = [];
  let current: GroupedNumber | undefined;
  for (const match of text.matchAll(/\d+/g)) {
    const group = { start: match.index, end: match.index + match[0].length, digits: match[0] };
    const previous = current?.groups.at(-1);
    const separator = previous ? separatorShape.exec(text.slice(previous.end, group.start)) : null;
    if (current && separator) {
      current.groups.push(group);
      current.separators.push(separator[1] || ' ');
    } else {
      current = { groups: [group], separators: [] };
      numbers.push(current);
    }
  }
  return numbers;
}

/**
 * Every run of whole consecutive groups holding one of `digitCounts` digits (a group is never
 * split), in order of where they start.
 */
export function* windowsOf(number: GroupedNumber, digitCounts: number[]): Generator<DigitWindow> {
  const { groups, separators } = number;
  const longest = Math.max(...digitCounts);
  for (let first = 0; first < groups.length; first += 1) {
    let digits = '';
    const breaks = new Map<number, string>();
    for (let last = first; last < groups.length && digits.length < longest; last += 1) {
      if (last > first) breaks.set(digits.length, separators[last - 1]);
      digits += groups[last].digits;
      if (digitCounts.includes(digits.length)) {
        yield {
          digits,
          start: groups[first].start,
          end: groups[last].end,
          breaks: new Map(breaks),
          spacedOneByOne: breaks.size === digits.length - 1,
        };
      }
    }
  }
}

/** Do the breaks fall exactly at these positions? */
export function breaksAt(window: DigitWindow, positions: number[]): boolean {
  return window.breaks.size === positions.length && positions.every((position) => window.breaks.has(position));
}

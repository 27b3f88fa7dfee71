import { helpLevels } from '@digihjaelp/contract';

interface ChartColours {
  /** Help levels 1–5, light to dark blue, then amber and red: apart for colour-blind readers too. */
  levels: readonly string[];
  /** Single-series bars. */
  bar: string;
}

let colours: ChartColours | undefined;

/**
 * The charts' colours, from the design tokens in styles.css: the charts draw SVG, whose fill
 * attributes take colours, not `var()`. Read once; the tokens do not change while the app runs.
 */
export function chartColours(): ChartColours {
  if (!colours) {
    const style = getComputedStyle(document.documentElement);
    const token = (name: string) => style.getPropertyValue(name).trim();
    colours = { levels: helpLevels.map((level) => token(`--color-level-${level}`)), bar: token('--color-primary') };
  }
  return colours;
}

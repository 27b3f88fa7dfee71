import fs from 'node:fs';
import path from 'node:path';
import { heatMapShade } from './heat-map-shade';

const styles = fs.readFileSync(path.resolve(__dirname, '../../styles.css'), 'utf8');
function token(name: string): [number, number, number] {
  const hex = new RegExp(`${name}:\\s*#([0-9a-f]{6})`, 'i').exec(styles)?.[1];
  if (!hex) throw new Error(`styles.css has no hex value for ${name}`);
  return [0, 2, 4].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
}

/** WCAG 2.1 relative luminance and contrast ratio. */
const luminance = (rgb: readonly number[]) => {
  const [r = 0, g = 0, b = 0] = rgb.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: readonly number[], b: readonly number[]) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

describe('heat-map cell shades', () => {
  const primary = token('--color-primary');
  const text = token('--color-text');
  const white = [255, 255, 255];

  it('keeps every number at AA contrast (4.5:1) on its tint over the white page', () => {
    for (let step = 0; step <= 1000; step += 1) {
      const { tint, whiteText } = heatMapShade(step / 1000);
      const background = white.map((channel, i) => channel + ((primary[i] ?? 0) - channel) * (tint / 100));
      expect({ step, ratio: contrast(background, whiteText ? white : text) >= 4.5 }).toEqual({ step, ratio: true });
    }
  });

  it('gets darker as the cell gets busier', () => {
    const tints = [0, 0.1, 0.3, 0.5, 0.51, 0.8, 1].map((intensity) => heatMapShade(intensity).tint);
    expect([...tints].sort((a, b) => a - b)).toEqual(tints);
    expect(heatMapShade(0).tint).toBe(0);
    expect(heatMapShade(1).tint).toBe(100);
  });
});

/**
 * How strongly a heat-map cell is tinted with the primary colour (percent) and whether its
 * number is written in white. Dark text stays readable (≥ 4.5:1) up to about 64 % tint and white
 * text from about 75 %, so the tints skip the band between: busier cells jump to white on ≥ 78 %.
 */
export function heatMapShade(intensity: number): { tint: number; whiteText: boolean } {
  if (intensity <= 0) return { tint: 0, whiteText: false };
  if (intensity <= 0.5) return { tint: 8 + intensity * 104, whiteText: false };
  return { tint: 78 + (Math.min(intensity, 1) - 0.5) * 44, whiteText: true };
}

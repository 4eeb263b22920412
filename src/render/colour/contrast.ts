/** Black or white, whichever contrasts more with `background` ("#RRGGBB"), by WCAG 2 relative luminance. */
export function textColourFor(background: string): '#000000' | '#FFFFFF' {
  const luminance = relativeLuminance(background);
  const withBlack = (luminance + 0.05) / 0.05;
  const withWhite = 1.05 / (luminance + 0.05);
  return withBlack >= withWhite ? '#000000' : '#FFFFFF';
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

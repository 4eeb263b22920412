/**
 * How far apart two colours look: the distance in CIELAB (ΔE 1976). Plain
 * RGB distance would put Word's light green (#92D050) nearer amber
 * (#FFC000) than green (#00B050); in Lab it is nearer green, as people see it.
 */
export function colourDistance(a: string, b: string): number {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

function lab(hex: string): [number, number, number] {
  const [r, g, b] = [0, 2, 4].map((start) => linear(parseInt(hex.replace('#', '').slice(start, start + 2), 16) / 255)) as [number, number, number];
  // sRGB (D65) to XYZ, relative to the D65 white point.
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

function linear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

function f(t: number): number {
  return t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116;
}

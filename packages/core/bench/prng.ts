/**
 * A small seeded PRNG (mulberry32) and a Gaussian sampler, so every benchmark run draws the same
 * points and incidents.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal (Box–Muller). */
  gaussian(): number;
}

/** A seeded generator; the same seed gives the same sequence on every machine. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  let spare: number | null = null;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    gaussian() {
      if (spare !== null) {
        const value = spare;
        spare = null;
        return value;
      }
      const u = 1 - next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
  };
}

/** Moves a point by Gaussian jitter with standard deviation `sigmaKm` on each axis. */
export function jitter(
  random: Random,
  lon: number,
  lat: number,
  sigmaKm: number,
): [lon: number, lat: number] {
  const dLat = (random.gaussian() * sigmaKm) / 110.574;
  const dLon = (random.gaussian() * sigmaKm) / (111.32 * Math.cos((lat * Math.PI) / 180));
  return [lon + dLon, lat + dLat];
}

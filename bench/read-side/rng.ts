/** A small seeded PRNG (mulberry32), so two runs at the same scale write the same history. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)];
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return choices[choices.length - 1][0];
  }

  /** A version-4-shaped UUID from this generator (deterministic, unlike crypto.randomUUID), as a flat string. */
  uuid(): string {
    const bytes = Buffer.allocUnsafe(36);
    for (let i = 0; i < 36; i++) bytes[i] = HEX[Math.floor(this.next() * 16)];
    for (const dash of [8, 13, 18, 23]) bytes[dash] = DASH;
    bytes[14] = HEX[4];
    bytes[19] = HEX[8 + this.int(0, 3)];
    return bytes.toString('latin1');
  }
}

const HEX = Buffer.from('0123456789abcdef', 'latin1');
const DASH = '-'.charCodeAt(0);

/**
 * The same text as one flat string. Strings built with `+` or templates are ropes in V8; millions of them kept in
 * memory (the seeded history) cost several times their length.
 */
export function flat(text: string): string {
  return Buffer.from(text, 'latin1').toString('latin1');
}

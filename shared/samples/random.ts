/** A small seeded PRNG (mulberry32), so generated demo data is the same on every run. */
export class SeededRandom {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  int(minInclusive: number, maxInclusive: number): number {
    return minInclusive + Math.floor(this.next() * (maxInclusive - minInclusive + 1))
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }

  /** Up to `max` distinct items. */
  some<T>(items: readonly T[], max: number): T[] {
    const count = this.int(0, max)
    const chosen = new Set<T>()
    while (chosen.size < Math.min(count, items.length)) chosen.add(this.pick(items))
    return [...chosen]
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }
}

/**
 * Counts occurrences of 64-bit row fingerprints in typed arrays: 12 bytes a slot instead of a Map
 * entry per row, so a million-row import keeps its in-file duplicate check in ~24 MB, not hundreds.
 * A fingerprint is two 32-bit halves; (0, 0) is remapped so zero can mark an empty slot.
 */
/** A counter's contents as plain typed arrays: structured-cloneable to another thread. */
export interface RowKeyCounterState {
  hi: Uint32Array;
  lo: Uint32Array;
  count: Uint32Array;
  first: Uint32Array;
  size: number;
}

export class RowKeyCounter {
  private hi: Uint32Array;
  private lo: Uint32Array;
  /** Occurrences so far; 0 = empty slot. */
  private count: Uint32Array;
  /** The spreadsheet row of the first occurrence. */
  private first: Uint32Array;
  private size = 0;

  constructor(capacity = 1 << 12) {
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.count = new Uint32Array(capacity);
    this.first = new Uint32Array(capacity);
  }

  /** The contents (shared, not copied): stop using this counter once handed over. */
  state(): RowKeyCounterState {
    return { hi: this.hi, lo: this.lo, count: this.count, first: this.first, size: this.size };
  }

  /** A counter carrying on from `state`. */
  static fromState(state: RowKeyCounterState): RowKeyCounter {
    const counter = new RowKeyCounter(1);
    counter.hi = state.hi;
    counter.lo = state.lo;
    counter.count = state.count;
    counter.first = state.first;
    counter.size = state.size;
    return counter;
  }

  /** Records one occurrence; returns how many there have been (1 the first time) and the first row. */
  add(hi: number, lo: number, row: number): { occurrence: number; firstRow: number } {
    if ((this.size + 1) * 2 > this.count.length) this.grow();
    const slot = this.find(hi >>> 0, lo >>> 0);
    const n = this.count[slot] ?? 0;
    if (n === 0) {
      this.hi[slot] = hi >>> 0;
      this.lo[slot] = lo >>> 0;
      this.first[slot] = row;
      this.size++;
    }
    this.count[slot] = n + 1;
    return { occurrence: n + 1, firstRow: this.first[slot] ?? row };
  }

  private find(hi: number, lo: number): number {
    const mask = this.count.length - 1;
    let slot = (Math.imul(lo ^ hi, 0x9e3779b1) >>> 0) & mask;
    while ((this.count[slot] ?? 0) !== 0 && (this.hi[slot] !== hi || this.lo[slot] !== lo)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { hi, lo, count, first } = this;
    const capacity = count.length * 2;
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.count = new Uint32Array(capacity);
    this.first = new Uint32Array(capacity);
    for (let i = 0; i < count.length; i++) {
      const n = count[i] ?? 0;
      if (n === 0) continue;
      const slot = this.find(hi[i] ?? 0, lo[i] ?? 0);
      this.hi[slot] = hi[i] ?? 0;
      this.lo[slot] = lo[i] ?? 0;
      this.count[slot] = n;
      this.first[slot] = first[i] ?? 0;
    }
  }
}

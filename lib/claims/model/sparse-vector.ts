/**
 * A sentence's features as slot/value pairs, filled in place and reused from one sentence to the
 * next (most sentences are not claims, and allocating per sentence would dominate the run time).
 */
export class SparseVector {
  slots: Int32Array;
  values: Float64Array;
  length = 0;

  constructor(capacity = 256) {
    this.slots = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
  }

  clear(): void {
    this.length = 0;
  }

  add(slot: number, value: number): void {
    if (value === 0) return;
    if (this.length === this.slots.length) this.grow();
    this.slots[this.length] = slot;
    this.values[this.length] = value;
    this.length++;
  }

  /** A slot whose value `setValues` gives later (several features sharing one value). */
  addSlot(slot: number): void {
    if (this.length === this.slots.length) this.grow();
    this.slots[this.length] = slot;
    this.length++;
  }

  /** Gives every slot from index `from` on the (non-zero) `value`. */
  setValues(from: number, value: number): void {
    this.values.fill(value, from, this.length);
  }

  private grow(): void {
    const slots = new Int32Array(this.length * 2);
    slots.set(this.slots);
    const values = new Float64Array(this.length * 2);
    values.set(this.values);
    this.slots = slots;
    this.values = values;
  }

  /** A compact copy, for training sets that keep every sentence's vector. */
  copy(): { slots: Int32Array; values: Float32Array } {
    return { slots: this.slots.slice(0, this.length), values: Float32Array.from(this.values.subarray(0, this.length)) };
  }
}

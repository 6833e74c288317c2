// The language server's one invalidation rule: a cached value is reused only while every input it
// was computed from is identical (===) to the current one. Inputs are values that are replaced,
// never mutated (the settings, a folder's config, a document's version, the date), or the
// revision number of the one mutable input, the workspace index (state/workspace-index.ts).

/** Whether two lists of inputs are the same, element by element (===). */
export function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((input, i) => input === b[i]);
}

/** One cached value with the inputs it was computed from. */
export class Memo<T> {
  private last: { inputs: readonly unknown[]; value: T } | undefined;

  /** The value for `inputs`: the cached one when they are the same (sameInputs) as last time, else `compute()`'s, cached. */
  get(inputs: readonly unknown[], compute: () => T): T {
    if (this.last && sameInputs(this.last.inputs, inputs)) return this.last.value;
    const value = compute();
    this.last = { inputs, value };
    return value;
  }
}

/** Thrown when the user cancels a long step (取消). */
export class ImportCancelled extends Error {
  override readonly name = 'ImportCancelled'
  constructor() {
    super('已取消')
  }
}

const SLICE_MS = 25

const nextTask = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0)
  })

/**
 * Runs a step generator (it yields its progress, 0–1) on the UI thread in slices of about 25 ms,
 * handing the thread back to the page between slices, so that checking 100,000 rows never
 * freezes it and 取消 is heard.
 */
export async function runInSlices<T>(
  steps: Generator<number, T, void>,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<T> {
  for (;;) {
    const started = performance.now()
    let next = steps.next()
    while (!next.done && performance.now() - started < SLICE_MS) next = steps.next()
    if (next.done) return next.value
    options.onProgress?.(next.value)
    await nextTask()
    if (options.signal?.aborted) throw new ImportCancelled()
  }
}

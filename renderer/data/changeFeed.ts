import type { KindName } from '../../shared/kinds'

export interface DataChange {
  readonly kind: KindName
  readonly ids: readonly string[]
}

type Listener = (change: DataChange) => void

/** A tiny event emitter for committed writes, owned by the database instance. */
export class ChangeFeed {
  private readonly listeners = new Set<Listener>()

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit(change: DataChange): void {
    for (const listener of this.listeners) listener(change)
  }
}

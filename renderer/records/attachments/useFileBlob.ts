import { useEffect, useState } from 'react'
import { useDataApi } from '../../data/api'

export type FileBlob =
  | { readonly state: 'loading' }
  | { readonly state: 'missing' }
  | { readonly state: 'ready'; readonly blob: Blob; readonly url: string }

interface Loaded {
  readonly id: string
  readonly file: FileBlob
}

const LOADING: FileBlob = { state: 'loading' }

/**
 * The bytes of an attached file and an object URL for them, revoked when no longer shown.
 * `missing` when this PC does not have the file (a record that came without it).
 */
export function useFileBlob(id: string | undefined): FileBlob {
  const api = useDataApi()
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined)
  useEffect(() => {
    if (id === undefined) return
    const stop = new AbortController()
    let url: string | undefined
    void api.readFile(id).then((blob) => {
      if (stop.signal.aborted) return
      if (blob) url = URL.createObjectURL(blob)
      setLoaded({
        id,
        file: blob && url ? { state: 'ready', blob, url } : { state: 'missing' },
      })
    })
    return () => {
      stop.abort()
      if (url) URL.revokeObjectURL(url)
    }
  }, [api, id])
  // An answer for another file (the previous one shown) is not this file's.
  return loaded !== undefined && loaded.id === id ? loaded.file : LOADING
}

/** The full results of a search across kinds (the top bar's 查看全部). */
export const searchPath = (text: string) => `/search?q=${encodeURIComponent(text)}`

/** How many matches the top bar's search shows before it offers 查看全部. */
export const GLOBAL_SEARCH_SHOWN = 20

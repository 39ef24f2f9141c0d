/** The app's IndexedDB database. A module of its own: the first module to run needs it alone. */
export const DATABASE_NAME = 'xiezhi'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // IndexedDB for Dexie in Node, installed before any module (Dexie reads it when first loaded).
    setupFiles: ['fake-indexeddb/auto'],
    // Seeding thousands of records into fake-indexeddb takes seconds on a busy 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})

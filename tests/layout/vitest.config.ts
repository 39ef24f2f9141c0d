import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/**
 * The layout conformance tests: render documents with LibreOffice and measure the PDF. Run with
 * `vitest run --config tests/layout/vitest.config.ts`. LibreOffice's first start in a fresh
 * profile takes several seconds and each conversion about one, hence the long timeouts; at
 * most two files at once because each runs its own soffice on a 2-core machine.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/layout/**/*.test.ts'],
    // One conversion before the parallel ones (see lib/warmUp.ts).
    globalSetup: ['tests/layout/lib/warmUp.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: true,
    maxWorkers: 2,
    env: {
      // The 公文 font names mapped to the Noto CJK and AR PL faces (see fonts.conf).
      FONTCONFIG_FILE: fileURLToPath(new URL('./fonts.conf', import.meta.url)),
    },
  },
})

import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import rendererConfig from './renderer/vite.config'

export default defineConfig({
  // Everything is bundled: the package ships without node_modules (electron-builder.yml).
  main: {
    build: {
      externalizeDeps: false,
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
})

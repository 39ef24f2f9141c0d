import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { flipFuses, getCurrentFuseWire, type FuseConfig } from '@electron/fuses'
import { PlatformPackager, type Configuration, type FuseOptionsV1 } from 'app-builder-lib'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { describe, expect, it } from 'vitest'

/**
 * The packaging configuration, read and checked by electron-builder's own code: the schema
 * accepts it, and the fuses it sets land in an Electron binary as intended. No Electron binary
 * can be downloaded here, so a stand-in file carries Electron's fuse wire.
 */

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url))

const EXPECTED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
} satisfies Required<Omit<FuseOptionsV1, 'resetAdHocDarwinSignature'>>

async function loadConfig(): Promise<Configuration> {
  return getConfig(projectRoot, 'electron-builder.yml', null)
}

/** The fuse options electron-builder's schema knows (all but the macOS signing switch). */
function schemaFuseKeys(): string[] {
  const schema = JSON.parse(
    readFileSync(join(projectRoot, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
  ) as { definitions: { FuseOptionsV1: { properties: Record<string, unknown> } } }
  return Object.keys(schema.definitions.FuseOptionsV1.properties)
    .filter((key) => key !== 'resetAdHocDarwinSignature')
    .sort()
}

/**
 * Electron's fuse wire as it ships (build/fuses/fuses.json5 in Electron): a sentinel, version 1,
 * the number of fuses, then one ASCII '0' or '1' each, in this order.
 */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const ELECTRON_DEFAULTS = {
  runAsNode: '1',
  cookieEncryption: '0',
  nodeOptions: '1',
  nodeCliInspect: '1',
  embeddedAsarIntegrityValidation: '0',
  onlyLoadAppFromAsar: '0',
  loadBrowserProcessSpecificV8Snapshot: '0',
  grantFileProtocolExtraPrivileges: '1',
  wasmTrapHandlers: '1',
}

function fakeElectronBinary(): Buffer {
  const wire = Object.values(ELECTRON_DEFAULTS).join('')
  return Buffer.concat([
    Buffer.from('\x7fELF not really a program '),
    Buffer.from(SENTINEL),
    Buffer.from([1, wire.length]),
    Buffer.from(wire),
    Buffer.from(' more of the program'),
  ])
}

/** The fuse wire electron-builder builds from its config (a private step of its packager). */
async function fuseConfigFor(fuses: FuseOptionsV1): Promise<FuseConfig> {
  const packager = PlatformPackager.prototype as unknown as {
    generateFuseConfig(options: FuseOptionsV1): Promise<FuseConfig>
  }
  return packager.generateFuseConfig(fuses)
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema', async () => {
    const config = await loadConfig()
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('sets every fuse electron-builder knows, explicitly', async () => {
    const config = await loadConfig()
    expect(config.electronFuses).toEqual(EXPECTED_FUSES)
    expect(Object.keys(EXPECTED_FUSES).sort()).toEqual(schemaFuseKeys())
  })

  it('turns Node.js and the debugger off and asar checks on in the packaged program', async () => {
    const config = await loadConfig()
    const dir = await mkdtemp(join(tmpdir(), 'xiezhi-fuses-'))
    try {
      const binary = join(dir, 'xiezhi')
      await writeFile(binary, fakeElectronBinary())
      await flipFuses(binary, await fuseConfigFor(config.electronFuses ?? {}))
      const wire = await getCurrentFuseWire(binary)
      const state = (index: number) => String.fromCharCode(Number(wire[index as 0]))
      expect({
        runAsNode: state(0),
        cookieEncryption: state(1),
        nodeOptions: state(2),
        nodeCliInspect: state(3),
        embeddedAsarIntegrityValidation: state(4),
        onlyLoadAppFromAsar: state(5),
        loadBrowserProcessSpecificV8Snapshot: state(6),
        grantFileProtocolExtraPrivileges: state(7),
        // Not known to electron-builder 26.17's @electron/fuses: stays at Electron's default.
        wasmTrapHandlers: state(8),
      }).toEqual({
        runAsNode: '0',
        cookieEncryption: '0',
        nodeOptions: '0',
        nodeCliInspect: '0',
        embeddedAsarIntegrityValidation: '1',
        onlyLoadAppFromAsar: '1',
        loadBrowserProcessSpecificV8Snapshot: '0',
        grantFileProtocolExtraPrivileges: '0',
        wasmTrapHandlers: '1',
      })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('packs the app into an asar, which the fuses require', async () => {
    const config = await loadConfig()
    expect(config.asar).toBe(true)
  })
})

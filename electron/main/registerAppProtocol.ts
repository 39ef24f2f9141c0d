import { protocol } from 'electron'
import { APP_SCHEME } from './appOrigin'
import { createAppRequestHandler, readRegularFile } from './appProtocol'

/**
 * Must run before the app is ready: a standard, secure scheme gets a real origin (so IndexedDB,
 * fetch and module scripts work as on https), unlike file://. CORS stays off, so no other
 * origin can read the app's files.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

/** Serves app://xiezhi/… from the built renderer folder. Call once the app is ready. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir, readRegularFile))
}

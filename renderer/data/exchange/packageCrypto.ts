import {
  MIN_PBKDF2_ITERATIONS,
  type PackageEnvelope,
} from '../../../shared/exchange/packageManifest'

/**
 * Password protection of a package (it travels on USB drives): AES-GCM, with the key derived from
 * the password by PBKDF2-SHA256 over a random salt, all in Web Crypto. GCM's tag makes a wrong
 * password and a changed byte fail alike, before anything is read.
 */

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')

function fromHex(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(text.length / 2)
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = Number.parseInt(text.slice(i * 2, i * 2 + 2), 16)
  return bytes
}

async function deriveKey(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveKey'],
  )
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

export async function encryptPackage(
  plain: Uint8Array<ArrayBuffer>,
  password: string,
  iterations = MIN_PBKDF2_ITERATIONS,
): Promise<{ encryption: PackageEnvelope['encryption']; bytes: Uint8Array<ArrayBuffer> }> {
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const key = await deriveKey(password, salt, iterations)
  const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain)
  return {
    encryption: {
      cipher: 'AES-GCM',
      kdf: 'PBKDF2-SHA256',
      iterations,
      salt: hex(salt),
      iv: hex(iv),
    },
    bytes: new Uint8Array(cipher),
  }
}

/** The plain bytes, or undefined when the password is wrong (or the bytes were changed). */
export async function decryptPackage(
  cipher: Uint8Array<ArrayBuffer>,
  encryption: PackageEnvelope['encryption'],
  password: string,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const key = await deriveKey(password, fromHex(encryption.salt), encryption.iterations)
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromHex(encryption.iv) },
      key,
      cipher,
    )
    return new Uint8Array(plain)
  } catch {
    return undefined
  }
}

/**
 * Assertions that say what was measured: a failing layout test reads "mark top edge measured
 * 75.20 mm, expected 72±1", which is what the engine's author needs. Every measurement is
 * also appended to test-results/layout/measurements.txt for the run's report.
 */
import { appendFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { OUTPUT_DIR } from './document'
import { r2 } from './measure'

function log(line: string): void {
  mkdirSync(OUTPUT_DIR, { recursive: true })
  appendFileSync(join(OUTPUT_DIR, 'measurements.txt'), `${line}\n`)
}

/** `measured` within `expected ± tolerance` (mm unless `unit` says otherwise). */
export function expectNear(
  label: string,
  measured: number | undefined,
  expected: number,
  tolerance: number,
  unit = 'mm',
): void {
  const message = `${label} measured ${measured === undefined ? 'nothing' : `${String(r2(measured))} ${unit}`}, expected ${String(r2(expected))}±${String(r2(tolerance))} ${unit}`
  log(
    `${Math.abs((measured ?? Infinity) - expected) <= tolerance + 1e-9 ? 'ok  ' : 'FAIL'} ${message}`,
  )
  expect(measured, message).toBeDefined()
  expect(Math.abs((measured ?? Infinity) - expected), message).toBeLessThanOrEqual(tolerance + 1e-9)
}

/** An exact value (a count, a page number, a text). */
export function expectEqual<T>(label: string, measured: T, expected: T): void {
  const message = `${label} measured ${JSON.stringify(measured)}, expected ${JSON.stringify(expected)}`
  log(`${JSON.stringify(measured) === JSON.stringify(expected) ? 'ok  ' : 'FAIL'} ${message}`)
  expect(measured, message).toEqual(expected)
}

/** A condition with a message that carries the measured numbers. */
export function expectTrue(label: string, condition: boolean, measuredDescription: string): void {
  const message = `${label}: ${measuredDescription}`
  log(`${condition ? 'ok  ' : 'FAIL'} ${message}`)
  expect(condition, message).toBe(true)
}

/** Something the tests need before they can measure (a page, a line): fail with what is missing. */
export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) {
    log(`FAIL not found: ${what}`)
    throw new Error(`not found: ${what}`)
  }
  return value
}

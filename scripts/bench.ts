/**
 * `npm run bench`: the speed budgets, measured where they matter.
 *  - Lists and searches over 100,000 enterprises: the app's data layer on Chromium's IndexedDB
 *    (Debian's /usr/bin/chromium, headless), through a bench-only page.
 * Prints each figure with its budget and exits 1 when one is over.
 * BENCH_COUNT sets the number of enterprises (default 100000).
 */
import { chromium } from '@playwright/test'
import { build, preview } from 'vite'
import type { ListQuery } from '../renderer/data/queries'
import { SeededRandom } from '../shared/samples/random'
import { sampleEnterprises } from '../shared/samples/enterprises'

interface Measure {
  readonly name: string
  readonly ms: number
  readonly budgetMs: number
  readonly note?: string
}

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000)
const configFile = 'scripts/bench/vite.config.ts'
const results: Measure[] = []

function record(name: string, ms: number, budgetMs: number, note?: string) {
  results.push({ name, ms, budgetMs, ...(note ? { note } : {}) })
  const flag = ms <= budgetMs ? 'ok  ' : 'OVER'
  console.log(
    `${flag} ${name.padEnd(44)} ${ms.toFixed(1).padStart(9)} ms  (budget ${budgetMs} ms)${note ? `  ${note}` : ''}`,
  )
}

async function listBenchmarks() {
  console.log(`\n— 企业库: ${COUNT.toLocaleString('en')} enterprises in Chromium IndexedDB —`)
  await build({ configFile, logLevel: 'warn' })
  const server = await preview({ configFile, preview: { port: 5199, strictPort: true } })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
  })
  try {
    const page = await browser.newPage()
    await page.goto('http://localhost:5199/')
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached' })
    type Api = {
      seed(count: number, chunk: number): Promise<number>
      reopen(): Promise<void>
      list(query: ListQuery): Promise<{ ms: number; total: number; rows: number }>
      count(): Promise<{ ms: number; total: number }>
      editFirstAndRelist(): Promise<{ ms: number }>
    }
    const call = <R>(fn: (api: Api) => Promise<R>) =>
      page.evaluate<R>(`(${fn.toString()})(window.xiezhiBench)`)

    const seedMs = await page.evaluate(
      ([count]) => (window as unknown as { xiezhiBench: Api }).xiezhiBench.seed(count ?? 0, 5000),
      [COUNT],
    )
    record(
      'seed: create all (write path, 5000 a transaction)',
      seedMs,
      600_000,
      `${Math.round(COUNT / (seedMs / 1000))} records/s`,
    )

    const list = async (name: string, query: ListQuery, budget: number, cold: boolean) => {
      if (cold) await call((api) => api.reopen())
      const result = await page.evaluate(
        (q) => (window as unknown as { xiezhiBench: Api }).xiezhiBench.list(q),
        query,
      )
      if (result.rows === 0 && result.total > 0) throw new Error(`${name}: empty page`)
      record(name, result.ms, budget, `total ${result.total}`)
    }
    const counted = await call((api) => api.count())
    if (counted.total !== COUNT) throw new Error(`expected ${COUNT}, counted ${counted.total}`)
    record('count live enterprises', counted.ms, 300)

    const base = { offset: 0, limit: 50 }
    await list('list page 1, newest first (cold)', base, 1500, true)
    await list('list page 2, newest first (warm)', { ...base, offset: 50 }, 150, false)
    await list(
      'list a middle page, newest first (warm)',
      { ...base, offset: Math.floor(COUNT / 100) * 50 },
      250,
      false,
    )
    const byName = { ...base, sort: { field: 'name', direction: 'asc' as const } }
    await list('list sorted by 拼音 name (cold)', byName, 1500, true)
    await list('list sorted by 拼音 name, page 2 (warm)', { ...byName, offset: 50 }, 150, false)
    await list(
      'filter 所属区 (one district)',
      { ...base, filters: { district: ['河西区'] } },
      800,
      false,
    )
    await list(
      'filter 所属区 + 规模 + 标签',
      {
        ...base,
        filters: { district: ['河西区', '南开区'], scale: ['中型'], tags: ['高新技术企业'] },
      },
      800,
      false,
    )

    const target = sampleEnterprises(new SeededRandom(2023_03_23), Math.min(COUNT, 5000)).at(-1)
    if (!target) throw new Error('no target')
    await list(
      'search part of a name (4 characters)',
      { ...base, search: target.name.slice(2, 6) },
      500,
      false,
    )
    await list('search a common word (科技)', { ...base, search: '科技' }, 1200, false)
    await list(
      'search part of a credit code (8 characters)',
      { ...base, search: target.creditCode.slice(6, 14) },
      500,
      false,
    )
    const edited = await call((api) => api.editFirstAndRelist())
    record('edit one record, then list page 1 again', edited.ms, 1500)
  } finally {
    await browser.close()
    await new Promise<void>((done) => server.httpServer.close(() => done()))
  }
}

await listBenchmarks()
const over = results.filter((r) => r.ms > r.budgetMs)
console.log(
  over.length === 0 ? '\nAll figures within budget.' : `\n${over.length} figure(s) over budget.`,
)
process.exit(over.length === 0 ? 0 : 1)

import { chromium } from '@playwright/test'
import { build } from 'vite'
import { serveStatic } from '/work/main/scripts/bench/staticServer.ts'
await build({
  configFile: 'scripts/bench/vite.config.ts',
  logLevel: 'warn',
  build: { minify: false, outDir: '/tmp/bench-prof' },
})
const server = await serveStatic(5197, { '/': '/tmp/bench-prof/' })
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
})
const page = await browser.newPage()
await page.goto('http://localhost:5197/')
await page.waitForSelector('body[data-ready="true"]', { state: 'attached' })
await page.evaluate(() => (window as any).xiezhiBench.seed(500, 500))
const s = await page.context().newCDPSession(page)
await s.send('Profiler.enable')
await s.send('Profiler.setSamplingInterval', { interval: 500 })
await s.send('Profiler.start')
const ms = await page.evaluate(() => (window as any).xiezhiBench.seedMore(5000))
const { profile } = (await s.send('Profiler.stop')) as any
console.log('seed 5000 ms', ms)
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const total = new Map<string, number>()
const self = new Map<string, number>()
const dt = profile.timeDeltas as number[]
profile.samples.forEach((id: number, i: number) => {
  const seen = new Set<string>()
  const n0: any = byId.get(id)
  const k0 = `${n0.callFrame.functionName || '(anon)'}`
  self.set(k0, (self.get(k0) ?? 0) + (dt[i] ?? 0) / 1000)
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n: any = byId.get(cur)
    const key = `${n.callFrame.functionName || '(anon)'}`
    if (seen.has(key)) continue
    seen.add(key)
    total.set(key, (total.get(key) ?? 0) + (dt[i] ?? 0) / 1000)
  }
})
console.log(
  [...total]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 45)
    .map(([k, v]) => `${v.toFixed(0)}ms ${k}`)
    .join('\n'),
)
console.log('--- self')
console.log(
  [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${v.toFixed(0)}ms ${k}`)
    .join('\n'),
)
await browser.close()
server.close()

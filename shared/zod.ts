import { z } from 'zod'

// Every module takes zod from here, so these settings are always applied before any schema runs:
// jitless keeps zod from probing `new Function` (the CSP forbids eval and would log a violation),
// and the zh-CN locale gives Chinese messages wherever a schema has no message of its own.
z.config(z.locales.zhCN())
z.config({ jitless: true })

export { z }
export type { ZodType } from 'zod'

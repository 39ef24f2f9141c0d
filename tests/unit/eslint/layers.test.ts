import { RuleTester } from 'eslint'
import { describe, it } from 'vitest'
import layers from '../../../eslint/layers.js'

RuleTester.describe = describe
RuleTester.it = it
RuleTester.itOnly = it.only

const root = '/repo'
const options = [
  {
    root,
    layers: [
      { name: 'shared', files: ['shared'], may: ['shared'], packages: ['zod'] },
      {
        name: 'renderer/features/a',
        files: ['renderer/features/a'],
        may: ['shared', 'renderer/data/api', 'renderer/features/a'],
      },
    ],
  },
]
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2024, sourceType: 'module' } })
const rule = layers.rules['allowed-imports']

tester.run('layers/allowed-imports', rule, {
  valid: [
    { filename: `${root}/shared/kinds/x.ts`, code: "import { z } from 'zod'", options },
    { filename: `${root}/shared/kinds/x.ts`, code: "import { y } from '../domain/y'", options },
    { filename: `${root}/renderer/features/a/p.ts`, code: "import { q } from './q'", options },
    {
      filename: `${root}/renderer/features/a/p.ts`,
      code: "export { useDataApi } from '../../data/api'",
      options,
    },
  ],
  invalid: [
    {
      filename: `${root}/shared/kinds/x.ts`,
      code: "import { useState } from 'react'",
      options,
      errors: [{ messageId: 'package' }],
    },
    {
      filename: `${root}/renderer/features/a/p.ts`,
      code: "import { other } from '../b/other'",
      options,
      errors: [{ messageId: 'folder' }],
    },
    {
      filename: `${root}/renderer/features/a/p.ts`,
      code: "const db = import('../../data/database')",
      options,
      errors: [{ messageId: 'folder' }],
    },
    {
      filename: `${root}/shared/x.ts`,
      code: "import spec from '../../shared/spec/BRIEF.md'",
      options,
      errors: [{ messageId: 'outside' }],
    },
    {
      filename: `${root}/renderer/unlisted/x.ts`,
      code: 'export const x = 1',
      options,
      errors: [{ messageId: 'uncovered' }],
    },
  ],
})

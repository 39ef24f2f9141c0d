import type { Rule } from 'eslint'

export interface Layer {
  readonly name: string
  readonly files: readonly string[]
  readonly may: readonly string[]
  readonly packages?: readonly string[]
}

declare const plugin: { rules: { 'allowed-imports': Rule.RuleModule } }
export default plugin

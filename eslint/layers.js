// @ts-check
import { relative, resolve, dirname, sep } from 'node:path'

/**
 * `layers/allowed-imports`: which folder may import which, as allow-lists (VS Code's
 * code-layering rule in spirit). Every linted file must belong to a layer; a relative import
 * must land in one of its layer's allowed folders; a package import, where the layer lists
 * packages, must be one of them. Nothing imports from outside the repository.
 *
 * @typedef {{ name: string, files: string[], may: string[], packages?: string[] }} Layer
 */

/** @param {string} path @param {string} prefix */
const within = (path, prefix) => prefix === '' || path === prefix || path.startsWith(`${prefix}/`)

/** @param {string} source */
const packageOf = (source) =>
  source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : (source.split('/')[0] ?? '')

/** @type {import('eslint').Rule.RuleModule} */
const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'imports follow the layer allow-lists' },
    schema: [{ type: 'object', additionalProperties: true }],
    messages: {
      uncovered: 'No layer covers {{file}}: add it to the layers in eslint.config.js.',
      outside: '{{file}} imports {{source}}, outside the repository.',
      folder: '{{layer}} may not import {{target}}; it may import: {{allowed}}.',
      package: '{{layer}} may not use the package {{source}}; it may use: {{allowed}}.',
    },
  },
  create(context) {
    const { root, layers } = /** @type {{ root: string, layers: Layer[] }} */ (context.options[0])
    const file = relative(root, context.filename).split(sep).join('/')
    const layer = layers.find((l) => l.files.some((prefix) => within(file, prefix)))
    if (!layer) {
      return {
        Program(node) {
          context.report({ node, messageId: 'uncovered', data: { file } })
        },
      }
    }
    /** @param {import('estree').Node} node @param {unknown} value */
    const check = (node, value) => {
      if (typeof value !== 'string') return
      if (value.startsWith('.')) {
        const target = relative(root, resolve(dirname(context.filename), value))
          .split(sep)
          .join('/')
        if (target.startsWith('..')) {
          context.report({ node, messageId: 'outside', data: { file, source: value } })
        } else if (!layer.may.some((prefix) => within(target, prefix))) {
          context.report({
            node,
            messageId: 'folder',
            data: { layer: layer.name, target, allowed: layer.may.join(', ') },
          })
        }
        return
      }
      if (
        layer.packages &&
        !value.startsWith('node:') &&
        !layer.packages.includes(packageOf(value))
      ) {
        context.report({
          node,
          messageId: 'package',
          data: { layer: layer.name, source: value, allowed: layer.packages.join(', ') },
        })
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    }
  },
}

export default { rules: { 'allowed-imports': allowedImports } }

import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { RecordNotFoundError, userMessage } from '../../../renderer/data/errors'
import { HlcError } from '../../../shared/domain/hlc'

describe('userMessage', () => {
  it('says in Chinese that the disk is full, however the quota error is wrapped', () => {
    const quota = new Dexie.QuotaExceededError('The quota has been exceeded.')
    expect(userMessage(quota)).toMatch(/^本机存储空间已满，修改没有保存/)
    const wrapped = new Dexie.AbortError('Transaction aborted', quota)
    expect(userMessage(wrapped)).toMatch(/^本机存储空间已满/)
    const dom = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    expect(userMessage(dom)).toMatch(/^本机存储空间已满/)
  })

  it('passes on the messages that are already Chinese', () => {
    expect(userMessage(new RecordNotFoundError('x'))).toBe('记录不存在或已被删除')
    expect(userMessage(new HlcError('本机的修改时钟记录已损坏（x），请联系技术支持'))).toContain(
      '时钟记录已损坏',
    )
  })

  it('never shows English: unknown errors are named by their type only', () => {
    expect(userMessage(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(
      '操作失败，发生了意外错误（TypeError）',
    )
    expect(userMessage(new Error('Something broke'))).toBe('操作失败，发生了意外错误')
    expect(userMessage('plain text')).toBe('操作失败，发生了意外错误')
    expect(userMessage(new Dexie.DatabaseClosedError())).toMatch(/^数据库连接已关闭/)
    expect(
      userMessage(new TypeError('Failed to fetch dynamically imported module: /assets/x.js')),
    ).toBe('页面文件加载失败（协知可能刚刚更新），请重新加载')
  })
})

import { describe, expect, it, vi } from 'vitest'
import { printWithWordProcessor, type PrintSystem } from '../../../electron/main/printDocument'

function system(
  overrides: Partial<Omit<PrintSystem, 'run' | 'find' | 'openPath'>> & {
    run?: PrintSystem['run']
    find?: PrintSystem['find']
    openPath?: PrintSystem['openPath']
  } = {},
) {
  return {
    platform: overrides.platform ?? 'linux',
    run: vi.fn<PrintSystem['run']>(overrides.run ?? (() => Promise.resolve())),
    find: vi.fn<PrintSystem['find']>(overrides.find ?? (() => Promise.resolve(undefined))),
    openPath: vi.fn<PrintSystem['openPath']>(overrides.openPath ?? (() => Promise.resolve(''))),
  }
}

const file = 'C:\\Users\\张三\\Documents\\津知发〔2026〕3号 关于$(calc)的通知 [1].docx'

describe('printing a saved .docx', () => {
  it('on Windows uses the print verb, the path in the environment and never in the script', async () => {
    const fake = system({ platform: 'win32' })
    const outcome = await printWithWordProcessor(file, fake)
    expect(outcome.ok).toBe(true)
    expect(outcome.message).toContain('WPS 或 Word')
    const [program, args, env] = fake.run.mock.calls[0] ?? []
    expect(program).toBe('powershell.exe')
    expect(args?.join(' ')).toContain('$info.Verb = "print"')
    expect(args?.join(' ')).not.toContain('calc')
    expect(env).toEqual({ XIEZHI_PRINT_FILE: file })
  })

  it('on Windows explains a missing word processor in Chinese', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const fake = system({
      platform: 'win32',
      run: () => Promise.reject(new Error('No application is associated')),
    })
    expect(await printWithWordProcessor(file, fake)).toEqual({
      ok: false,
      message:
        '没有找到能打印 Word 文件的程序，请安装 WPS 或 Microsoft Word 后重试，或打开文件后手动打印',
    })
  })

  it('on Linux prints with LibreOffice when it is installed', async () => {
    const fake = system({
      find: (command) => Promise.resolve(command === 'soffice' ? '/usr/bin/soffice' : undefined),
    })
    const outcome = await printWithWordProcessor('/home/张三/通知.docx', fake)
    expect(outcome).toEqual({
      ok: true,
      message: '已交给 LibreOffice 打印“通知.docx”，请到打印机取件',
    })
    expect(fake.run).toHaveBeenCalledWith('/usr/bin/soffice', ['-p', '/home/张三/通知.docx'], {})
    expect(fake.openPath).not.toHaveBeenCalled()
  })

  it('on Linux without LibreOffice opens the file and says to print it there', async () => {
    const fake = system()
    const outcome = await printWithWordProcessor('/home/张三/通知.docx', fake)
    expect(outcome).toEqual({
      ok: true,
      message: '已用默认程序打开“通知.docx”，请在其中按 Ctrl+P 打印',
    })
    expect(fake.run).not.toHaveBeenCalled()
    expect(fake.openPath).toHaveBeenCalledWith('/home/张三/通知.docx')
  })

  it('says so when nothing can open the file', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const fake = system({ openPath: () => Promise.resolve('no handler') })
    expect((await printWithWordProcessor('/tmp/a.docx', fake)).ok).toBe(false)
  })
})

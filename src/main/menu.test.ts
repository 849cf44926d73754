import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { APP_COMMANDS, type AppCommand } from '../shared/desktop'
import { contextMenuTemplate, type ContextMenuFacts } from './context-menu'
import { applicationMenuTemplate } from './menu'

vi.mock('electron', async () =>
  (await import('../../test-support/electron/fake-electron')).createFakeElectron(),
)

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [
    item,
    ...flatten(Array.isArray(item.submenu) ? (item.submenu as MenuItemConstructorOptions[]) : []),
  ])

function menu(platform: NodeJS.Platform, packaged: boolean) {
  const sent: AppCommand[] = []
  const template = applicationMenuTemplate({
    platform,
    packaged,
    actions: { send: (command) => sent.push(command), showDataFolder: () => {} },
  })
  return { template, items: flatten(template), sent }
}

describe('applicationMenuTemplate', () => {
  it('has Briefpack’s own menus, and no Reload or developer tools when packaged', () => {
    const packaged = menu('linux', true)
    expect(packaged.template.map((item) => item.label)).toEqual([
      '&File',
      '&Edit',
      '&Annotate',
      '&View',
      '&Help',
    ])
    const roles = packaged.items.map((item) => item.role)
    expect(roles).not.toContain('reload')
    expect(roles).not.toContain('toggleDevTools')
    expect(roles).toEqual(
      expect.arrayContaining([
        'quit',
        'cut',
        'copy',
        'paste',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'about',
      ]),
    )
    expect(menu('linux', false).items.map((item) => item.role)).toContain('toggleDevTools')
  })

  it('follows macOS: the app and window menus, Close in File, About in the app menu', () => {
    const mac = menu('darwin', true)
    expect(mac.template[0]).toEqual({ role: 'appMenu' })
    expect(mac.template.map((item) => item.role)).toContain('windowMenu')
    expect(mac.items.map((item) => item.role)).not.toContain('quit')
    expect(mac.items.map((item) => item.role)).not.toContain('about')
  })

  it('sends every command the page carries out, and registers no single-letter key', () => {
    const { items, sent } = menu('linux', true)
    for (const item of items)
      if (item.click && !item.role) item.click({} as never, undefined, {} as never)
    expect(new Set(sent)).toEqual(new Set(APP_COMMANDS))
    for (const item of items) {
      if (typeof item.accelerator === 'string' && /^[A-Z]$/.test(item.accelerator)) {
        expect(item.registerAccelerator, item.label).toBe(false)
      }
    }
    const accelerator = (label: string) => items.find((item) => item.label === label)?.accelerator
    expect(accelerator('Find…')).toBe('CmdOrCtrl+F')
    expect(accelerator('Export Briefing Pack…')).toBe('CmdOrCtrl+E')
    expect(accelerator('Keyboard Shortcuts')).toBe('CmdOrCtrl+/')
  })
})

describe('contextMenuTemplate', () => {
  const facts = (overrides: Partial<ContextMenuFacts>): ContextMenuFacts => ({
    isEditable: false,
    selectionText: '',
    linkURL: '',
    misspelledWord: '',
    dictionarySuggestions: [],
    editFlags: { canCut: false, canCopy: false, canPaste: true },
    ...overrides,
  })
  const run = (given: ContextMenuFacts) => {
    const done: string[] = []
    const template = contextMenuTemplate(given, {
      send: (command) => done.push(`send:${command}`),
      replaceMisspelling: (word) => done.push(`replace:${word}`),
      openLink: (url) => done.push(`open:${url}`),
      copyText: (text) => done.push(`copy:${text}`),
    })
    const click = (label: string) =>
      template.find((item) => item.label === label)!.click!({} as never, undefined, {} as never)
    return {
      template,
      done,
      click,
      labels: template.map((item) => item.label ?? item.role ?? item.type),
    }
  }

  it('offers copying, copying with citation and annotating on a selection', () => {
    const menu = run(facts({ selectionText: 'a passage' }))
    expect(menu.labels).toEqual([
      'copy',
      'Copy with Citation',
      'separator',
      'Highlight',
      'Tag…',
      'Note…',
      'Speaker…',
    ])
    menu.click('Tag…')
    menu.click('Copy with Citation')
    expect(menu.done).toEqual(['send:tag', 'send:copy-with-citation'])
  })

  it('offers spelling suggestions and editing in a text field', () => {
    const menu = run(
      facts({
        isEditable: true,
        misspelledWord: 'integraton',
        dictionarySuggestions: ['integration'],
        editFlags: { canCut: true, canCopy: true, canPaste: true },
      }),
    )
    expect(menu.labels).toEqual([
      'integration',
      'separator',
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ])
    menu.click('integration')
    expect(menu.done).toEqual(['replace:integration'])
  })

  it('opens web links in the browser, and offers nothing on plain page or other links', () => {
    const link = run(facts({ linkURL: 'https://www.communitycare.co.uk/' }))
    link.click('Open Link in Browser')
    link.click('Copy Link Address')
    expect(link.done).toEqual([
      'open:https://www.communitycare.co.uk/',
      'copy:https://www.communitycare.co.uk/',
    ])
    expect(run(facts({})).template).toEqual([])
    expect(run(facts({ linkURL: 'file:///etc/passwd' })).template).toEqual([])
  })
})

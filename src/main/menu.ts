import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { AppCommand } from '../shared/desktop'

/** What the application menu's own items do. */
export interface MenuActions {
  /** Hand a command to the page (the focused window's renderer). */
  send(command: AppCommand): void
  showDataFolder(): void
}

export interface MenuOptions {
  platform: NodeJS.Platform
  /** A packaged build has no Reload or developer tools. */
  packaged: boolean
  actions: MenuActions
}

/**
 * Briefpack's application menu. Set always: without one, Electron's default menu applies, with
 * Reload (which would drop a note being typed) and the developer tools.
 *
 * Undo and Redo are the app's own: the page undoes the text field's typing when one has focus, and
 * otherwise the last change to the student's work. The annotation keys (H, T, N, S) work only on
 * a selection in the reader, so they are shown but not registered: as accelerators they would
 * swallow those letters while typing.
 */
export function applicationMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { actions } = options
  const mac = options.platform === 'darwin'
  const command = (
    label: string,
    name: AppCommand,
    accelerator?: string,
    registered = true,
  ): MenuItemConstructorOptions => ({
    label,
    click: () => actions.send(name),
    ...(accelerator ? { accelerator, registerAccelerator: registered } : {}),
  })
  const separator: MenuItemConstructorOptions = { type: 'separator' }

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('Export Briefing Pack…', 'export-briefing', 'CmdOrCtrl+E'),
      separator,
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit Briefpack' },
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', 'Shift+CmdOrCtrl+Z'),
      ...(mac ? [] : [{ ...command('Redo', 'redo', 'Ctrl+Y'), visible: false }]),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      command('Copy with Citation', 'copy-with-citation', 'CmdOrCtrl+Shift+C'),
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command('Find…', 'find', 'CmdOrCtrl+F'),
      command('Find Next', 'find-next', 'CmdOrCtrl+G'),
      command('Find Previous', 'find-previous', 'CmdOrCtrl+Shift+G'),
    ],
  }
  const annotate: MenuItemConstructorOptions = {
    label: '&Annotate',
    submenu: [
      command('Highlight', 'highlight', 'H', false),
      command('Tag…', 'tag', 'T', false),
      command('Note…', 'note', 'N', false),
      command('Speaker…', 'speaker', 'S', false),
    ],
  }
  const developer: MenuItemConstructorOptions[] = options.packaged
    ? []
    : [separator, { role: 'reload' }, { role: 'toggleDevTools' }]
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      // The same key without Shift, as on a US keyboard, where + is Shift+=.
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+=', visible: false },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...developer,
    ],
  }
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      command('Keyboard Shortcuts', 'keyboard-shortcuts', 'CmdOrCtrl+/'),
      { label: 'Show Data Folder', click: () => actions.showDataFolder() },
      // macOS has About in the app menu; elsewhere Electron's about panel (app.setAboutPanelOptions).
      ...(mac ? [] : [separator, { role: 'about' as const, label: 'About Briefpack' }]),
    ],
  }
  return [
    ...(mac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    file,
    edit,
    annotate,
    view,
    ...(mac ? [{ role: 'windowMenu' } as MenuItemConstructorOptions] : []),
    help,
  ]
}

/** Build the menu and make it the application's, before any window opens. */
export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(options)))
}

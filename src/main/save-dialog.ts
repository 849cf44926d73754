import { existsSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { dialog, type BrowserWindow, type SaveDialogOptions } from 'electron'

/**
 * The name the student typed, with the pack's extension added when it is missing: a GTK save
 * dialog returns the name as typed, and a pack saved as "Essay" would open in nothing.
 */
export function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === extension.toLowerCase() ? path : `${path}${extension}`
}

/** The save dialog for a pack named `fileName`, proposed in `folder`. */
export function packSaveDialogOptions(fileName: string, folder: string): SaveDialogOptions {
  const extension = extname(fileName).slice(1).toLowerCase()
  return {
    title: 'Save the briefing pack',
    defaultPath: join(folder, fileName),
    buttonLabel: 'Save',
    filters: [{ name: `${extension.toUpperCase()} document`, extensions: [extension] }],
    // macOS and Windows always ask before replacing a file; GTK only when told to.
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  }
}

/**
 * Ask where to save a pack; null when the student cancels. When the extension had to be added,
 * the dialog never saw the real name, so replacing a file of that name is confirmed here.
 */
export async function choosePackPath(
  window: BrowserWindow | null,
  fileName: string,
  folder: string,
): Promise<{ path: string } | null> {
  const options = packSaveDialogOptions(fileName, folder)
  const chosen = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options)
  if (chosen.canceled || !chosen.filePath) return null
  const path = withExtension(chosen.filePath, extname(fileName))
  if (path === chosen.filePath || !existsSync(path)) return { path }
  const confirm = {
    type: 'warning' as const,
    message: `“${basename(path)}” already exists. Do you want to replace it?`,
    detail: 'The pack you are saving takes its place.',
    buttons: ['Replace', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
  }
  const { response } = window
    ? await dialog.showMessageBox(window, confirm)
    : await dialog.showMessageBox(confirm)
  return response === 0 ? { path } : null
}

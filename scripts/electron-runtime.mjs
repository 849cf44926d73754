import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * Where Electron's runtime binary is, mirroring how the electron package finds it, or why it is
 * not there. Never `require('electron')`: when the binary is missing, that starts a download.
 */
export function findElectronBinary(root, env = process.env) {
  let packageDir
  try {
    packageDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'))
  } catch {
    return { found: false, reason: 'the electron npm package is not installed' }
  }
  const pathFile = join(packageDir, 'path.txt')
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  let binary
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    binary = join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron')
  } else if (executable) {
    binary = join(packageDir, 'dist', executable)
  } else {
    return { found: false, reason: `${pathFile} is missing` }
  }
  return existsSync(binary)
    ? { found: true, path: binary }
    : { found: false, reason: `${binary} is missing` }
}

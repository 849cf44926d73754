import { spawn } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'

/** Tried in order on Linux and the BSDs: the desktop's own choice first, then common browsers. */
const UNIX_OPENERS = [
  'xdg-open',
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'firefox',
]

/** Whether an executable called `name` is on PATH. */
export function isOnPath(name, env = process.env, platform = process.platform) {
  const extensions = platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : ['']
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue
    for (const extension of extensions) {
      const candidate = join(dir, name + extension)
      try {
        if (!statSync(candidate).isFile()) continue
        accessSync(candidate, constants.X_OK)
        return true
      } catch {
        // Not here; keep looking.
      }
    }
  }
  return false
}

/**
 * The commands that could open `url`, best first. None on Linux without a graphical session
 * (no DISPLAY or WAYLAND_DISPLAY), where a browser could not show anything.
 */
export function browserCommands(url, { platform, env, onPath }) {
  if (platform === 'darwin') return [{ command: 'open', args: [url] }]
  // The empty "" is start's window title; the URL holds no characters cmd treats specially.
  if (platform === 'win32') return [{ command: 'cmd', args: ['/c', 'start', '""', url] }]
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return []
  return UNIX_OPENERS.filter((name) => onPath(name)).map((command) => ({ command, args: [url] }))
}

/**
 * Open `url` in a browser if one can be found, trying each command until one starts; silent when
 * none does, since the caller prints the link anyway. The browser outlives this process.
 */
export async function openInBrowser(url, env = process.env, platform = process.platform) {
  const commands = browserCommands(url, {
    platform,
    env,
    onPath: (name) => isOnPath(name, env, platform),
  })
  for (const { command, args } of commands) {
    if (await tryOpen(command, args)) return true
  }
  return false
}

/** Started and still running after a moment, or exited with 0: it worked. */
function tryOpen(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true })
    const timer = setTimeout(() => {
      child.unref()
      resolve(true)
    }, 2000)
    child.once('error', () => {
      clearTimeout(timer)
      resolve(false)
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolve(code === 0)
    })
  })
}

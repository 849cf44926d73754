import { createInterface } from 'node:readline'
import { runForwardingSignals } from './run-child.mjs'

/** What src/main/index.ts prints once Electron is up and Briefpack's own code runs. */
export const RUNNING_LINE = 'Briefpack is running.'

/**
 * Why Electron could not start on this machine, from what it printed before it gave up, and how
 * to fix that; or null when nothing says so (then Electron simply exited).
 */
export function explainStartFailure(
  stderr,
  { platform = process.platform, uid = process.getuid?.() } = {},
) {
  if (
    /Running as root without --no-sandbox is not supported/.test(stderr) ||
    (uid === 0 && /sandbox/i.test(stderr))
  ) {
    return {
      reason: 'Electron will not run as root (its sandbox refuses to)',
      fix: 'Run `npm start` as your own user rather than with sudo or as root.',
    }
  }
  if (
    /SUID sandbox helper binary|No usable sandbox|setuid_sandbox|Failed to move to new namespace|zygote_host/.test(
      stderr,
    )
  ) {
    return {
      reason:
        'Linux refused Electron’s sandbox (Ubuntu 24.04 and later block the user namespaces it uses unless an AppArmor profile allows them)',
      fix: 'Install Briefpack’s .deb package (it brings that AppArmor profile), or give the development copy its setuid sandbox helper: `sudo chown root:root node_modules/electron/dist/chrome-sandbox && sudo chmod 4755 node_modules/electron/dist/chrome-sandbox`.',
    }
  }
  if (
    /Missing X server or \$DISPLAY|cannot open display|The platform failed to initialize|Failed to connect to Wayland display/.test(
      stderr,
    )
  ) {
    return {
      reason: 'there is no graphical display to open a window on',
      fix: 'Run `npm start` from a desktop session (where DISPLAY or WAYLAND_DISPLAY is set), or use the browser version.',
    }
  }
  const library = /error while loading shared libraries: ([^:\s]+)/.exec(stderr)
  if (library) {
    return {
      reason: `a system library Electron needs is missing (${library[1]})`,
      fix:
        platform === 'linux'
          ? `Install it with your package manager (on Debian or Ubuntu: \`sudo apt-get install\` the package that provides ${library[1]}, for example libnss3, libgtk-3-0, libgbm1 or libasound2), then run \`npm start\` again.`
          : `Install ${library[1]}, then run \`npm start\` again.`,
    }
  }
  return null
}

/** Whether a Linux or BSD session has no display at all, so a window could never show. */
export function hasNoDisplay(env = process.env, platform = process.platform) {
  return platform !== 'win32' && platform !== 'darwin' && !env.DISPLAY && !env.WAYLAND_DISPLAY
}

/**
 * Run Electron on the app and tell apart "Briefpack ran" (it printed its running line; it may
 * since have quit, with its own exit code) from "Electron could not start" (it exited first):
 * then resolve with why, from what it printed. What it prints passes through to this terminal.
 */
export function launchElectron(binary, args, { env = process.env, onRepeatedSignal } = {}) {
  const { child, exited, stopRequested } = runForwardingSignals(binary, args, {
    env,
    stdio: ['inherit', 'pipe', 'pipe'],
    onRepeatedSignal,
  })
  let started = false
  let stderr = ''
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith(RUNNING_LINE)) started = true
    process.stdout.write(`${line}\n`)
  })
  child.stderr.on('data', (chunk) => {
    process.stderr.write(chunk)
    stderr = (stderr + chunk).slice(-50_000)
  })
  return exited.then((code) => {
    if (started || stopRequested()) return { started: true, code }
    const explained = explainStartFailure(stderr)
    return {
      started: false,
      code,
      reason: explained?.reason ?? `Electron exited (code ${code}) before Briefpack could start`,
      fix:
        explained?.fix ??
        'See Electron’s messages above; `npm run serve` runs the browser version directly.',
    }
  })
}

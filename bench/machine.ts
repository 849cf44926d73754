import { statfs } from 'node:fs/promises'
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os'

/** What the figures were measured on: they only mean something next to this. */
export interface Machine {
  cpu: string
  cores: number
  memoryGiB: number
  os: string
  node: string
  chromium: string
  /** The temp folder's file system: fsync costs what this disk makes it cost. */
  tempFileSystem: string
  /**
   * 1-minute load average as the bench started and ended. The build before it and its own host and
   * browser count too, so only a figure well above the core count says that others were busy.
   */
  load: string
  date: string
}

/** The 1-minute load average now, to one decimal. */
export const currentLoad = (): string => (loadavg()[0] ?? 0).toFixed(1)

// statfs(2) magic numbers of the file systems a temp folder is likely to be on.
const FILE_SYSTEMS: Record<number, string> = {
  0xef53: 'ext4',
  0x01021994: 'tmpfs',
  0x58465342: 'xfs',
  0x9123683e: 'btrfs',
  0x794c7630: 'overlayfs',
  0x65735546: 'fuse',
  0x2011bab0: 'exfat',
  0x5346544e: 'ntfs',
  0x1021997: 'v9fs',
  0x6969: 'nfs',
}

async function tempFileSystem(): Promise<string> {
  if (process.platform !== 'linux') return process.platform
  const { type: magic } = await statfs(tmpdir())
  return `${FILE_SYSTEMS[magic] ?? `0x${magic.toString(16)}`} (${tmpdir()})`
}

export async function describeMachine(chromium: string, loadAtStart: string): Promise<Machine> {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    chromium,
    tempFileSystem: await tempFileSystem(),
    load: `${loadAtStart} at the start, ${currentLoad()} at the end`,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  }
}

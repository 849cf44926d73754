import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultDataDir, projectRoot, rendererDir, resourcesDir } from './paths'

describe('defaultDataDir', () => {
  it('follows XDG_CONFIG_HOME on Linux, else ~/.config', () => {
    expect(defaultDataDir('linux', {}, '/home/sam')).toBe('/home/sam/.config/Briefpack')
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/sam')).toBe('/cfg/Briefpack')
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '' }, '/home/sam')).toBe(
      '/home/sam/.config/Briefpack',
    )
    // The XDG spec says a relative value is invalid and must be ignored.
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: 'cfg' }, '/home/sam')).toBe(
      '/home/sam/.config/Briefpack',
    )
    expect(defaultDataDir('freebsd', {}, '/home/sam')).toBe('/home/sam/.config/Briefpack')
  })

  it('uses Application Support on macOS, whatever XDG says', () => {
    expect(defaultDataDir('darwin', { XDG_CONFIG_HOME: '/cfg' }, '/Users/sam')).toBe(
      '/Users/sam/Library/Application Support/Briefpack',
    )
  })

  it('uses %APPDATA% on Windows, with the usual default', () => {
    expect(
      defaultDataDir('win32', { APPDATA: 'C:\\Users\\sam\\AppData\\Roaming' }, 'C:\\Users\\sam'),
    ).toBe('C:\\Users\\sam\\AppData\\Roaming\\Briefpack')
    expect(defaultDataDir('win32', {}, 'C:\\Users\\sam')).toBe(
      'C:\\Users\\sam\\AppData\\Roaming\\Briefpack',
    )
  })
})

describe('project paths', () => {
  it('find the project folder and its bundled articles from the module', () => {
    expect(existsSync(join(projectRoot(), 'package.json'))).toBe(true)
    expect(existsSync(join(resourcesDir(), 'articles'))).toBe(true)
    expect(rendererDir()).toBe(join(projectRoot(), 'out', 'renderer'))
  })
})

import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { dialog } from 'electron'
import type { FakeElectron } from '../../test-support/electron/fake-electron'
import { choosePackPath, packSaveDialogOptions, withExtension } from './save-dialog'

vi.mock('electron', async () =>
  (await import('../../test-support/electron/fake-electron')).createFakeElectron(),
)

const fakeDialog = dialog as unknown as FakeElectron['dialog']
let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'briefpack-save-'))
  fakeDialog.shown.length = 0
  fakeDialog.answers = []
})
afterEach(() => rm(folder, { recursive: true, force: true }))

describe('withExtension', () => {
  it('adds the extension only when it is missing', () => {
    expect(withExtension('/home/sam/Essay', '.pdf')).toBe('/home/sam/Essay.pdf')
    expect(withExtension('/home/sam/Essay.PDF', '.pdf')).toBe('/home/sam/Essay.PDF')
    expect(withExtension('/home/sam/Essay.v2', '.pdf')).toBe('/home/sam/Essay.v2.pdf')
  })
})

describe('choosePackPath', () => {
  it('proposes the pack’s name in the folder, asking before it replaces a file', () => {
    expect(packSaveDialogOptions('Integration.pdf', folder)).toMatchObject({
      defaultPath: join(folder, 'Integration.pdf'),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      properties: expect.arrayContaining(['showOverwriteConfirmation']),
    })
  })

  it('adds .pdf to a name typed without it', async () => {
    fakeDialog.saveAnswer = { canceled: false, filePath: join(folder, 'Essay') }
    expect(await choosePackPath(null, 'Integration.pdf', folder)).toEqual({
      path: join(folder, 'Essay.pdf'),
    })
    expect(fakeDialog.shown.map((shown) => shown.kind)).toEqual(['save'])
  })

  it('confirms replacing the file the added extension names, which the dialog never saw', async () => {
    await writeFile(join(folder, 'Essay.pdf'), 'an older pack')
    fakeDialog.saveAnswer = { canceled: false, filePath: join(folder, 'Essay') }
    fakeDialog.answers = [1] // Cancel
    expect(await choosePackPath(null, 'Integration.pdf', folder)).toBeNull()
    expect(fakeDialog.shown[1]?.options).toMatchObject({
      message: '“Essay.pdf” already exists. Do you want to replace it?',
      buttons: ['Replace', 'Cancel'],
      defaultId: 1,
    })
    fakeDialog.answers = [0] // Replace
    expect(await choosePackPath(null, 'Integration.pdf', folder)).toEqual({
      path: join(folder, 'Essay.pdf'),
    })
  })

  it('returns nothing when the student cancels', async () => {
    fakeDialog.saveAnswer = { canceled: true, filePath: '' }
    expect(await choosePackPath(null, 'Integration.pdf', folder)).toBeNull()
  })
})

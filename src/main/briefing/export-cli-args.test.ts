import { describe, expect, it } from 'vitest'
import { parseExportArgs } from './export-cli-args'

describe('parseExportArgs', () => {
  it('reads the folder, the output and the options, relative to the working folder', () => {
    expect(
      parseExportArgs(
        ['--data', 'class', '--out', 'pack.pdf', '--group-by', 'speaker', '--title', ' Week 3 '],
        '/home/t',
      ),
    ).toEqual({
      ok: true,
      options: {
        dataDir: '/home/t/class',
        out: '/home/t/pack.pdf',
        groupBy: 'speaker',
        title: 'Week 3',
        author: '',
        help: false,
      },
    })
  })

  it.each([
    [['--out', 'x.pdf'], /--data DIR is required/],
    [['--data', 'd'], /--out FILE\.pdf is required/],
    [
      ['--data', 'd', '--out', 'x.pdf', '--group-by', 'colour'],
      /tag, speaker or article, not "colour"/,
    ],
    [['--data', 'd', '--out', 'x.pdf', '--pages', '3'], /Unknown option '--pages'/],
  ])('explains a mistake: %j', (argv, message) => {
    const parsed = parseExportArgs(argv)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.message).toMatch(message)
  })
})

/** One shortcut: the keys (each a chord, alternatives side by side), and what it does. */
export interface Shortcut {
  keys: string[][]
  action: string
}

export interface ShortcutGroup {
  title: string
  shortcuts: Shortcut[]
  note?: string
}

/**
 * The keyboard shortcuts that work in this host, for the shortcuts dialog. `mod` is Ctrl, or ⌘
 * on a Mac. Only what the app really answers is listed: a key added to the app is added here.
 */
export function shortcutGroups(host: { desktop: boolean; mac: boolean }): ShortcutGroup[] {
  const mod = host.mac ? '⌘' : 'Ctrl'
  const groups: ShortcutGroup[] = [
    {
      title: 'Everywhere',
      shortcuts: [
        { keys: [[mod, 'Z']], action: 'Undo the last change (in a text field: its typing)' },
        {
          keys: host.mac
            ? [['Shift', mod, 'Z']]
            : [
                ['Shift', mod, 'Z'],
                [mod, 'Y'],
              ],
          action: 'Redo',
        },
        { keys: [['?']], action: 'Show these shortcuts' },
      ],
    },
    {
      title: 'Reading an article',
      ...(host.desktop
        ? {}
        : { note: 'To select with the keyboard in a browser, turn on caret browsing with F7.' }),
      shortcuts: [
        { keys: [['Shift', 'Arrow keys']], action: 'Select text' },
        { keys: [['H']], action: 'Highlight the selection, in the last colour used' },
        { keys: [['T']], action: 'Highlight it and tag it' },
        { keys: [['N']], action: 'Highlight it and write a note' },
        { keys: [['S']], action: 'Highlight it and name who said it' },
        {
          keys: [['Esc']],
          action: 'Close the highlight’s editor, clear the selection, or close the panel',
        },
      ],
    },
    {
      title: 'Lists and fields',
      shortcuts: [
        { keys: [['↑'], ['↓'], ['Home'], ['End']], action: 'Move between the library’s articles' },
        { keys: [['↑'], ['↓'], ['Enter']], action: 'Choose a tag in the tag picker' },
        { keys: [['Backspace']], action: 'Remove the last tag, in an empty tag picker' },
      ],
    },
  ]
  if (!host.desktop) {
    groups.push({
      title: 'In the browser',
      shortcuts: [],
      note: 'Your browser’s own find (Ctrl+F) and zoom (Ctrl + and Ctrl −) apply.',
    })
    return groups
  }
  groups.push({
    title: 'Briefpack’s window',
    shortcuts: [
      { keys: [[mod, 'F']], action: 'Find in the page' },
      {
        keys: [['Enter'], [mod, 'G']],
        action: 'Next match (Shift for the previous one)',
      },
      { keys: [['Esc']], action: 'Close the find bar, leaving the match selected' },
      { keys: [[mod, 'E']], action: 'Export a briefing pack' },
      {
        keys: [
          [mod, '+'],
          [mod, '−'],
          [mod, '0'],
        ],
        action: 'Zoom in, out, or back to normal (or hold Ctrl and turn the wheel)',
      },
      { keys: [[mod, '/']], action: 'Show these shortcuts' },
      { keys: [[mod, 'Q']], action: 'Quit Briefpack, saving everything first' },
    ],
  })
  return groups
}

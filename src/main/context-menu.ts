import { Menu, type ContextMenuParams, type MenuItemConstructorOptions } from 'electron'
import type { AppCommand } from '../shared/desktop'
import { isExternalWebUrl } from './app-page'

/** What the context menu's items do outside Electron's own roles. */
export interface ContextMenuActions {
  send(command: AppCommand): void
  replaceMisspelling(word: string): void
  openLink(url: string): void
  copyText(text: string): void
}

/** The facts of a right-click the menu depends on (a slice of Electron's ContextMenuParams). */
export type ContextMenuFacts = Pick<
  ContextMenuParams,
  'isEditable' | 'selectionText' | 'linkURL' | 'misspelledWord' | 'dictionarySuggestions'
> & { editFlags: Pick<ContextMenuParams['editFlags'], 'canCut' | 'canCopy' | 'canPaste'> }

/**
 * The items for a right-click: spelling suggestions and editing in a text field; on selected
 * text, copying (plain or with its citation) and annotating it; on a link, opening it. Empty
 * when there is nothing to offer (no menu then).
 */
export function contextMenuTemplate(
  facts: ContextMenuFacts,
  actions: ContextMenuActions,
): MenuItemConstructorOptions[] {
  if (facts.isEditable) {
    const suggestions: MenuItemConstructorOptions[] = facts.misspelledWord
      ? facts.dictionarySuggestions.slice(0, 5).map((word) => ({
          label: word,
          click: () => actions.replaceMisspelling(word),
        }))
      : []
    return [
      ...suggestions,
      ...(suggestions.length ? [{ type: 'separator' as const }] : []),
      { role: 'cut', enabled: facts.editFlags.canCut },
      { role: 'copy', enabled: facts.editFlags.canCopy },
      { role: 'paste', enabled: facts.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll' },
    ]
  }
  const items: MenuItemConstructorOptions[] = []
  if (facts.selectionText.trim() !== '') {
    const command = (label: string, name: AppCommand): MenuItemConstructorOptions => ({
      label,
      click: () => actions.send(name),
    })
    items.push(
      { role: 'copy' },
      command('Copy with Citation', 'copy-with-citation'),
      { type: 'separator' },
      command('Highlight', 'highlight'),
      command('Tag…', 'tag'),
      command('Note…', 'note'),
      command('Speaker…', 'speaker'),
    )
  }
  if (isExternalWebUrl(facts.linkURL)) {
    if (items.length) items.push({ type: 'separator' })
    items.push(
      { label: 'Open Link in Browser', click: () => actions.openLink(facts.linkURL) },
      { label: 'Copy Link Address', click: () => actions.copyText(facts.linkURL) },
    )
  }
  return items
}

/** Show the context menu for a right-click, if it has anything to offer. */
export function popupContextMenu(facts: ContextMenuFacts, actions: ContextMenuActions): void {
  const template = contextMenuTemplate(facts, actions)
  if (template.length) Menu.buildFromTemplate(template).popup()
}

import { fireEvent, render, screen, within } from '@solidjs/testing-library'
import { beforeAll, describe, expect, it } from 'vitest'
import { dispatchAppCommand } from '../app-commands'
import { KeyboardShortcuts } from './KeyboardShortcuts'

// jsdom has <dialog> but not its modal methods; Chromium's are what the e2e journeys use.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true
  }
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false
    this.dispatchEvent(new Event('close'))
  }
})

const row = (group: HTMLElement, action: RegExp) =>
  within(group).getByText(action).closest('.shortcuts-dialog__row') as HTMLElement

describe('KeyboardShortcuts', () => {
  it('opens on the command and lists the desktop app’s keys, with ⌘ on a Mac', () => {
    render(() => <KeyboardShortcuts desktop={true} mac={true} />)
    const dialog = screen.getByRole('dialog', { hidden: true })
    expect(dialog).not.toHaveAttribute('open')
    dispatchAppCommand('keyboard-shortcuts')
    expect(dialog).toHaveAttribute('open')
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus()
    const window = screen.getByRole('region', { name: 'Briefpack’s window' })
    expect(row(window, /^Find in the page/)).toHaveTextContent('⌘+F')
    const everywhere = screen.getByRole('region', { name: 'Everywhere' })
    expect(row(everywhere, /^Redo/)).toHaveTextContent('Shift+⌘+Z')
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
    expect(dialog).not.toHaveAttribute('open')
  })

  it('in a browser, lists no find of its own and says how to select with the keyboard', () => {
    render(() => <KeyboardShortcuts desktop={false} mac={false} />)
    dispatchAppCommand('keyboard-shortcuts')
    expect(screen.queryByRole('region', { name: 'Briefpack’s window' })).toBeNull()
    expect(screen.getByText(/turn on caret browsing with F7/)).toBeInTheDocument()
    expect(screen.getByText(/Your browser’s own find \(Ctrl\+F\)/)).toBeInTheDocument()
    const everywhere = screen.getByRole('region', { name: 'Everywhere' })
    expect(row(everywhere, /^Redo/)).toHaveTextContent('Shift+Ctrl+Z or Ctrl+Y')
  })
})

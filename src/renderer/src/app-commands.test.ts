import { describe, expect, it } from 'vitest'
import type { AppCommand, DesktopBridge } from '../../shared/desktop'
import { connectAppCommands, dispatchAppCommand, onAppCommand } from './app-commands'

describe('app commands', () => {
  it('reach every subscribed handler until it unsubscribes, and say when none is', () => {
    const ran: string[] = []
    const first = onAppCommand('highlight', () => ran.push('reader'))
    const second = onAppCommand('highlight', () => ran.push('panel'))
    expect(dispatchAppCommand('highlight')).toBe(true)
    first()
    expect(dispatchAppCommand('highlight')).toBe(true)
    second()
    expect(dispatchAppCommand('highlight')).toBe(false)
    expect(ran).toEqual(['reader', 'panel', 'panel'])
  })

  it('carry out the desktop shell’s commands, passing on those nothing here can do', () => {
    let send: (command: AppCommand) => void = () => {}
    const desktop: Pick<DesktopBridge, 'onCommand'> = {
      onCommand: (listener) => {
        send = listener
        return () => (send = () => {})
      },
    }
    const unhandled: AppCommand[] = []
    const found: string[] = []
    const stopFind = onAppCommand('find', () => found.push('find'))
    const disconnect = connectAppCommands(desktop, (command) => unhandled.push(command))
    send('find')
    send('note')
    expect(found).toEqual(['find'])
    expect(unhandled).toEqual(['note'])
    disconnect()
    send('find')
    expect(found).toEqual(['find'])
    stopFind()
    expect(connectAppCommands(null, () => {})).toBeTypeOf('function')
  })
})

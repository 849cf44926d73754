import { fireEvent, render, screen } from '@solidjs/testing-library'
import { describe, expect, it, vi } from 'vitest'
import { SelectionToolbar } from './SelectionToolbar'

describe('SelectionToolbar', () => {
  it('offers the five colours with the last one pressed, and says what each tool does', () => {
    const onHighlight = vi.fn()
    const onTag = vi.fn()
    render(() => (
      <SelectionToolbar
        top={10}
        left={20}
        lastColour="green"
        onHighlight={onHighlight}
        onTag={onTag}
        onNote={() => {}}
        onSpeaker={() => {}}
      />
    ))
    const toolbar = screen.getByRole('toolbar', { name: 'Annotate the selection' })
    expect(toolbar).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Highlight in green' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Highlight in pink' }))
    expect(onHighlight).toHaveBeenCalledWith('pink')
    fireEvent.click(screen.getByRole('button', { name: /^Tag/ }))
    expect(onTag).toHaveBeenCalledOnce()
  })

  it('keeps the selection: a press on the toolbar does not take focus from the text', () => {
    render(() => (
      <SelectionToolbar
        top={0}
        left={0}
        lastColour="yellow"
        onHighlight={() => {}}
        onTag={() => {}}
        onNote={() => {}}
        onSpeaker={() => {}}
      />
    ))
    const pressed = fireEvent.mouseDown(screen.getByRole('button', { name: /^Note/ }))
    // fireEvent returns false when the default action was prevented.
    expect(pressed).toBe(false)
  })
})

import { fireEvent, render, screen, waitFor } from '@solidjs/testing-library'
import { describe, expect, it } from 'vitest'
import type { FindRequest, FindResult } from '../../../shared/contract'
import { fakeApi } from '../../../../test-support/renderer/fake-api'
import { ApiContext } from '../api-context'
import { dispatchAppCommand } from '../app-commands'
import { FindBar } from './FindBar'

/** A find-in-page main answers only when the test says, so the test sees the bar meanwhile. */
function renderFindBar() {
  const requests: FindRequest[] = []
  let answer: (result: FindResult) => void = () => {}
  const api = fakeApi({
    'page:find': (request) => {
      requests.push(request)
      return new Promise<FindResult>((resolve) => (answer = resolve))
    },
  })
  render(() => (
    <ApiContext.Provider value={api}>
      <button type="button">Somewhere in the page</button>
      <FindBar searchDelayMs={0} />
    </ApiContext.Provider>
  ))
  return { api, requests, answer: (result: FindResult) => answer(result) }
}

describe('FindBar', () => {
  it('opens on the Find command and searches as the student types, leaving itself out', async () => {
    const { requests, answer } = renderFindBar()
    expect(screen.queryByRole('search')).toBeNull()
    dispatchAppCommand('find')
    const field = screen.getByRole('searchbox', { name: 'Find in page' })
    expect(field).toHaveFocus()

    fireEvent.input(field, { target: { value: 'Dorset' } })
    await waitFor(() =>
      expect(requests).toEqual([{ text: 'Dorset', forward: true, newSearch: true }]),
    )
    // While Chromium searches the page, the bar (and the query in it) is out of the search.
    expect(screen.getByRole('search', { hidden: true })).toHaveAttribute('inert')
    answer({ matches: 3, activeMatch: 1 })
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 of 3'))
    expect(screen.getByRole('search')).not.toHaveAttribute('inert')
    expect(field).toHaveFocus()
  })

  it('steps through the matches with Enter and Shift+Enter, and the Next and Previous commands', async () => {
    const { requests, answer } = renderFindBar()
    dispatchAppCommand('find')
    const field = screen.getByRole('searchbox', { name: 'Find in page' })
    fireEvent.input(field, { target: { value: 'integration' } })
    await waitFor(() => expect(requests).toHaveLength(1))
    answer({ matches: 4, activeMatch: 1 })
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 of 4'))

    fireEvent.keyDown(field, { key: 'Enter' })
    await waitFor(() => expect(requests).toHaveLength(2))
    expect(requests[1]).toEqual({ text: 'integration', forward: true, newSearch: false })
    answer({ matches: 4, activeMatch: 2 })
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 of 4'))

    fireEvent.keyDown(field, { key: 'Enter', shiftKey: true })
    await waitFor(() => expect(requests).toHaveLength(3))
    expect(requests[2]).toMatchObject({ forward: false, newSearch: false })
    answer({ matches: 4, activeMatch: 1 })
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 of 4'))

    dispatchAppCommand('find-previous')
    await waitFor(() => expect(requests).toHaveLength(4))
    expect(requests[3]).toMatchObject({ forward: false, newSearch: false })
    answer({ matches: 4, activeMatch: 4 })
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('4 of 4'))
  })

  it('says when nothing matches', async () => {
    const { requests, answer } = renderFindBar()
    dispatchAppCommand('find')
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zebra' } })
    await waitFor(() => expect(requests).toHaveLength(1))
    answer({ matches: 0, activeMatch: 0 })
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('No matches'))
  })

  it('closes with Escape, leaving the match selected, and with its button, clearing it', async () => {
    const { api, requests, answer } = renderFindBar()
    const before = screen.getByRole('button', { name: 'Somewhere in the page' })
    before.focus()
    dispatchAppCommand('find')
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Ross' } })
    await waitFor(() => expect(requests).toHaveLength(1))
    answer({ matches: 2, activeMatch: 1 })
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 of 2'))
    fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'Escape' })
    expect(screen.queryByRole('search')).toBeNull()
    expect(api['page:stop-find']).toHaveBeenLastCalledWith('activate-selection')
    expect(before).toHaveFocus()

    dispatchAppCommand('find')
    fireEvent.click(screen.getByRole('button', { name: 'Close the find bar' }))
    expect(api['page:stop-find']).toHaveBeenLastCalledWith('clear-selection')
  })
})

import { describe, expect, it, vi } from 'vitest'
import { AppError } from '../../../../shared/errors'
import { attemptInline, type Attempt } from './attempt-inline'

/** Like session.attempt: a failure becomes a toast and the result is undefined. */
function fakeAttempt() {
  const toasts: string[] = []
  const attempt: Attempt = async (action) => {
    try {
      return await action()
    } catch (error) {
      toasts.push(String(error))
      return undefined
    }
  }
  return { attempt, toasts }
}

describe('attemptInline', () => {
  it('clears the previous message and resolves with the result', async () => {
    const { attempt, toasts } = fakeAttempt()
    const showError = vi.fn()
    await expect(attemptInline(attempt, async () => 42, showError)).resolves.toBe(42)
    expect(showError.mock.calls).toEqual([[null]])
    expect(toasts).toEqual([])
  })

  it('shows an AppError beside the field instead of as a toast', async () => {
    const { attempt, toasts } = fakeAttempt()
    const showError = vi.fn()
    const clash = new AppError('invalid-argument', 'There is already a tag called “Claim”.')
    const result = await attemptInline(attempt, () => Promise.reject(clash), showError)
    expect(result).toBeUndefined()
    expect(showError).toHaveBeenLastCalledWith('There is already a tag called “Claim”.')
    expect(toasts).toEqual([])
  })

  it('leaves other failures to the toast', async () => {
    const { attempt, toasts } = fakeAttempt()
    const showError = vi.fn()
    await attemptInline(attempt, () => Promise.reject(new Error('boom')), showError)
    expect(showError.mock.calls).toEqual([[null]])
    expect(toasts).toEqual(['Error: boom'])
  })
})

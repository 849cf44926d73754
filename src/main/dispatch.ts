import { isChannel } from '../shared/contract'
import { parseArgs } from '../shared/contract-validation'
import { AppError, type WireResult } from '../shared/errors'
import type { Handlers } from './services'

/** Shown to the student when something unexpected breaks; the detail goes to the log instead. */
export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong inside Briefpack. Try again; if it keeps happening, restart Briefpack.'

/** Where unexpected errors are reported with their detail (stderr unless a test says otherwise). */
export type ErrorLog = (message: string, error: unknown) => void

const logToStderr: ErrorLog = (message, error) => console.error(message, error)

/**
 * Run one call from an untrusted caller (the renderer over IPC, or a browser over HTTP): check the
 * channel, validate the arguments, run the handler, and turn every outcome into a WireResult.
 * Never throws, so neither transport has to know how a call can fail.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawArgs: unknown,
  log: ErrorLog = logToStderr,
): Promise<WireResult<unknown>> {
  if (!isChannel(channel)) {
    return failure(
      'not-found',
      `Briefpack has no call named ${JSON.stringify(channel.slice(0, 80))}.`,
    )
  }
  const parsed = parseArgs(channel, rawArgs)
  if (!parsed.ok) return failure('invalid-argument', parsed.message)
  try {
    // Each channel's validated arguments fit its handler; TypeScript cannot relate the two
    // through a union of channels, hence the widening.
    const handler = handlers[channel] as (...args: unknown[]) => unknown
    return { ok: true, value: await handler(...parsed.args) }
  } catch (error) {
    if (error instanceof AppError) return failure(error.code, error.message)
    log(`Briefpack: ${channel} failed unexpectedly:`, error)
    return failure('internal', INTERNAL_ERROR_MESSAGE)
  }
}

function failure(code: AppError['code'], message: string): WireResult<never> {
  return { ok: false, error: { code, message } }
}

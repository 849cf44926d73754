import { isChannel, type Channel } from '../shared/contract'
import { parseArgs } from '../shared/contract-validation'
import { AppError, type WireResult } from '../shared/errors'
import type { ChangeLog } from './change-log'
import type { Handlers } from './services'
import { Committed } from './workspace/committed'

/** Shown to the student when something unexpected breaks; the detail goes to the log instead. */
export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong inside Briefpack. Try again; if it keeps happening, restart Briefpack.'

/** Why a call naming an older store session is refused (see CallContext.expectedSession). */
export const SESSION_CHANGED_MESSAGE =
  'Briefpack’s host was restarted since this page last heard from it, so the change was not made yet.'

/** Where unexpected errors are reported with their detail (stderr unless a test says otherwise). */
export type ErrorLog = (message: string, error: unknown) => void

const logToStderr: ErrorLog = (message, error) => console.error(message, error)

/** What a transport knows about a call beyond its channel and arguments (the browser host's headers). */
export interface CallContext {
  /** The page's id for this change: a repeat with the same id gets the first answer. */
  changeId?: string
  /** Where repeated change ids are looked up; without it, `changeId` is ignored. */
  changes?: ChangeLog
  /**
   * The store session the page last heard from. If the data folder has been opened again since
   * (the host restarted), the call is refused unrun with `session-changed`: the page must first
   * send again the changes the old host held only in memory, or they would arrive out of order.
   */
  expectedSession?: string
}

/**
 * Run one call from an untrusted caller (the renderer over IPC, or a browser over HTTP): check the
 * channel, validate the arguments, run the handler, and turn every outcome into a WireResult; a
 * change's answer carries where it is saved (`saved`). Never throws, so neither transport has to
 * know how a call can fail.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawArgs: unknown,
  log: ErrorLog = logToStderr,
  call: CallContext = {},
): Promise<WireResult<unknown>> {
  if (!isChannel(channel)) {
    return failure(
      'not-found',
      `Briefpack has no call named ${JSON.stringify(channel.slice(0, 80))}.`,
    )
  }
  const parsed = parseArgs(channel, rawArgs)
  if (!parsed.ok) return failure('invalid-argument', parsed.message)
  const run = () => runHandler(handlers, channel, parsed.args, log)
  if (call.expectedSession !== undefined) {
    const current = await runHandler(handlers, 'store:status', [], log)
    if (!current.ok) return current
    const { storeSession } = current.value as { storeSession: string }
    if (storeSession !== call.expectedSession) {
      return failure('session-changed', SESSION_CHANGED_MESSAGE)
    }
  }
  if (call.changeId !== undefined && call.changes) {
    return call.changes.once(call.changeId, channel, run)
  }
  return run()
}

async function runHandler(
  handlers: Handlers,
  channel: Channel,
  args: unknown[],
  log: ErrorLog,
): Promise<WireResult<unknown>> {
  try {
    // Each channel's validated arguments fit its handler; TypeScript cannot relate the two
    // through a union of channels, hence the widening.
    const handler = handlers[channel] as (...args: unknown[]) => unknown
    const answer = await handler(...args)
    if (answer instanceof Committed) return { ok: true, value: answer.value, saved: answer.saved }
    return { ok: true, value: answer }
  } catch (error) {
    if (error instanceof AppError) return failure(error.code, error.message)
    log(`Briefpack: ${channel} failed unexpectedly:`, error)
    return failure('internal', INTERNAL_ERROR_MESSAGE)
  }
}

function failure(code: AppError['code'], message: string): WireResult<never> {
  return { ok: false, error: { code, message } }
}

import { AppError } from '../../shared/errors'
import { isErrno } from './durable-fs'

/** Why a store could not be opened, for code that reacts differently to each. */
export type StoreOpenProblem = 'locked' | 'newer' | 'unwritable' | 'unreadable'

/**
 * openStore's refusal. The message is written for the student (what, where, what to do); the
 * `problem` lets the app choose what to offer (quit, retry, pick another folder).
 */
export class StoreOpenError extends AppError {
  constructor(
    readonly problem: StoreOpenProblem,
    message: string,
  ) {
    // AppError has no store-specific codes yet; `problem` carries the distinction meanwhile.
    super('internal', message)
    this.name = 'StoreOpenError'
  }
}

/** A file-system error in a few plain words: "the disk is full", "permission was refused". */
export function describeIoError(error: unknown): string {
  if (isErrno(error, 'ENOSPC')) return 'the disk is full'
  if (isErrno(error, 'EDQUOT')) return 'your disk quota is used up'
  if (isErrno(error, 'EROFS')) return 'the disk is read-only'
  if (isErrno(error, 'EACCES') || isErrno(error, 'EPERM')) {
    return 'permission to write there was refused'
  }
  if (isErrno(error, 'EIO')) return 'the disk reported an error'
  if (isErrno(error, 'ENOENT')) return 'the folder no longer exists'
  if (isErrno(error, 'EBUSY')) return 'another program is using the file'
  return error instanceof Error ? error.message : String(error)
}

/** What a failed save tells the student: what failed, that nothing is lost yet, what happens next. */
export function describeSaveFailure(file: string, error: unknown): string {
  return (
    `Briefpack could not save your latest changes to ${file}: ${describeIoError(error)}. ` +
    'Your changes are kept while Briefpack stays open, and it will keep trying to save them.'
  )
}

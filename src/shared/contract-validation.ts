import * as v from 'valibot'
import type { Channel, Contract } from './contract'
import type { ArticleId } from './model/article'

/** Article ids are file stems: short, and never a path. */
export const ArticleIdSchema = v.pipe(
  v.string('An article id must be text.'),
  v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'That is not a valid article id.'),
  v.transform((id) => id as ArticleId),
)

type ArgsSchemas = {
  [C in Channel]: v.GenericSchema<unknown, Parameters<Contract[C]>>
}

/**
 * The argument schema of every channel. Main validates each call against these before doing
 * anything, because the renderer (or whatever speaks to the browser host) is untrusted.
 */
export const ARGS_SCHEMAS: ArgsSchemas = {
  'articles:list': v.strictTuple([]),
  'articles:get': v.strictTuple([ArticleIdSchema]),
}

/** Validate a call's raw arguments; on failure, a message fit to show the student. */
export function parseArgs<C extends Channel>(
  channel: C,
  raw: unknown,
): { ok: true; args: Parameters<Contract[C]> } | { ok: false; message: string } {
  const result = v.safeParse(ARGS_SCHEMAS[channel], raw)
  if (result.success) return { ok: true, args: result.output as Parameters<Contract[C]> }
  const issue = result.issues[0]
  return { ok: false, message: `Invalid arguments for ${channel}: ${issue.message}` }
}

/**
 * Where a source breaks off: a paragraph that stops mid-sentence, or a byline whose role stops
 * mid-phrase ("chief executive, Baaf Adoption and"). The text is kept as written; these say so,
 * so that the reader and the pack can mark it instead of passing it off as complete.
 */

// A sentence that ends well ends in terminal punctuation, perhaps inside closing quotes or brackets.
const ENDS_SENTENCE = /[.!?…:;][”’"')\]]*$|[”’"')\]]$/u

// A phrase cannot end on these: a role that does was cut off ("…Counsel and Care for the").
const DANGLING_WORDS = new Set(
  'a an and & at by for from in into of on or the to with'.split(' ').map((w) => w.toLowerCase()),
)

/** Does this paragraph stop mid-sentence (as some do in the source)? */
export function isCutOffParagraph(text: string): boolean {
  return !ENDS_SENTENCE.test(text.trimEnd())
}

/** Does this role stop mid-phrase? Only a dangling last word shows it; hints cover the rest. */
export function isCutOffRole(role: string | null): boolean {
  if (!role) return false
  const last = /(\S+)\s*$/u.exec(role)?.[1] ?? ''
  return DANGLING_WORDS.has(last.toLowerCase())
}

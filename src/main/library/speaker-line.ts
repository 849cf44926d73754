/**
 * The "Name Surname, role" line that introduces each quote in a round-up of expert comment:
 * "Bob Holman, community worker at a project in Easterhouse, Glasgow". The role may be cut off
 * in the source ("chief executive, Baaf Adoption and"); it is kept as written.
 */

// Two to four capitalised words, then ", " and a role. Apostrophes and hyphens occur in names.
const NAME_THEN_ROLE = /^(\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){1,3}), (\S.*)$/u
// A round-up byline is a label, not a sentence: a longer line is prose that starts with a name.
const MAX_SPEAKER_LINE_LENGTH = 120
// "Graham Farrant, chief executive of the council, said:" opens a paragraph, not a byline.
const REPORTING_WORD = /\b(?:said|says|told|tells|added|adds)\b/u

/** Whether `line` (already collapsed to single spaces) has the shape of a round-up byline. */
export function isSpeakerLine(line: string): boolean {
  return (
    line.length <= MAX_SPEAKER_LINE_LENGTH &&
    NAME_THEN_ROLE.test(line) &&
    !/[“”"]/u.test(line) &&
    !/[.:;!?]$/u.test(line) &&
    !REPORTING_WORD.test(line)
  )
}

/** Split a byline into the speaker's name and role, or null if it is not a byline. */
export function splitSpeakerLine(line: string): { name: string; role: string } | null {
  if (!isSpeakerLine(line)) return null
  const match = NAME_THEN_ROLE.exec(line)
  return match ? { name: match[1] ?? '', role: match[2] ?? '' } : null
}

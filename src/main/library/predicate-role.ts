import type { TextSpan } from './split-sentences'
import { surnameOf } from './proper-names'

// The capitalised name a sentence opens with: "Ross will now…", "Julia Ross is now to work…".
const OPENING_NAME = /^(\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,3})[ ,]/u
// "Ross will now revert back to being director of social services at the council." The role is
// the lower-case phrase after "being"/"as", up to a comma or the end of the sentence; bounded so
// a long sentence cannot make the search slow.
const ROLE_AFTER = /(?:^|\s)(?:as|being) (\p{Ll}[^,;:!?“”"]{0,119}?)(?:[,;:]|[.!?]?$)/u

/**
 * The roles an article's own narration gives people, for speakers introduced without one ("Ross,
 * who retains her role…, said"). Only a sentence whose subject is the person counts; the first
 * such role in the article wins. Indexed once by opening name so each lookup is constant-time.
 */
export function collectPredicateRoles(text: string, sentences: TextSpan[]): PredicateRoles {
  const roles = new Map<string, string>()
  for (const span of sentences) {
    const sentence = text.slice(span.start, span.end)
    const opening = OPENING_NAME.exec(sentence)?.[1]
    if (opening === undefined || roles.has(opening)) continue
    const role = ROLE_AFTER.exec(sentence)?.[1]
    if (role) roles.set(opening, role)
  }
  return {
    // The full name first: "Julia Ross is…" says more surely who is meant than "Ross is…".
    roleOf: (name) => roles.get(name) ?? roles.get(surnameOf(name)) ?? null,
  }
}

/** What the narration says a named person is, or null when it states no role. */
export interface PredicateRoles {
  roleOf(name: string): string | null
}

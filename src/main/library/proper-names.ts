/**
 * Proper names in running text, and whether each names a person or an organisation. Rules only:
 * a name is a person's when it is two or three plain capitalised words; an organisation's when it
 * has a connector ("Barking and Dagenham Council"), an acronym, or an organisational head word.
 */

const WORD = String.raw`\p{Lu}[\p{L}’'-]*`
const CONNECTOR = String.raw`(?:and|of|for|the|on|in|&)`

/**
 * Regex source for a run of capitalised words, joined by connectors as organisation names are.
 * Bounded (no real name has more than ten words) so that an unanchored search stays linear on a
 * long run of capitals: unbounded, it took minutes on 2 MB of "Aa and Aa and …".
 */
export const PROPER_NAME = String.raw`${WORD}(?: (?:${CONNECTOR} ){0,2}${WORD}){0,9}`

const MENTION = new RegExp(String.raw`(?<![\p{L}’'-])${PROPER_NAME}`, 'gu')

// Capitalised because they open a sentence, not because they are names.
const FUNCTION_WORDS = new Set(
  (
    'A An The But And Or So Yet If In On At By For From To Of With As It Its He She His Her We ' +
    'Our They Their I My You Your This That These Those There Here When Where While Who What ' +
    'Which Why How After Before Since Until Although Though Because Last Next During ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'
  ).split(' '),
)

// Words that make a capitalised name an organisation's ("… Health Authority", "… Councils").
const ORGANISATION_HEADS = new Set(
  (
    'council councils trust trusts authority authorities board department agency service ' +
    'services office association society commission committee government ministry union ' +
    'institute foundation group partnership federation charity network executive care bank ' +
    'university college school hospital court party parliament assembly centre center alliance ' +
    'coalition company ltd plc inc corporation bureau unit forum fund project campaign ' +
    'organisation organization inspectorate tribunal panel church club press'
  ).split(' '),
)

export type NameKind = 'person' | 'organisation' | 'single'

/** A name as written, stripped of a sentence-opening function word, and what it names. */
export interface ClassifiedName {
  name: string
  kind: NameKind
}

/**
 * Classify a proper name. `single` is one capitalised word: a surname to resolve against people
 * already named, or something this rule set cannot tell (a place, an acronym). Null when nothing
 * but function words remain, or the shape fits neither a person nor an organisation.
 */
export function classifyName(raw: string): ClassifiedName | null {
  const words = raw.split(' ')
  while (words.length > 0 && FUNCTION_WORDS.has(words[0] ?? '')) words.shift()
  const name = words.join(' ')
  const last = words.at(-1)
  if (last === undefined) return null
  if (words.length === 1) return { name, kind: 'single' }
  const hasConnector = words.some((word) => /^\p{Ll}/u.test(word) || word === '&')
  const hasAcronym = words.some((word) => /^\p{Lu}{2,}$/u.test(word))
  if (hasConnector || hasAcronym || ORGANISATION_HEADS.has(last.toLowerCase())) {
    return { name, kind: 'organisation' }
  }
  return words.length <= 3 ? { name, kind: 'person' } : null
}

/** Every person or organisation named in `sentence`, in order (single words are left out). */
export function findNameMentions(sentence: string): ClassifiedName[] {
  const mentions: ClassifiedName[] = []
  for (const match of sentence.matchAll(MENTION)) {
    for (const name of splitConjoinedNames(match[0])) {
      const classified = classifyName(name)
      if (classified && classified.kind !== 'single') mentions.push(classified)
    }
  }
  return mentions
}

/**
 * "Anytown Council and Anytown Primary Care Trust" is two names; "Barking and Dagenham Council"
 * is one. An "and" ends a name only when the words before it already end in a head word.
 */
function splitConjoinedNames(run: string): string[] {
  const names: string[] = []
  let rest = run
  for (let match = / (?:and|&) /u.exec(rest); match; match = / (?:and|&) /u.exec(rest)) {
    const before = rest.slice(0, match.index)
    if (!ORGANISATION_HEADS.has((before.split(' ').at(-1) ?? '').toLowerCase())) break
    names.push(before)
    rest = rest.slice(match.index + match[0].length)
  }
  return [...names, rest]
}

/** The last word of a person's name, which the article uses alone on later mentions. */
export function surnameOf(name: string): string {
  return name.split(' ').at(-1) ?? name
}

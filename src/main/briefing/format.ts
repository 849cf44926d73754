const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * An ISO day as a British reader writes it ("14 March 2025"). Done by hand rather than with
 * Intl so that the pack reads the same whatever the machine's locale and time zone.
 */
export function formatDay(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(isoDay)
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined
  if (!match || !month) return isoDay
  return `${Number(match[3])} ${month} ${match[1]}`
}

/** "1 quote", "3 quotes". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`
}

/** "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/**
 * A tag's name inside a sentence: "For integration" reads "for integration", but a name that
 * starts with an acronym ("NHS funding") keeps its capitals.
 */
export function inSentence(name: string): string {
  if (/^\p{Lu}[\p{Lu}\p{N}]/u.test(name)) return name
  return name.charAt(0).toLocaleLowerCase('en-GB') + name.slice(1)
}

/**
 * The one-line balance of a pack: "Of 12 quoted passages, 5 are for integration, 4 against or
 * sceptical, 3 neutral." Passages with no stance are counted too, so the numbers add up; a
 * passage with two stances is said to count twice rather than silently inflating a side.
 */
export function balanceSentence(
  total: number,
  stances: readonly { name: string; count: number }[],
  withoutStance: number,
  withSeveral: number,
): string {
  if (total === 0) return 'There are no quoted passages in this pack yet.'
  const used = stances.filter((s) => s.count > 0)
  const of = `Of ${count(total, 'quoted passage')}`
  if (used.length === 0) {
    return total === 1
      ? 'The one quoted passage carries no stance tag.'
      : `None of the ${total} quoted passages carries a stance tag.`
  }
  const parts = used.map((s, i) => {
    const verb = i === 0 ? (s.count === 1 ? ' is' : ' are') : ''
    return `${s.count}${verb} ${inSentence(s.name)}`
  })
  if (withoutStance > 0) parts.push(`${withoutStance} without a stance tag`)
  const several =
    withSeveral > 0
      ? ` (${count(withSeveral, 'passage')} ${withSeveral === 1 ? 'carries' : 'carry'} more than one stance and ${withSeveral === 1 ? 'is' : 'are'} counted under each)`
      : ''
  return `${of}, ${parts.join(', ')}${several}.`
}

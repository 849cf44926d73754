import search from 'approx-string-match'
import type { TextQuoteSelector } from '../model/annotation'
import { refineMatch } from './refine-match'
import type { QuoteMatch } from './score-match'

/**
 * The share of a quote's characters that may differ in a fuzzy match. A quarter lets a changed
 * word or two through in a sentence, while a passage rewritten or cut to three quarters of its
 * length is not found at all: it is shown as orphaned rather than pinned to what is left of it.
 */
export const MAX_ERROR_RATE = 0.25

/**
 * Shorter quotes are only found verbatim. Measured on the bundled articles: with a quarter of its
 * characters allowed to differ, a deleted 4-to-7-character phrase ("as a") is "found" in the
 * wreckage of its own sentence, where the intact context makes the look-alike score well.
 */
export const MIN_FUZZY_LENGTH = 8

/**
 * Quotes longer than this are located by their two ends. Myers' algorithm costs about one pass
 * over the text per 32 allowed errors, so a paragraph-long quote searched whole, with a quarter of
 * its length in errors, would cost many passes; its 32-character ends cost one each.
 */
export const WHOLE_SEARCH_MAX_LENGTH = 64
const END_LENGTH = 32

/** A half-open range of the text to search. */
export interface SearchRegion {
  from: number
  to: number
}

/**
 * A pattern that locates the quote: where it matches, the quote lies between `before` characters
 * before the match and `after` characters after it.
 */
interface Probe {
  pattern: string
  before: number
  after: number
}

/**
 * Approximate matches of `quote.exact` in `region` of `text`, with at most MAX_ERROR_RATE of its
 * length in errors, ignoring the `excluded` spans (matches already known, exact ones above all).
 *
 * approx-string-match returns only the lowest-cost matches. Searched for alone, an edited quote
 * is hidden by any intact copy of it (the FIELD-NOTES trap), so exact matches are masked out; and
 * by any look-alike with fewer errors ("or Barking and Dagenham" for an edited "of Barking and
 * Dagenham"), so the quote is also searched with its prefix and suffix around it, whose best match
 * is where the quote and its context agree together. Each probe only says where to look: the quote
 * itself is then searched in a window there, and its ends refined against the context.
 */
export function searchApproximate(
  text: string,
  quote: TextQuoteSelector,
  region: SearchRegion,
  excluded: readonly QuoteMatch[],
): QuoteMatch[] {
  const { exact } = quote
  if (exact.length < MIN_FUZZY_LENGTH || region.to <= region.from) return []
  const maxErrors = Math.floor(exact.length * MAX_ERROR_RATE)
  const haystack = maskSpans(text, region, excluded, unusedCodeUnit(exact))

  const windows = probesFor(quote).flatMap(({ pattern, before, after }) =>
    search(haystack, pattern, Math.floor(pattern.length * MAX_ERROR_RATE)).map(
      (hit) => [hit.start - before - maxErrors, hit.end + after + maxErrors] as const,
    ),
  )
  const found = mergeWindows(windows, haystack.length).flatMap(([from, to]) =>
    [...endsByStart(search(haystack.slice(from, to), exact, maxErrors))].map(
      ([start, [end, last]]) =>
        refineMatch(
          text,
          quote,
          { start: start + from + region.from, end: end + from + region.from },
          last + from + region.from,
        ),
    ),
  )
  return dedupe(found)
}

/**
 * The first and last end of the matches at each start. approx-string-match reports every end at
 * the lowest cost, often a dozen around one place; refining each would cost a dozen times over.
 */
function endsByStart(matches: { start: number; end: number }[]): Map<number, [number, number]> {
  const ends = new Map<number, [number, number]>()
  for (const { start, end } of matches) {
    const known = ends.get(start)
    ends.set(start, known ? [Math.min(known[0], end), Math.max(known[1], end)] : [end, end])
  }
  return ends
}

/** The quote with its context, and the quote alone for when its context was rewritten. */
function probesFor({ exact, prefix, suffix }: TextQuoteSelector): Probe[] {
  if (exact.length <= WHOLE_SEARCH_MAX_LENGTH) {
    const probes = [{ pattern: exact, before: 0, after: 0 }]
    if (prefix || suffix) probes.push({ pattern: prefix + exact + suffix, before: 0, after: 0 })
    return probes
  }
  const head = exact.slice(0, END_LENGTH)
  const tail = exact.slice(-END_LENGTH)
  const rest = exact.length - END_LENGTH
  const probes = [
    { pattern: head, before: 0, after: rest },
    { pattern: tail, before: rest, after: 0 },
  ]
  if (prefix) probes.push({ pattern: prefix + head, before: 0, after: rest })
  if (suffix) probes.push({ pattern: tail + suffix, before: rest, after: 0 })
  return probes
}

/** Clamp windows to the haystack, sort them and merge those that overlap. */
function mergeWindows(windows: (readonly [number, number])[], length: number): [number, number][] {
  const sorted = windows
    .map(([from, to]) => [Math.max(0, from), Math.min(length, to)] as [number, number])
    .sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const window of sorted) {
    const last = merged.at(-1)
    if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1])
    else merged.push(window)
  }
  return merged
}

/** `text` in `region`, with each excluded span overwritten by `mask` (offsets kept). */
function maskSpans(
  text: string,
  region: SearchRegion,
  excluded: readonly QuoteMatch[],
  mask: string,
): string {
  let out = ''
  let cursor = region.from
  for (const span of [...excluded].sort((a, b) => a.start - b.start)) {
    const from = Math.max(span.start, cursor)
    const to = Math.min(span.end, region.to)
    if (to <= from) continue
    out += text.slice(cursor, from) + mask.repeat(to - from)
    cursor = to
  }
  return out + text.slice(cursor, region.to)
}

/** A character that is not in the quote, so a masked span can match none of it. */
function unusedCodeUnit(quote: string): string {
  let code = 0
  while (quote.includes(String.fromCharCode(code))) code++
  return String.fromCharCode(code)
}

function dedupe(matches: QuoteMatch[]): QuoteMatch[] {
  const seen = new Set<string>()
  return matches.filter((m) => {
    const key = `${m.start}:${m.end}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

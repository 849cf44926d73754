import type { TextPositionSelector, TextQuoteSelector } from '../model/annotation'

/**
 * How much context a quote selector keeps on each side. 32 characters is what Hypothesis stores:
 * enough to tell repeats of a short phrase apart, small enough to survive nearby edits.
 */
export const CONTEXT_LENGTH = 32

/**
 * Selectors for `text.slice(start, end)`: the exact words, up to CONTEXT_LENGTH characters of
 * prefix and suffix (fewer at the edges of the text), and the position.
 *
 * Throws a RangeError for a span that is not a passage (offsets that are not whole numbers, out of
 * range or reversed; an empty or whitespace-only span): the caller must not offer to highlight
 * such a span, and an annotation made from one could never be anchored again. The span is taken
 * as given; trimming a selection's stray white space is the caller's choice.
 */
export function describeSpan(
  text: string,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`Span offsets must be whole numbers, not ${start}..${end}.`)
  }
  if (start < 0 || end > text.length || start > end) {
    throw new RangeError(`Span ${start}..${end} is outside the text (0..${text.length}).`)
  }
  const exact = text.slice(start, end)
  if (exact.trim() === '') {
    throw new RangeError(`Span ${start}..${end} holds no words to highlight.`)
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: text.slice(wholeCharacterEdge(text, Math.max(0, start - CONTEXT_LENGTH), 1), start),
      suffix: text.slice(
        end,
        wholeCharacterEdge(text, Math.min(text.length, end + CONTEXT_LENGTH), -1),
      ),
    },
    position: { type: 'TextPositionSelector', start, end },
  }
}

/**
 * A context's far edge, moved one step towards the span (`step`) when it would cut a surrogate
 * pair: half a character is not valid Unicode and would not survive a round trip through UTF-8.
 */
function wholeCharacterEdge(text: string, edge: number, step: 1 | -1): number {
  const splitsPair =
    isHighSurrogate(text.charCodeAt(edge - 1)) && isLowSurrogate(text.charCodeAt(edge))
  return splitsPair ? edge + step : edge
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

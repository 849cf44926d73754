/** A half-open range of offsets into a text. */
export interface TextSpan {
  start: number
  end: number
}

const TERMINAL = new Set(['.', '!', '?'])
const CLOSERS = new Set(['”', '’', '"', ')'])
// What may open the next sentence: a capital, a figure, or an opening quote or bracket.
const SENTENCE_OPENER = /[\p{Lu}\p{N}“‘"(£$€]/u
// A full stop after these is not the end of a sentence ("Dr. Smith", initials "J. Smith").
const ABBREVIATION_BEFORE = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Cllr|Rev|Sir|No|\p{Lu})$/u

/**
 * Split `text.slice(start, end)` into sentences, each trimmed. A sentence never ends inside
 * quotation marks, so a multi-sentence quotation stays with the words that introduce it. A block
 * that stops mid-sentence in the source ends with that unfinished sentence.
 */
export function splitSentences(text: string, start = 0, end = text.length): TextSpan[] {
  const spans: TextSpan[] = []
  let sentenceStart = start
  let depth = 0
  let inStraightQuote: boolean = false
  for (let i = start; i < end; i++) {
    const char = text[i] ?? ''
    if (char === '“') depth++
    else if (char === '”') depth = Math.max(0, depth - 1)
    else if (char === '"') inStraightQuote = !inStraightQuote
    if (!TERMINAL.has(char) || isAbbreviation(text, sentenceStart, i)) continue
    // Take the closing quotes and brackets that belong to this sentence ("…rating.”").
    let next = i + 1
    let closingDepth = depth
    let closingStraight: boolean = inStraightQuote
    while (next < end && CLOSERS.has(text[next] ?? '')) {
      if (text[next] === '”') closingDepth = Math.max(0, closingDepth - 1)
      if (text[next] === '"') closingStraight = !closingStraight
      next++
    }
    if (closingDepth > 0 || closingStraight) continue
    const atEnd = next >= end
    if (!atEnd && !(text[next] === ' ' && SENTENCE_OPENER.test(text[next + 1] ?? ''))) continue
    pushTrimmed(text, sentenceStart, next, spans)
    sentenceStart = next
    depth = closingDepth
    inStraightQuote = closingStraight
    i = next - 1
  }
  pushTrimmed(text, sentenceStart, end, spans)
  return spans
}

function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  return (
    text[dot] === '.' && ABBREVIATION_BEFORE.test(text.slice(Math.max(sentenceStart, dot - 5), dot))
  )
}

function pushTrimmed(text: string, start: number, end: number, spans: TextSpan[]): void {
  let from = start
  let to = end
  while (from < to && /\s/u.test(text[from] ?? '')) from++
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to--
  if (to > from) spans.push({ start: from, end: to })
}

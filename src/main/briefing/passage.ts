import type { Passage } from './briefing-document'

const OPENING = /[“‘"'([]/u
const CLOSING = /[”’"')\]]/u
const TERMINAL = /[.!?…]/u
const SPACE = /\s/u
const WORD = /[\p{L}\p{N}]/u
// A full stop after these does not end a sentence ("Dr. Smith", initials "J. Smith").
const ABBREVIATION = /(?:^|[\s(“‘])(?:Mr|Mrs|Ms|Dr|Prof|St|Cllr|Rev|Sir|No|e\.g|i\.e|\p{Lu})$/u

/**
 * Quote `text.slice(start, end)` as a key-argument entry shows it: the words verbatim, an
 * ellipsis only at an edge where the highlight cuts into a sentence, and quotation marks for a
 * direct quotation unless the passage brings its own. Reported speech and narration get none but
 * the half that balances a quotation the highlight cuts. `blockStart`/`blockEnd` bound the
 * paragraph it sits in: a paragraph's edge is a sentence's edge, even where the source itself
 * stops mid-sentence, because the pack then quotes all there is.
 */
export function quotePassage(
  text: string,
  start: number,
  end: number,
  blockStart: number,
  blockEnd: number,
  kind: Passage['kind'],
): Passage {
  while (start < end && SPACE.test(text[start] ?? '')) start++
  while (end > start && SPACE.test(text[end - 1] ?? '')) end--
  const words = text.slice(start, end)
  return {
    text: words,
    kind,
    ...(kind === 'direct' ? quotationMarks(words) : balancingMarks(words)),
    leadingEllipsis: !startsSentence(text, start, end, blockStart),
    trailingEllipsis: !endsSentence(text, start, end, blockEnd),
  }
}

/** The passage as printed. */
export function passageDisplay(passage: Passage): string {
  const lead = passage.leadingEllipsis ? '…' : ''
  const trail = passage.trailingEllipsis ? '…' : ''
  return `${passage.open}${lead}${passage.text}${trail}${passage.close}`
}

/**
 * The first `maxWords` words of a passage, ending with an ellipsis if that cuts it: for places
 * that point to a passage rather than show it whole.
 */
export function shortenPassage(passage: Passage, maxWords: number): Passage {
  const words = [...passage.text.matchAll(/\S+/gu)]
  const last = words[maxWords - 1]
  if (words.length <= maxWords || !last) return passage
  const text = passage.text.slice(0, last.index + last[0].length).replace(/[,;:–—-]+$/u, '')
  // Close whatever is open at the cut: the mark this passage added, or a quotation in its words.
  const close = passage.open
    ? passage.close || '”'
    : (passage.kind === 'direct' ? quotationMarks(text) : balancingMarks(text)).close
  return { ...passage, text, trailingEllipsis: true, close }
}

/** How the passage's own double quotation marks pair up: closes with no open, opens left open. */
function markBalance(words: string): { unopened: number; depth: number } {
  let depth = 0
  let unopened = 0
  for (const char of words) {
    if (char === '“') depth++
    else if (char === '”') {
      if (depth > 0) depth--
      else unopened++
    }
  }
  return { unopened, depth }
}

/**
 * The marks a passage that is not a direct quotation gets: only the half that closes (or opens)
 * a quotation its words cut, so every mark printed has its pair and nothing else is quoted.
 */
function balancingMarks(words: string): { open: string; close: string } {
  const { unopened, depth } = markBalance(words)
  return { open: unopened > 0 ? '“' : '', close: depth > 0 ? '”' : '' }
}

/**
 * Which marks to add: none around a passage that is already one whole quotation; only the missing
 * half where the highlight starts or ends inside a quotation; both otherwise.
 */
function quotationMarks(words: string): { open: string; close: string } {
  const { unopened, depth } = markBalance(words)
  if (unopened > 0 && depth === 0) return { open: '“', close: '' }
  if (words.startsWith('“') && depth > 0 && unopened === 0) return { open: '', close: '”' }
  if (words.startsWith('“') && words.endsWith('”') && depth === 0 && closesFirstAtEnd(words)) {
    return { open: '', close: '' }
  }
  // A quotation inside the passage keeps its double marks; the outer ones alternate to single,
  // as British style nests them, rather than printing two double marks side by side.
  return /[“”]/u.test(words) ? { open: '‘', close: '’' } : { open: '“', close: '”' }
}

/** Whether the quotation opened by the first character closes at the last one. */
function closesFirstAtEnd(words: string): boolean {
  let depth = 0
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '“') depth++
    else if (words[i] === '”') depth--
    if (depth === 0) return i === words.length - 1
  }
  return false
}

function startsSentence(text: string, start: number, end: number, blockStart: number): boolean {
  const firstWord = firstWordChar(text, start, end)
  if (firstWord !== null && /\p{Ll}/u.test(firstWord)) return false
  let i = start - 1
  while (i >= blockStart && OPENING.test(text[i] ?? '')) i--
  if (i < blockStart) return true
  // Anything but a space before the highlight means it starts inside a word or a phrase.
  if (!SPACE.test(text[i] ?? '')) return false
  while (i >= blockStart && SPACE.test(text[i] ?? '')) i--
  if (i < blockStart) return true
  while (i >= blockStart && CLOSING.test(text[i] ?? '')) i--
  const before = text[i] ?? ''
  if (TERMINAL.test(before)) return !isAbbreviation(text, blockStart, i)
  // 'He said: “The PCT wanted…”' – a quotation opens its own sentence.
  return before === ':' && (OPENING.test(text[start] ?? '') || OPENING.test(text[start - 1] ?? ''))
}

function endsSentence(text: string, start: number, end: number, blockEnd: number): boolean {
  let k = end - 1
  while (k > start && CLOSING.test(text[k] ?? '')) k--
  if (TERMINAL.test(text[k] ?? '') && !isAbbreviation(text, start, k)) return true
  // The highlight may stop just short of the sentence's closing punctuation, or of the paragraph.
  let m = end
  let terminal = false
  while (m < blockEnd && (TERMINAL.test(text[m] ?? '') || CLOSING.test(text[m] ?? ''))) {
    if (TERMINAL.test(text[m] ?? '')) terminal = true
    m++
  }
  if (m >= blockEnd) return true
  return terminal && SPACE.test(text[m] ?? '')
}

function firstWordChar(text: string, start: number, end: number): string | null {
  for (let i = start; i < end; i++) if (WORD.test(text[i] ?? '')) return text[i] ?? null
  return null
}

function isAbbreviation(text: string, from: number, dot: number): boolean {
  return text[dot] === '.' && ABBREVIATION.test(text.slice(Math.max(from, dot - 5), dot))
}

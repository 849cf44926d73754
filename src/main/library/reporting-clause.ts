import type { TextSpan } from './split-sentences'
import { PROPER_NAME } from './proper-names'

/**
 * Reporting verbs: the verb says the subject said (or wrote, or believes) what follows. "put it
 * down to" reports an explanation the speaker gave. Nouns that double as verbs ("notes",
 * "comments") are left out: "Her comments were…" is not a report.
 */
const REPORTING_VERBS = (
  'said|says|say|announced|announces|claimed|claims|highlighted|highlights|admitted|' +
  'admits|believed|believes|added|adds|told|tells|stated|argued|argues|warned|warns|' +
  'insisted|insists|explained|explains|suggested|suggests|noted|commented|acknowledged|' +
  'acknowledges|confirmed|confirms|denied|denies|maintained|maintains|stressed|stresses|' +
  'emphasised|emphasises|emphasized|emphasizes|revealed|reveals|predicted|predicts|' +
  'replied|responded|concluded|pointed out|points out|put it down to|puts it down to|' +
  'blamed|blames|criticised|criticises|complained|complains|wrote|writes|agreed|alleged|' +
  'alleges|asserted|recalled'
).split('|')
const VERB = String.raw`(?:${REPORTING_VERBS.join('|')})(?![\p{L}’'-])`
// "has said", "also said", "had previously claimed".
const AUXILIARIES = String.raw`(?:(?:has|have|had|also|previously|later|then|now|again) ){0,2}`
const PRONOUN = String.raw`(?:[Hh]e|[Ss]he)(?![\p{L}])`
// Words that make "The joint post was created" a clause rather than a subject like "The local
// authority" or "The council’s chief executive".
const NOT_IN_SUBJECT =
  'is|was|are|were|has|had|have|will|would|can|could|may|might|must|should|and|but|or|to|be|been'
const DESCRIPTION = String.raw`(?:The|the)(?: (?!(?:${NOT_IN_SUBJECT})(?!\p{L}))\p{Ll}[\p{L}’'-]*){1,5}`
const SUBJECT = String.raw`(${PRONOUN}|${DESCRIPTION}|${PROPER_NAME})`
// A role or relative clause set off by commas: "Graham Farrant, chief executive of the council,".
const APPOSITIVE = String.raw`(?:, ([^“”",][^“”"]{0,199}?),)?`

/** "Graham Farrant, chief executive of the council, said: …" — the subject opens the sentence. */
const LEADING = new RegExp(String.raw`^${SUBJECT}${APPOSITIVE} ${AUXILIARIES}${VERB}`, 'u')
/** "…, Farrant said, …", "“…,” she said." and "…, said Farrant." — the clause is set off. */
const PARENTHETICAL = new RegExp(
  String.raw`(?:,|,”|”,?) (?:${SUBJECT} ${AUXILIARIES}${VERB}|(?:said|says|added|adds) ${SUBJECT})(?=[,.!?]|$)`,
  'u',
)
/** "…Barking and Dagenham Council, which claims that …" — the report is embedded in a clause. */
const RELATIVE = new RegExp(
  String.raw`(?<![\p{L}’'-])(${PROPER_NAME}), (?:which|who) ${AUXILIARIES}${VERB} (?:that )?`,
  'u',
)
const QUOTATION = /“[^“”]*”|"[^"]*"/gu

/** Where a sentence says who is speaking, and which of its words are theirs. */
export interface ReportingClause {
  /** The subject as written: "He", "Farrant", "Graham Farrant", "The local authority". */
  subject: string
  /** What sits between commas after the subject ("chief executive of the council"), or null. */
  appositive: string | null
  /**
   * The speaker's words, as offsets into the sentence: the quotations when the sentence is
   * nothing but the reporting clause and quotations (direct speech); otherwise the reported
   * content, without the reporter's framing: what follows "said (that)", or the sentence on
   * either side of ", Farrant said,". The framing is the reporter's narration, not the speaker's.
   */
  spans: TextSpan[]
  mode: 'direct' | 'reported'
}

/** Find the reporting clause of one sentence, or null if the sentence reports nobody. */
export function findReportingClause(sentence: string): ReportingClause | null {
  const leading = LEADING.exec(sentence)
  if (leading) {
    const rest = sentence.slice(leading[0].length)
    // "said: “…”" — the whole complement is one quotation: direct speech.
    const direct = /^[:,]? (“[^“”]*”|"[^"]*")[.!?]?$/u.exec(rest)
    const quoteStart = leading[0].length + (direct ? rest.indexOf(direct[1] ?? '') : 0)
    return {
      subject: leading[1] ?? '',
      appositive: leading[2] ?? null,
      ...(direct
        ? {
            mode: 'direct',
            spans: [{ start: quoteStart, end: quoteStart + (direct[1] ?? '').length }],
          }
        : { mode: 'reported', spans: contentAfter(sentence, leading[0].length) }),
    }
  }
  const parenthetical = PARENTHETICAL.exec(sentence)
  if (parenthetical) {
    const subject = parenthetical[1] ?? parenthetical[2] ?? ''
    const quotes = directQuotes(sentence, parenthetical.index, parenthetical[0].length)
    return {
      subject,
      appositive: null,
      ...(quotes
        ? { mode: 'direct', spans: quotes }
        : {
            mode: 'reported',
            spans: contentAround(sentence, parenthetical.index, parenthetical[0].length),
          }),
    }
  }
  const relative = RELATIVE.exec(sentence)
  if (relative) {
    const start = relative.index + relative[0].length
    const end = sentence.length - (/[.!?]$/u.test(sentence) ? 1 : 0)
    if (end <= start) return null
    return {
      subject: relative[1] ?? '',
      appositive: null,
      mode: 'reported',
      spans: [{ start, end }],
    }
  }
  return null
}

// What may sit between a reporting verb and what is reported: "said: …", "said that …".
const COMPLEMENT_OPENING = /^(?:[:,]?\s+)(?:that\s+)?/u

// "told the court: …", "tells MPs that …": who was told belongs to the framing too.
const TOLD_WHOM = /^ [^“”":]{1,60}?(?::| that )/u

/** The reported content after a leading clause ("He said that [the plan was late.]"). */
function contentAfter(sentence: string, clauseEnd: number): TextSpan[] {
  const told = /(?:told|tells)$/u.test(sentence.slice(0, clauseEnd))
    ? (TOLD_WHOM.exec(sentence.slice(clauseEnd))?.[0].length ?? 0)
    : 0
  const rest = sentence.slice(clauseEnd + told)
  const opening = COMPLEMENT_OPENING.exec(rest)?.[0].length ?? 0
  return trimmedSpans(sentence, [{ start: clauseEnd + told + opening, end: sentence.length }])
}

/**
 * The reported content on either side of a parenthetical clause ("[Four posts will change],
 * Farrant said, [so the staff will go back.]"), its commas left to the framing.
 */
function contentAround(sentence: string, clauseStart: number, clauseLength: number): TextSpan[] {
  let after = clauseStart + clauseLength
  if (sentence[after] === ',') after++
  // An inverted clause's quotation mark (", ” she said") stays with the words it closes.
  const before = /^”/u.test(sentence.slice(clauseStart, clauseStart + 1))
    ? clauseStart + 1
    : clauseStart
  return trimmedSpans(sentence, [
    { start: 0, end: before },
    { start: after, end: sentence.length },
  ])
}

/** Spans narrowed past white space and stray commas at their edges; empty ones dropped. */
function trimmedSpans(sentence: string, spans: TextSpan[]): TextSpan[] {
  return spans.flatMap(({ start, end }) => {
    while (start < end && /[\s,;:]/u.test(sentence[start] ?? '')) start++
    while (end > start && /[\s,;:]/u.test(sentence[end - 1] ?? '')) end--
    // A span with no word in it (a lone full stop) is punctuation, not anyone's words.
    return /[\p{L}\p{N}]/u.test(sentence.slice(start, end)) ? [{ start, end }] : []
  })
}

/**
 * The quotations of a sentence whose only other words are the reporting clause ("“…,” she
 * said, “…”"), or null when the quotations are woven into narration (reported speech).
 */
function directQuotes(
  sentence: string,
  clauseStart: number,
  clauseLength: number,
): TextSpan[] | null {
  const quotes = [...sentence.matchAll(QUOTATION)]
  if (quotes.length === 0) return null
  const clauseEnd = clauseStart + clauseLength
  let leftover = ''
  let cursor = 0
  for (const quote of quotes) {
    leftover += sentence.slice(cursor, quote.index)
    cursor = quote.index + quote[0].length
  }
  leftover += sentence.slice(cursor)
  const clause = sentence.slice(clauseStart, clauseEnd).replace(/^[,”\s]+/u, '')
  const outside = leftover.replace(clause, '').replace(/[\s,.!?:;]/gu, '')
  if (outside !== '') return null
  return quotes.map((quote) => ({ start: quote.index, end: quote.index + quote[0].length }))
}

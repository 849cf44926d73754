import type { Attribution, Block, Speaker } from '../../shared/model/article'
import { isCutOffRole } from './cut-off'
import { classifyName, findNameMentions } from './proper-names'
import { findReportingClause, type ReportingClause } from './reporting-clause'
import { collectPredicateRoles } from './predicate-role'
import { splitSentences, type TextSpan } from './split-sentences'
import { createSpeakerRegistry, type Referent, type SpeakerRegistry } from './speaker-registry'
import { splitSpeakerLine } from './speaker-line'

/** Who speaks in an article, and which spans of its text are theirs. */
export interface AttributedBody {
  speakers: Speaker[]
  /** Sorted by start; never overlapping; each trimmed and inside one block. */
  attributions: Attribution[]
}

// How an article refers back to a council it has named.
const COUNCIL_ALIASES = new Set(['the council', 'the local authority', 'the local council'])
// Head nouns of descriptions that name one person by role: "the council’s chief executive".
const PERSON_ROLE_NOUNS = new Set(
  (
    'executive director chairman chairwoman chair chairperson spokesman spokeswoman ' +
    'spokesperson minister secretary officer leader manager head president commissioner ' +
    'inspector worker councillor mayor chancellor governor adviser advisor'
  ).split(' '),
)

/**
 * Attribute the article's quotations and reported speech to speakers, by rule: a round-up byline
 * owns the quotation under it; otherwise a sentence is attributed only when a reporting verb
 * ("said", "claims", "highlighted"…) has a subject that resolves to someone the article names or
 * describes. Words nobody is reported as saying, scare quotes included, stay unattributed.
 */
export function attributeQuotes(body: { text: string; blocks: readonly Block[] }): AttributedBody {
  const { text, blocks } = body
  const registry = createSpeakerRegistry()
  const attributions: Attribution[] = []
  const narration: TextSpan[] = []
  const quoted = new Set<Block>()

  blocks.forEach((block, index) => {
    if (block.kind === 'speaker-line') {
      const quote = blocks[index + 1]
      const byline = splitSpeakerLine(text.slice(block.start, block.end))
      if (!byline || quote?.kind !== 'paragraph') return
      const referent: Referent = { kind: 'person', name: byline.name, role: byline.role }
      registry.mention(referent)
      const speaker = registry.speak(referent)
      attributions.push({ speakerId: speaker.id, ...quotationOf(text, quote), mode: 'direct' })
      quoted.add(quote)
      return
    }
    if (quoted.has(block)) return
    for (const sentence of splitSentences(text, block.start, block.end)) {
      narration.push(sentence)
      attributions.push(...attributeSentence(text, sentence, registry))
    }
  })

  const predicateRoles = collectPredicateRoles(text, narration)
  for (const speaker of registry.speakers()) {
    if (speaker.kind === 'person' && speaker.name !== null && speaker.role === null) {
      speaker.role = predicateRoles.roleOf(speaker.name)
    }
    speaker.roleCutOff = isCutOffRole(speaker.role)
  }
  return { speakers: registry.speakers(), attributions: keepDisjoint(attributions) }
}

/** A round-up quotation runs from its opening mark to its last closing mark. */
function quotationOf(text: string, block: Block): TextSpan {
  const paragraph = text.slice(block.start, block.end)
  const close = Math.max(paragraph.lastIndexOf('”'), paragraph.lastIndexOf('"'))
  return { start: block.start, end: close > 0 ? block.start + close + 1 : block.end }
}

function attributeSentence(text: string, span: TextSpan, registry: SpeakerRegistry): Attribution[] {
  const sentence = text.slice(span.start, span.end)
  const clause = findReportingClause(sentence)
  const referent = clause ? resolveSubject(clause, registry) : null
  const found: Attribution[] = []
  if (clause && referent) {
    registry.mention(referent)
    const speaker = registry.speak(referent)
    for (const part of clause.spans) {
      const start = span.start + part.start
      const end = span.start + part.end
      if (clause.mode === 'direct')
        found.push({ speakerId: speaker.id, start, end, mode: 'direct' })
      else found.push(...reportedWithQuotations(text, start, end, speaker.id))
    }
  }
  for (const mention of findNameMentions(sentence)) {
    registry.mention({
      kind: mention.kind === 'person' ? 'person' : 'organisation',
      name: mention.name,
      role: null,
    })
  }
  return found
}

const QUOTATION = /“[^“”]*”|"[^"]*"/gu

/**
 * Reported speech with the speaker's own words it quotes ("She said the timing was “strange”")
 * set apart as direct speech: those words are hers verbatim, the rest is the reporter's account.
 */
function reportedWithQuotations(
  text: string,
  start: number,
  end: number,
  speakerId: Speaker['id'],
): Attribution[] {
  const parts: Attribution[] = []
  const reported = (from: number, to: number) => {
    while (from < to && /\s/u.test(text[from] ?? '')) from++
    while (to > from && /\s/u.test(text[to - 1] ?? '')) to--
    // What is left between or after quotations may be a lone full stop: nobody's words.
    if (/[\p{L}\p{N}]/u.test(text.slice(from, to))) {
      parts.push({ speakerId, start: from, end: to, mode: 'reported' })
    }
  }
  let cursor = start
  for (const quote of text.slice(start, end).matchAll(QUOTATION)) {
    const quoteStart = start + quote.index
    reported(cursor, quoteStart)
    parts.push({ speakerId, start: quoteStart, end: quoteStart + quote[0].length, mode: 'direct' })
    cursor = quoteStart + quote[0].length
  }
  reported(cursor, end)
  return parts
}

/** Who a reporting clause's subject is, or null rather than a guess. */
function resolveSubject(clause: ReportingClause, registry: SpeakerRegistry): Referent | null {
  const { subject } = clause
  // An appositive is a role ("chief executive of the council"); a relative clause is not.
  const role =
    clause.appositive !== null && !/^(?:who|which|whose|where|when)\b/u.test(clause.appositive)
      ? clause.appositive
      : null
  if (/^(?:he|she)$/iu.test(subject)) return registry.latestPerson()
  if (/^the \p{Ll}/iu.test(subject)) {
    // Lower-case the sentence-opening capital: the role is "the council’s chief executive".
    const description = `t${subject.slice(1)}`
    if (COUNCIL_ALIASES.has(description)) return registry.latestOrganisation('Council')
    const isPersonRole = PERSON_ROLE_NOUNS.has(description.split(' ').at(-1) ?? '')
    // Any other description ("the charity", "the report") is left unattributed, not guessed at.
    return isPersonRole ? { kind: 'person', name: null, role: description } : null
  }
  const name = classifyName(subject)
  if (!name) return null
  if (name.kind === 'single') {
    const person = registry.personBySurname(name.name)
    return person ? { ...person, role } : null
  }
  return { kind: name.kind, name: name.name, role }
}

/** Sort by start and drop any span that would overlap an earlier one (the first rule wins). */
function keepDisjoint(attributions: Attribution[]): Attribution[] {
  const sorted = [...attributions].sort((a, b) => a.start - b.start || a.end - b.end)
  const kept: Attribution[] = []
  for (const attribution of sorted) {
    const last = kept.at(-1)
    if (!last || attribution.start >= last.end) kept.push(attribution)
  }
  return kept
}

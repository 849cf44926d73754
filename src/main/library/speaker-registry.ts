import type { Speaker, SpeakerId } from '../../shared/model/article'
import { surnameOf } from './proper-names'

/** Someone or something the article has named or described, whether or not they speak. */
export interface Referent {
  kind: Speaker['kind']
  /** Null for a person named by role only ("the council’s chief executive"). */
  name: string | null
  role: string | null
}

/** The speakers of one article, and the memory of who was named last that resolves "He". */
export interface SpeakerRegistry {
  /** Note that the article has just named or described `referent`. */
  mention(referent: Referent): void
  /** The person named or described most recently: what "He" or "She" refers to. */
  latestPerson(): Referent | null
  /** The most recently named organisation whose name ends in `headWord` ("Council"). */
  latestOrganisation(headWord: string): Referent | null
  /** The most recently named person with this surname: "Farrant" after "Graham Farrant". */
  personBySurname(surname: string): Referent | null
  /** The speaker for `referent`, created on first use; a role learnt later fills a null role. */
  speak(referent: Referent): Speaker
  /** Every speaker, in the order they first speak. */
  speakers(): Speaker[]
}

/** Start an empty registry for one article. */
export function createSpeakerRegistry(): SpeakerRegistry {
  // Only the latest referent of each sort is ever asked for, so only that is kept: lookups stay
  // constant-time however many names a long article mentions.
  let lastPerson: Referent | null = null
  const lastPersonBySurname = new Map<string, Referent>()
  const lastOrganisationByHead = new Map<string, Referent>()
  const byKey = new Map<string, Speaker>()
  const usedIds = new Set<string>()

  return {
    mention(referent) {
      if (referent.kind === 'organisation') {
        if (referent.name !== null) lastOrganisationByHead.set(surnameOf(referent.name), referent)
        return
      }
      lastPerson = referent
      // A surname alone refers back to a full name, never to another lone surname.
      if (referent.name?.includes(' ')) lastPersonBySurname.set(surnameOf(referent.name), referent)
    },
    latestPerson: () => lastPerson,
    latestOrganisation: (headWord) => lastOrganisationByHead.get(headWord) ?? null,
    personBySurname: (surname) => lastPersonBySurname.get(surname) ?? null,
    speak(referent) {
      // A name identifies a speaker; someone named by role only is identified by that role.
      const key = referent.name !== null ? `name:${referent.name}` : `role:${referent.role ?? ''}`
      const known = byKey.get(key)
      if (known) {
        known.role ??= referent.role
        return known
      }
      const speaker: Speaker = {
        id: claimId(slugify(referent.name ?? referent.role ?? 'speaker'), usedIds),
        name: referent.name,
        role: referent.role,
        kind: referent.kind,
        // Known once the article's roles are final (see attributeQuotes).
        roleCutOff: false,
      }
      byKey.set(key, speaker)
      return speaker
    },
    speakers: () => [...byKey.values()],
  }
}

// A speaker's id is a slug of a name or role, which an article may make long. Cut short, it stays
// well within the contract's id limit (MAX_ID_LENGTH), numbered copies ("-2") included, so a
// highlight can always be attributed to the speaker.
const MAX_SLUG_LENGTH = 60

/** "The council’s chief executive" -> "the-councils-chief-executive"; long ones cut at a word. */
export function slugify(label: string): string {
  const slug = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
  if (slug === '') return 'speaker'
  if (slug.length <= MAX_SLUG_LENGTH) return slug
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1)
  const atWord = cut.slice(0, cut.lastIndexOf('-'))
  return atWord === '' ? cut.slice(0, MAX_SLUG_LENGTH) : atWord
}

function claimId(slug: string, used: Set<string>): SpeakerId {
  let id = slug
  for (let n = 2; used.has(id); n++) id = `${slug}-${n}`
  used.add(id)
  return id as SpeakerId
}

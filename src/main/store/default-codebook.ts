import { STORE_VERSION, type StoreData } from '../../shared/model/store-data'
import type { Tag, TagId } from '../../shared/model/tag'

const tag = (id: string, group: string, name: string, colour: string, description: string) => ({
  id: id as TagId,
  name,
  colour,
  description,
  group,
})

/**
 * The codebook a new store starts with: what a passage does in the argument (Role), which side it
 * takes (Stance) and what it is about (Theme). Ids are stable slugs so that a future migration or
 * a teacher's instructions can refer to them. Colours are light enough for dark text on a tag chip
 * to reach WCAG AA contrast, and clearly different within each group.
 */
export const DEFAULT_CODEBOOK: readonly Tag[] = [
  tag('role-claim', 'Role', 'Claim', '#e8747c', 'A position the author or a speaker argues for.'),
  tag(
    'role-evidence',
    'Role',
    'Evidence',
    '#5fa8d3',
    'Facts, figures or examples offered in support of a claim.',
  ),
  tag(
    'role-counter-argument',
    'Role',
    'Counter-argument',
    '#f0b84f',
    'A point that challenges or answers a claim.',
  ),
  tag(
    'role-recommendation',
    'Role',
    'Recommendation',
    '#6cc08b',
    'What someone says should be done next.',
  ),
  tag('role-lesson', 'Role', 'Lesson', '#a98bd6', 'What was learned from experience, good or bad.'),
  tag(
    'stance-for-integration',
    'Stance',
    'For integration',
    '#9ccc65',
    'Supports bringing health and social care services together.',
  ),
  tag(
    'stance-against-or-sceptical',
    'Stance',
    'Against or sceptical',
    '#ff8a65',
    'Opposes integration, or doubts that it will work as promised.',
  ),
  tag(
    'stance-neutral',
    'Stance',
    'Neutral',
    '#b0b0b0',
    'Reports or weighs both sides without taking one.',
  ),
  tag(
    'theme-funding',
    'Theme',
    'Funding',
    '#d4a373',
    'Money: budgets, costs, savings and who pays.',
  ),
  tag(
    'theme-accountability',
    'Theme',
    'Accountability',
    '#8c9eff',
    'Who answers for results and how they are held to account.',
  ),
  tag(
    'theme-culture',
    'Theme',
    'Culture',
    '#f48fb1',
    'Ways of working, values and trust between organisations.',
  ),
  tag(
    'theme-leadership',
    'Theme',
    'Leadership',
    '#4db6ac',
    'Who leads, how decisions are made, and by whom.',
  ),
  tag(
    'theme-communication',
    'Theme',
    'Communication',
    '#e6ee9c',
    'How information is shared with staff, partners and the public.',
  ),
]

/** A new, empty store: the default codebook, no annotations, no speakers. A fresh copy each call. */
export function emptyStore(): StoreData {
  return {
    version: STORE_VERSION,
    annotations: [],
    tags: DEFAULT_CODEBOOK.map((t) => ({ ...t })),
    speakers: [],
    preferences: { lastColour: 'yellow' },
  }
}

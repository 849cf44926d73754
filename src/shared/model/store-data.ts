import type { Annotation, HighlightColour, StudentSpeaker } from './annotation'
import type { Tag } from './tag'

/** The schema version this build reads and writes. Older files are migrated; newer ones refused. */
export const STORE_VERSION = 1

/** Everything the student makes, as it is kept on disk (`briefpack.json` in the data folder). */
export interface StoreData {
  version: typeof STORE_VERSION
  annotations: Annotation[]
  tags: Tag[]
  speakers: StudentSpeaker[]
  preferences: { lastColour: HighlightColour }
}

import type { HighlightColour } from '../../../shared/model/annotation'

/** Highlight colours as the student reads them (buttons, screen readers). */
export const COLOUR_NAMES: Record<HighlightColour, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
}

import type { HighlightColour } from '../../shared/model/annotation'
import type { FontName } from './fonts'

/** A text style: face, size in points, line height (leading) and colour. */
export interface TextStyle {
  font: FontName
  size: number
  leading: number
  colour: string
  /** Extra space between letters, for small capitals-like labels. */
  tracking?: number
}

/**
 * A4 with generous margins: a measure of about 75 characters of body text, which reads easily,
 * and room in the left margin for paragraph numbers and in the right for note markers.
 */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  left: 84,
  right: 595.28 - 84,
  top: 86,
  bottom: 841.89 - 78,
  headerY: 46,
  footerY: 841.89 - 44,
} as const

export const CONTENT_WIDTH = PAGE.right - PAGE.left

export const INK = {
  text: '#1d1d1f',
  soft: '#3d3d42',
  muted: '#6b6b73',
  faint: '#a3a3ab',
  rule: '#d8d5cd',
  accent: '#2e4a6b',
  warning: '#9a3412',
} as const

/**
 * A type scale on a ratio of about 1.25 from a 10.5 pt body: headings in Literata SemiBold,
 * labels and figures in Inter, which stays crisp at small sizes.
 */
export const TYPE = {
  coverTitle: { font: 'serifSemiBold', size: 30, leading: 37, colour: INK.text },
  h1: { font: 'serifSemiBold', size: 22, leading: 28, colour: INK.text },
  h2: { font: 'serifSemiBold', size: 14, leading: 19, colour: INK.text },
  h3: { font: 'sansSemiBold', size: 8, leading: 13, colour: INK.muted, tracking: 0.8 },
  lead: { font: 'serif', size: 11.5, leading: 17, colour: INK.soft },
  body: { font: 'serif', size: 10.5, leading: 16, colour: INK.text },
  article: { font: 'serif', size: 10.5, leading: 16.5, colour: INK.text },
  quote: { font: 'serif', size: 11, leading: 16.5, colour: INK.text },
  note: { font: 'serifItalic', size: 9.5, leading: 13.5, colour: INK.soft },
  footnote: { font: 'serif', size: 8.5, leading: 11.5, colour: INK.soft },
  label: { font: 'sans', size: 8.5, leading: 12.5, colour: INK.muted },
  labelStrong: { font: 'sansSemiBold', size: 8.5, leading: 12.5, colour: INK.soft },
  chip: { font: 'sansMedium', size: 7.5, leading: 10, colour: INK.text },
  figure: { font: 'serifSemiBold', size: 26, leading: 30, colour: INK.text },
  furniture: { font: 'sans', size: 7.5, leading: 10, colour: INK.muted },
  speakerLine: { font: 'sansMedium', size: 8.5, leading: 13, colour: INK.muted },
} as const satisfies Record<string, TextStyle>

/**
 * The five highlight colours as the reader shows them (annotations.css): a soft wash that text
 * stays readable on, and the same hue at full strength for bars and markers.
 */
export const HIGHLIGHT: Record<HighlightColour, { wash: string; edge: string }> = {
  yellow: { wash: '#fbe38e', edge: '#b88a00' },
  green: { wash: '#c8ebc1', edge: '#3c8c4e' },
  blue: { wash: '#cbe0fb', edge: '#3a74c4' },
  pink: { wash: '#f8cde0', edge: '#c2457f' },
  purple: { wash: '#e0d3f7', edge: '#7a55c2' },
}

/** Where a line's baseline sits in a row of height `leading`, so text looks centred in it. */
export function baselineIn(style: TextStyle, rowTop: number, leading = style.leading): number {
  return rowTop + leading / 2 + style.size * 0.3
}

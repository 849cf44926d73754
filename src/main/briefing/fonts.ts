import { createRequire } from 'node:module'

/**
 * The faces a pack uses: Literata (a book face made for reading on screen and paper) for the
 * articles, quotes and headings, Inter for labels, counts and page furniture. Both are OFL fonts
 * shipped as plain TTF files by the @expo-google-fonts packages, which fontkit reads whole
 * (unlike @fontsource's split WOFF2 subsets); pdfkit embeds a subset of each.
 */
export const FONT_FILES = {
  serif: '@expo-google-fonts/literata/400Regular/Literata_400Regular.ttf',
  serifItalic: '@expo-google-fonts/literata/400Regular_Italic/Literata_400Regular_Italic.ttf',
  serifSemiBold: '@expo-google-fonts/literata/600SemiBold/Literata_600SemiBold.ttf',
  sans: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  sansMedium: '@expo-google-fonts/inter/500Medium/Inter_500Medium.ttf',
  sansSemiBold: '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
} as const

export type FontName = keyof typeof FONT_FILES

/** Where each font file is on disk, resolved through Node so it works wherever deps are installed. */
export function resolveFontFiles(): Record<FontName, string> {
  const require = createRequire(import.meta.url)
  const paths = {} as Record<FontName, string>
  for (const [name, file] of Object.entries(FONT_FILES) as [FontName, string][]) {
    try {
      paths[name] = require.resolve(file)
    } catch (error) {
      throw new Error(
        `Briefpack cannot find the font file ${file}; reinstall the app's packages.`,
        {
          cause: error,
        },
      )
    }
  }
  return paths
}

/** What pdfkit's font object exposes of the fontkit font underneath (not in @types/pdfkit). */
export interface GlyphChecker {
  hasGlyphForCodePoint(codePoint: number): boolean
}

/**
 * Remembers which characters a font lacks, so that a pack can warn, naming them, about what
 * prints as an empty box. White space, control and format characters and variation selectors
 * are left out: they are spacing or modifiers, not glyphs a reader would miss.
 */
export class GlyphAudit {
  private readonly known = new Map<GlyphChecker, Map<string, boolean>>()
  private readonly missing = new Set<string>()

  /** Note the characters of `text` that `font` cannot draw. */
  check(text: string, font: GlyphChecker): void {
    let cache = this.known.get(font)
    if (!cache) this.known.set(font, (cache = new Map()))
    for (const char of text) {
      let has = cache.get(char)
      if (has === undefined) {
        has = IGNORED.test(char) || font.hasGlyphForCodePoint(char.codePointAt(0)!)
        cache.set(char, has)
      }
      if (!has) this.missing.add(char)
    }
  }

  /** Every character found missing, once each, in the order first met. */
  get characters(): string[] {
    return [...this.missing]
  }
}

const IGNORED = /^[\s\p{Cc}\p{Cf}\p{Variation_Selector}]$/u

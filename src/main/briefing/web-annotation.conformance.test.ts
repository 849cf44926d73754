import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../shared/model/article'
import { annotationsJsonLd } from './web-annotation'
import { loadBundledArticles } from '../../../test-support/articles'
import {
  conformanceCases,
  EMOJI_ARTICLE_ID,
  layoutCase,
  type ConformanceCase,
} from '../../../test-support/briefing/conformance-stores'
import { createJsonTestRunner } from '../../../test-support/w3c-annotation/jsontest'
import { loadW3cSuite, type W3cSuite } from '../../../test-support/w3c-annotation/w3c-suite'

// The W3C's own tests of the Web Annotation Data Model (w3c/web-annotation-tests, JSON Schema
// draft-04), run on the pack's JSON-LD as the W3C harness runs them. Where the suite is not on
// this machine, loading it fails every test here, saying where it looked.
const MUSTS = {
  annotation: 'annotations/annotationMusts.test',
  collection: 'collections/collectionMusts.test',
  page: 'collections/pages/pageMusts.test',
} as const

let suite: W3cSuite
let runner: ReturnType<typeof createJsonTestRunner>
let articles: Article[]
let cases: ConformanceCase[]
beforeAll(async () => {
  suite = loadW3cSuite()
  runner = createJsonTestRunner(suite)
  articles = await loadBundledArticles()
  cases = conformanceCases(articles)
})

const assertionsOf = (test: string) => (suite.json(test) as { assertions: unknown[] }).assertions

/** The assertions `content` does not meet, each as "file: message"; [] when it meets them all. */
function unmet(test: string, content: unknown): string[] {
  const results = runner.run(test, content)
  expect(results).toHaveLength(assertionsOf(test).length)
  return results.filter((r) => r.outcome !== 'pass').map((r) => `${r.file}: ${r.message}`)
}

/** An embedded node read on its own, in the scope of the document's @context (as JSON-LD reads it). */
const standalone = (doc: { '@context': unknown }, node: object) => ({
  '@context': doc['@context'],
  ...node,
})

type JsonLd = {
  '@context': string
  id: string
  first: { id: string; items: { id: string; body: { purpose: string }[]; target: Target }[] }
}
type Target = { source: string; selector: { type: string; start?: number; end?: number }[] }

const jsonLdOf = (c: ConformanceCase) => {
  const doc = layoutCase(c)
  return { doc, json: JSON.parse(annotationsJsonLd(doc.records, doc.meta)) as JsonLd }
}
const caseNamed = (name: string) => cases.find((c) => c.name === name)!

describe('the harness here judges as the W3C suite does', () => {
  it('runs the MUST tests of annotations, collections and pages, MUST assertions all', () => {
    expect(suite.manifest.tests).toEqual([MUSTS.annotation, MUSTS.collection, MUSTS.page])
    const counts = Object.values(MUSTS).map((test) => assertionsOf(test).length)
    expect(counts).toEqual([54, 10, 15])
    const types = Object.values(MUSTS).flatMap((test) =>
      runner.run(test, {}).map((r) => r.assertionType),
    )
    expect(new Set(types)).toEqual(new Set(['must']))
  })

  it('passes the suite’s correct samples and refuses its incorrect ones, but for its known slips', () => {
    const testFor = (sample: { type?: unknown }) =>
      sample.type === 'AnnotationCollection'
        ? MUSTS.collection
        : sample.type === 'AnnotationPage'
          ? MUSTS.page
          : MUSTS.annotation
    const verdicts: Record<string, string[]> = {}
    const refused: string[] = []
    for (const path of Object.keys(suite.manifest.files).filter((p) => p.includes('/samples/'))) {
      let sample: { type?: unknown }
      try {
        sample = JSON.parse(suite.text(path))
      } catch {
        // The harness fails input it cannot parse before any assertion (most incorrect samples).
        if (path.includes('/incorrect/')) refused.push(path)
        continue
      }
      const failed = runner
        .run(testFor(sample), sample)
        .filter((r) => r.outcome === 'fail')
        .map((r) => r.file!.split('/').pop()!)
      if (path.includes('/incorrect/')) {
        if (failed.length > 0) refused.push(path)
      } else if (failed.length > 0) verdicts[path.split('/').pop()!] = failed
    }
    expect(refused).toHaveLength(
      Object.keys(suite.manifest.files).filter((p) => p.includes('/samples/incorrect/')).length,
    )
    // Samples older than the schemas: Composite, List and Independents targets left the model at
    // its third Candidate Recommendation, and the schemas went with it ("Align with CR3").
    const removedTargetTypes = ['3.2-targetObjectsRecognized.json']
    // The page schemas expect `partOf` to be an object; these two samples (named for examples of
    // the model) give it as the IRI the model allows.
    const partOfAsIri = [
      '5.2-pageTotalValidated.json',
      '5.2-pageLabelValidated.json',
      '5.2-pageFirstValidated.json',
      '5.2-pageLastValidated.json',
      '3.3.1-pageCreatedValidated.json',
      '3.3.1-pageModifiedValidated.json',
      '3.3.6-pageRightsValidated.json',
    ]
    expect(verdicts).toEqual({
      'anno11.json': removedTargetTypes,
      'anno12.json': removedTargetTypes,
      'anno13.json': removedTargetTypes,
      'example42.json': partOfAsIri,
      'example43.json': partOfAsIri,
    })
  })

  it('refuses to run on a suite that is missing, or not the one the manifest names', () => {
    expect(() => loadW3cSuite(suite.manifest, [join(tmpdir(), 'no-such-suite')])).toThrow(
      /is not here\. Looked in:\n {2}.*no-such-suite/u,
    )
    const copy = mkdtempSync(join(tmpdir(), 'w3c-suite-'))
    try {
      cpSync(suite.dir, copy, { recursive: true })
      const changed = join(copy, 'definitions', 'id.json')
      writeFileSync(changed, readFileSync(changed, 'utf8').replace('"uri"', '"uri-reference"'))
      expect(() => loadW3cSuite(suite.manifest, [copy])).toThrow(/id\.json is not the file at/u)
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  })

  it('follows expectedResult and onUnexpectedResult as the suite documents them', () => {
    const hasA = { title: 'has a', required: ['a'] }
    const run = (assertions: unknown[], content: unknown) =>
      runner
        .runAssertions(MUSTS.annotation, assertions, content)
        .map((r) => [r.title, r.outcome, r.asExpected])

    // `invalid`: passing means the content does not match.
    expect(run([{ ...hasA, expectedResult: 'invalid' }], { a: 1 })).toEqual([
      ['has a', 'fail', false],
    ])
    expect(run([{ ...hasA, expectedResult: 'invalid' }], {})).toEqual([['has a', 'pass', true]])
    // failAndSkip skips the rest of its own list only; passAndSkip skips but does not fail.
    const skipping = (onUnexpectedResult: string) => [
      [{ ...hasA, onUnexpectedResult }, { title: 'next in list' }],
      { title: 'after the list' },
    ]
    expect(run(skipping('failAndSkip'), {})).toEqual([
      ['has a', 'fail', false],
      ['next in list', 'skipped', null],
      ['after the list', 'pass', true],
    ])
    expect(run(skipping('passAndSkip'), {})[0]).toEqual(['has a', 'pass', false])
    expect(run(skipping('passAndSkip'), {})[1]).toEqual(['next in list', 'skipped', null])
    // failAndAbort stops everything after it, in the enclosing lists too.
    expect(run(skipping('failAndAbort'), {}).map((r) => r[1])).toEqual([
      'fail',
      'skipped',
      'skipped',
    ])
    // The default: failAndContinue.
    expect(run([hasA, { title: 'next' }], {}).map((r) => r[1])).toEqual(['fail', 'pass'])
    // An object naming an assertion file overrides that file's keys.
    const noId = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation' }
    const idFile = 'annotations/3.1-annotationIdValidated.json'
    expect(run([idFile], noId)[0]![1]).toBe('fail')
    expect(run([{ assertionFile: idFile, expectedResult: 'invalid' }], noId)[0]![1]).toBe('pass')
  })
})

describe('the pack’s JSON-LD passes the W3C MUST tests', () => {
  it.each([
    'the sample store',
    'a highlight over two speakers',
    'merged exact duplicates',
    'notes in emoji and CJK, an empty note, no tags, a bare orphan',
    'notes left out, no author',
    'an article with emoji before its passages',
  ])('%s: the collection, its page and every annotation', (name) => {
    const { doc, json } = jsonLdOf(caseNamed(name))
    expect(unmet(MUSTS.collection, json)).toEqual([])
    // The page test takes a collection with its page inside, or the page on its own.
    expect(unmet(MUSTS.page, json)).toEqual([])
    expect(unmet(MUSTS.page, standalone(json, json.first))).toEqual([])
    expect(json.first.items).toHaveLength(doc.records.length)
    const failures = json.first.items.flatMap((item) =>
      unmet(MUSTS.annotation, standalone(json, item)).map((m) => `${item.id}: ${m}`),
    )
    expect(failures).toEqual([])
  })

  it('tests packs that hold what they are named for', () => {
    expect(cases.map((c) => c.name)).toHaveLength(6)
    const records = (name: string) => layoutCase(caseNamed(name)).records
    const sample = records('the sample store')
    expect(new Set(sample.map((r) => r.speech))).toEqual(
      new Set(['direct', 'reported', 'narration', 'mixed', null]),
    )
    expect(sample.filter((r) => r.status === 'orphaned').map((r) => r.position)).toEqual([null])
    expect(sample.some((r) => r.note === '') && sample.some((r) => r.tags.length === 0)).toBe(true)
    const parts = jsonLdOf(caseNamed('a highlight over two speakers')).json.first.items
    expect(parts.map((i) => i.id).filter((id) => id.includes('two-speakers'))).toEqual([
      'urn:briefpack:annotation:two-speakers#part-1',
      'urn:briefpack:annotation:two-speakers#part-2',
    ])
    expect(records('merged exact duplicates').find((r) => r.id === 'a05')!.duplicateIds).toEqual([
      'twin',
    ])
    const multilingual = records('notes in emoji and CJK, an empty note, no tags, a bare orphan')
    expect(multilingual.find((r) => r.id === 'a01')!.note).toMatch(/👩🏽‍🎓 学生の意見/u)
    expect(multilingual.find((r) => r.id === 'a02')!.note).toBe('')
    expect(multilingual.find((r) => r.id === 'a03')!.tags).toEqual([])
  })
})

describe('what readers need beyond the MUSTs (FIELD-NOTES)', () => {
  it('gives the page an id of its own', () => {
    const { json } = jsonLdOf(caseNamed('the sample store'))
    expect(json.first.id).toMatch(/^urn:briefpack:/u)
    expect(json.first.id).not.toBe(json.id)
  })

  it('gives every annotation a body, an orphan with nothing on it one that says what it is', () => {
    for (const c of cases) {
      const { json } = jsonLdOf(c)
      expect(
        json.first.items.filter((i) => !(i.body?.length > 0)).map((i) => i.id),
        c.name,
      ).toEqual([])
    }
    const bare = jsonLdOf(
      caseNamed('notes in emoji and CJK, an empty note, no tags, a bare orphan'),
    ).json.first.items.find((i) => i.id === 'urn:briefpack:annotation:a99')!
    expect(bare.body).toEqual([
      {
        type: 'TextualBody',
        purpose: 'describing',
        value: 'The saved words are no longer found in the article’s current text.',
      },
    ])
  })

  it('counts TextPositionSelector offsets in code points, and stores UTF-16 offsets as before', () => {
    const c = caseNamed('an article with emoji before its passages')
    const article = c.articles.find((a) => a.id === EMOJI_ARTICLE_ID)!
    const codePoints = [...article.text]
    const { json } = jsonLdOf(c)
    for (const item of json.first.items) {
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector') as {
        exact?: string
      }
      const position = item.target.selector.find((s) => s.type === 'TextPositionSelector')!
      expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact)
      // Briefpack's own record of the highlight keeps JavaScript's offsets, which differ here.
      const stored = c.store.annotations.find((a) => item.id.endsWith(`:${a.id}`))!.target
      expect(article.text.slice(stored.position.start, stored.position.end)).toBe(quote.exact)
      expect(stored.position.start).toBeGreaterThan(position.start!)
    }
  })
})

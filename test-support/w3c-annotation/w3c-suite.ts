import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** This folder: the manifest, the README, and (git-ignored) a local copy of the suite. */
export const W3C_SUPPORT_DIR = dirname(fileURLToPath(import.meta.url))
const REPO_ROOT = resolve(W3C_SUPPORT_DIR, '../..')

/** Which commit of w3c/web-annotation-tests the tests run, and the git blob id of each file used. */
export interface SuiteManifest {
  repository: string
  commit: string
  /** The `.test` files whose assertions are run: the MUST tests. */
  tests: string[]
  /** Every file used, by its path in the repository, with its git blob id (SHA-1). */
  files: Record<string, string>
}

/** The suite as read from disk, every file checked against the manifest. */
export interface W3cSuite {
  dir: string
  manifest: SuiteManifest
  /** A file of the suite as text. */
  text(path: string): string
  /** A file of the suite, parsed as JSON (`.test` files are JSON too). */
  json(path: string): unknown
}

export const readManifest = (): SuiteManifest =>
  JSON.parse(readFileSync(join(W3C_SUPPORT_DIR, 'manifest.json'), 'utf8')) as SuiteManifest

/** The id git gives a file's content: SHA-1 of `blob <length>\0<content>`. */
export function gitBlobId(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex')
}

/**
 * Where the suite's files may be: $W3C_ANNOTATION_TESTS, this folder's `suite/`, or
 * `shared/w3c-annotation-tests` in a folder above the repository (the project's shared folder,
 * which sits beside the checkout on developers' machines and in CI).
 */
export function suiteCandidates(): string[] {
  const found = process.env.W3C_ANNOTATION_TESTS ? [resolve(process.env.W3C_ANNOTATION_TESTS)] : []
  found.push(join(W3C_SUPPORT_DIR, 'suite'))
  for (let dir = dirname(REPO_ROOT); ; dir = dirname(dir)) {
    found.push(join(dir, 'shared', 'w3c-annotation-tests'))
    if (dirname(dir) === dir) return found
  }
}

/**
 * The W3C suite at the manifest's commit. Throws, naming every place looked and what to do, when
 * no copy is found or a file differs from the manifest: a test run against a missing or changed
 * suite must fail, not pass on nothing.
 */
export function loadW3cSuite(manifest = readManifest(), candidates = suiteCandidates()): W3cSuite {
  const dir = candidates.find((d) => existsSync(join(d, 'annotations', 'annotationMusts.test')))
  if (!dir) {
    throw new Error(
      `The W3C Web Annotation test suite (${manifest.repository} at ${manifest.commit}) is not ` +
        `here. Looked in:\n  ${candidates.join('\n  ')}\nCopy it with ` +
        '`npx tsx test-support/w3c-annotation/copy-suite.ts <clone> <destination>` ' +
        '(see test-support/w3c-annotation/README.md).',
    )
  }
  const contents = new Map<string, Buffer>()
  for (const [path, blob] of Object.entries(manifest.files)) {
    const file = join(dir, path)
    if (!existsSync(file)) throw new Error(`${file} is missing from the W3C suite copy in ${dir}`)
    const content = readFileSync(file)
    if (gitBlobId(content) !== blob) {
      throw new Error(`${file} is not the file at ${manifest.commit} (git blob ${blob})`)
    }
    contents.set(path, content)
  }
  const text = (path: string) => {
    const content = contents.get(path)
    if (!content) throw new Error(`${path} is not in the W3C suite manifest`)
    return content.toString('utf8')
  }
  return { dir, manifest, text, json: (path) => JSON.parse(text(path)) }
}

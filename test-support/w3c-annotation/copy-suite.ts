// Copies the W3C Web Annotation test suite's files that Briefpack's conformance tests use out of a
// git clone of w3c/web-annotation-tests, or rebuilds the list of them (manifest.json) from a newer
// commit. See README.md beside this file.
//
//   npx tsx test-support/w3c-annotation/copy-suite.ts <clone> <destination>
//   npx tsx test-support/w3c-annotation/copy-suite.ts --refresh <clone> [commit]
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import { gitBlobId, readManifest, W3C_SUPPORT_DIR, type SuiteManifest } from './w3c-suite'

const git = (clone: string, ...args: string[]) =>
  execFileSync('git', ['-C', clone, ...args], { maxBuffer: 64 * 1024 * 1024 })

function copySuite(clone: string, destination: string): void {
  const manifest = readManifest()
  for (const [path, blob] of Object.entries(manifest.files)) {
    const content = git(clone, 'show', `${manifest.commit}:${path}`)
    if (gitBlobId(content) !== blob) throw new Error(`${path} at ${manifest.commit} is not ${blob}`)
    mkdirSync(dirname(join(destination, path)), { recursive: true })
    writeFileSync(join(destination, path), content)
  }
  console.log(`Copied ${Object.keys(manifest.files).length} files at ${manifest.commit}.`)
}

/** Assertion files a `.test` names: a path with a slash is from the top, one without is beside it. */
function assertionFiles(testPath: string, assertions: unknown[]): string[] {
  return assertions.flatMap((entry): string[] => {
    if (Array.isArray(entry)) return assertionFiles(testPath, entry)
    const file =
      typeof entry === 'string'
        ? entry
        : (entry as { assertionFile?: string } | null)?.assertionFile
    if (!file) return []
    return [file.includes('/') ? file : posix.join(posix.dirname(testPath), file)]
  })
}

function refreshManifest(clone: string, commit: string): void {
  const fullCommit = git(clone, 'rev-parse', `${commit}^{commit}`).toString().trim()
  const paths = git(clone, 'ls-tree', '-r', '--name-only', fullCommit)
    .toString()
    .split('\n')
    .filter(Boolean)
  const read = (path: string) => git(clone, 'show', `${fullCommit}:${path}`).toString('utf8')
  const tests = paths.filter((p) => /Musts\.test$/u.test(p)).sort()
  const used = new Set<string>(['license.md', ...tests])
  for (const test of tests) {
    const { assertions } = JSON.parse(read(test)) as { assertions: unknown[] }
    for (const file of assertionFiles(test, assertions)) used.add(file)
  }
  // Every schema $ref names a definitions file by its id; the suite's own sample annotations
  // check that the harness here judges as the W3C's did.
  for (const p of paths) {
    if (/^definitions\/.+\.json$/u.test(p) || /^tools\/samples\/.+\.json$/u.test(p)) used.add(p)
  }
  const files: Record<string, string> = {}
  for (const path of [...used].sort()) {
    if (!paths.includes(path)) throw new Error(`${path} is named but not in ${fullCommit}`)
    files[path] = git(clone, 'rev-parse', `${fullCommit}:${path}`).toString().trim()
  }
  const manifest: SuiteManifest = {
    repository: 'w3c/web-annotation-tests',
    commit: fullCommit,
    tests,
    files,
  }
  writeFileSync(join(W3C_SUPPORT_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  console.log(`manifest.json now lists ${used.size} files at ${fullCommit}: copy them again.`)
}

const [first, ...rest] = process.argv.slice(2)
if (first === '--refresh' && rest[0]) refreshManifest(rest[0], rest[1] ?? 'HEAD')
else if (first && rest[0]) copySuite(first, rest[0])
else {
  console.error('Usage: copy-suite.ts <clone> <destination> | --refresh <clone> [commit]')
  process.exitCode = 2
}

import { posix } from 'node:path'
import Ajv, { type ValidateFunction } from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import type { W3cSuite } from './w3c-suite'

/**
 * An assertion as the suite writes it: a JSON Schema (draft-04) with the JSONtest keywords that
 * say how to judge it (annotation-model/CONTRIBUTING.md in web-platform-tests).
 */
interface AssertionObject {
  title?: string
  /** `valid` (the default): the content must match the schema; `invalid`: it must not. */
  expectedResult?: 'valid' | 'invalid'
  /** What an unexpected result counts as, and what runs next (default `failAndContinue`). */
  onUnexpectedResult?: `${'fail' | 'pass'}And${'Continue' | 'Skip' | 'Abort'}`
  /** How serious an unexpected result is (default `must`). */
  assertionType?: 'must' | 'should' | 'may'
  errorMessage?: string
  assertionFile?: string
  assertions?: unknown
}

/** An assertion ready to run: `key` names its compiled schema. */
type Loaded = { file: string | null; key: string; schema: AssertionObject } | Loaded[]

/** One assertion's verdict on one piece of content. */
export interface AssertionResult {
  title: string
  file: string | null
  assertionType: 'must' | 'should' | 'may'
  /** `skipped`: an earlier unexpected result said to skip (or abort) the rest. */
  outcome: 'pass' | 'fail' | 'skipped'
  /** Whether validation came out as `expectedResult` said; null when skipped. */
  asExpected: boolean | null
  /** The suite's errorMessage and Ajv's errors, for an unexpected result. */
  message: string
}

type Action = 'continue' | 'skip' | 'abort'

/**
 * Runs a suite's `.test` files on content as the W3C harness (annotation-model/scripts/JSONtest.js
 * in web-platform-tests) does: assertions in order, nested lists as groups; `expectedResult`
 * decides whether a result is the expected one; an unexpected one counts as a failure
 * (`failAnd…`) or not (`passAnd…`, which the suite gives its SHOULD and MAY assertions) and then
 * continues, skips the rest of its list (and the lists inside it), or aborts the whole test.
 */
export function createJsonTestRunner(suite: W3cSuite) {
  // As the harness: every error, no check of the schemas themselves, and no strict mode (Ajv 7
  // brought it, years after the suite; its JSONtest keywords and `required` lists without
  // `properties` trip it). Formats are checked in ajv-formats' full mode.
  const ajv = new Ajv({ allErrors: true, validateSchema: false, strict: false })
  addFormats(ajv)
  // The definitions' ids ("id.json", …) are how the assertions' $refs name them.
  for (const path of Object.keys(suite.manifest.files)) {
    if (path.startsWith('definitions/')) ajv.addSchema(suite.json(path) as object)
  }
  const compiled = new Map<string, ValidateFunction>()
  const validator = (key: string, schema: AssertionObject) => {
    let validate = compiled.get(key)
    if (!validate) compiled.set(key, (validate = ajv.compile(schema)))
    return validate
  }

  const load = (testPath: string, entry: unknown): Loaded => {
    if (Array.isArray(entry)) return entry.map((e) => load(testPath, e))
    // A path with a slash is from the top of the suite; one without is beside the .test file.
    const path = (file: string) =>
      file.includes('/') ? file : posix.join(posix.dirname(testPath), file)
    if (typeof entry === 'string') {
      return {
        file: path(entry),
        key: path(entry),
        schema: suite.json(path(entry)) as AssertionObject,
      }
    }
    const inline = entry as AssertionObject
    if (inline.assertions !== undefined) {
      throw new Error(`${testPath}: condition objects (compareWith) are not run by this harness`)
    }
    if (!inline.assertionFile) return { file: null, key: JSON.stringify(inline), schema: inline }
    // An object naming a file overrides that file's keys with its own. The result is a schema of
    // its own, so it does not keep the file's id (Ajv holds one schema per id).
    const { assertionFile, ...overrides } = inline
    const external = { ...(suite.json(path(assertionFile)) as AssertionObject & { id?: string }) }
    delete external.id
    return {
      file: path(assertionFile),
      key: `${path(assertionFile)} ${JSON.stringify(overrides)}`,
      schema: { ...external, ...overrides },
    }
  }

  const run = (list: Loaded[], content: unknown, start: Action, out: AssertionResult[]) => {
    let action = start
    for (const item of list) {
      if (Array.isArray(item)) {
        if (run(item, content, action, out) === 'abort') action = 'abort'
        continue
      }
      const { file, key, schema } = item
      const base = {
        title: schema.title ?? file ?? 'inline assertion',
        file,
        assertionType: schema.assertionType ?? 'must',
      }
      if (action !== 'continue') {
        out.push({ ...base, outcome: 'skipped', asExpected: null, message: `after ${action}` })
        continue
      }
      const validate = validator(key, schema)
      const valid = validate(content) as boolean
      const asExpected = (schema.expectedResult ?? 'valid') === 'valid' ? valid : !valid
      const onUnexpected = schema.onUnexpectedResult ?? 'failAndContinue'
      const next = onUnexpected.replace(/^(?:fail|pass)And/u, '').toLowerCase()
      action = asExpected
        ? 'continue'
        : ((['skip', 'abort'].includes(next) ? next : 'continue') as Action)
      out.push({
        ...base,
        outcome: asExpected || onUnexpected.startsWith('pass') ? 'pass' : 'fail',
        asExpected,
        message: asExpected
          ? ''
          : `${schema.errorMessage ?? 'unexpected result'} (${ajv.errorsText(validate.errors)})`,
      })
    }
    return action
  }

  /** Assertions as a `.test` file lists them (paths, inline objects, nested lists). */
  const runAssertions = (testPath: string, assertions: unknown[], content: unknown) => {
    const out: AssertionResult[] = []
    run(load(testPath, assertions) as Loaded[], content, 'continue', out)
    return out
  }

  return {
    runAssertions,
    /** Every assertion of the `.test` file at `testPath`, judged on `content`, in order. */
    run(testPath: string, content: unknown): AssertionResult[] {
      const test = suite.json(testPath) as { assertions?: unknown }
      if (!Array.isArray(test.assertions) || test.assertions.length === 0) {
        throw new Error(`${testPath} has no assertions`)
      }
      return runAssertions(testPath, test.assertions, content)
    },
  }
}

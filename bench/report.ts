import { readFile, writeFile } from 'node:fs/promises'
import { format, resolveConfig } from 'prettier'
import type { Machine } from './machine'
import type { Summary } from './measure'

/** A measured step with its target and the baseline taken in the same loop. */
export interface Row {
  step: string
  subject: Summary
  baseline: { label: string; summary: Summary }
  /** The median must stay under this, in ms. */
  targetMs: number
}

/** A figure that explains a step (where its time or memory goes); no target of its own. */
export interface Detail {
  label: string
  summary: Summary
  /** What the summary counts: milliseconds unless said otherwise. */
  unit?: 'ms' | 'MiB'
}

const DETAILS_HEADING = 'Where the time and memory go (median, min–max; ms unless marked MiB)'

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1))
const range = (s: Summary) => `${ms(s.min)}–${ms(s.max)}`
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0)
const detail = (d: Detail) =>
  d.unit === 'MiB'
    ? `${mib(d.summary.median)} MiB (${mib(d.summary.min)}–${mib(d.summary.max)})`
    : `${ms(d.summary.median)} (${range(d.summary)})`
const ratio = (row: Row) => `${(row.subject.median / row.baseline.summary.median).toFixed(1)}×`
const verdict = (row: Row) => (row.subject.median < row.targetMs ? 'pass' : 'FAIL')

function columns(rows: Row[]): string[][] {
  return rows.map((row) => [
    row.step,
    String(row.subject.runs),
    ms(row.subject.median),
    range(row.subject),
    row.baseline.label,
    `${ms(row.baseline.summary.median)} (${range(row.baseline.summary)})`,
    ratio(row),
    `< ${row.targetMs}`,
    verdict(row),
  ])
}

const HEADERS = [
  'Step',
  'Runs',
  'Median ms',
  'Min–max ms',
  'Baseline',
  'Baseline median (min–max) ms',
  'Ratio',
  'Target ms',
  'Result',
]

/** A plain-text table for the terminal. */
export function formatTable(rows: Row[], details: Detail[], setup: string[]): string {
  const body = [HEADERS, ...columns(rows)]
  const widths = HEADERS.map((_, i) => Math.max(...body.map((line) => line[i]!.length)))
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')
  const out = [line(body[0]!), widths.map((w) => '-'.repeat(w)).join('  ')]
  out.push(...body.slice(1).map(line))
  out.push('', ...setup)
  out.push('', `${DETAILS_HEADING}:`)
  for (const d of details) out.push(`  ${d.label}: ${detail(d)}`)
  return out.join('\n')
}

const mdRow = (cells: string[]) => `| ${cells.join(' | ')} |`

/** The results as Markdown: the table, the baselines' spread, the breakdown and the machine. */
export function formatMarkdown(
  rows: Row[],
  details: Detail[],
  setup: string[],
  machine: Machine,
): string {
  return [
    `Measured ${machine.date} with \`npm run bench\` (medians after warm-up; ratio = median ÷ baseline median).`,
    '',
    mdRow(HEADERS),
    mdRow(HEADERS.map(() => '---')),
    ...columns(rows).map(mdRow),
    '',
    'What was measured:',
    '',
    ...setup.map((fact) => `- ${fact}`),
    '',
    `${DETAILS_HEADING}:`,
    '',
    ...details.map((d) => `- ${d.label}: ${detail(d)}`),
    '',
    'Machine:',
    '',
    `- CPU: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB`,
    `- OS: ${machine.os}; temp folder on ${machine.tempFileSystem}`,
    `- Node ${machine.node}; Chromium ${machine.chromium}`,
    `- Load average (1 min): ${machine.load}`,
  ].join('\n')
}

export const RESULTS_START = '<!-- bench:results:start -->'
export const RESULTS_END = '<!-- bench:results:end -->'

/**
 * Replace the results between the markers in `docPath`, leaving the prose around them as written,
 * and format the file with the project's Prettier settings so `npm run lint` stays clean.
 */
export async function writeResults(docPath: string, markdown: string): Promise<void> {
  const doc = await readFile(docPath, 'utf8')
  const start = doc.indexOf(RESULTS_START)
  const end = doc.indexOf(RESULTS_END)
  if (start === -1 || end < start) {
    throw new Error(`${docPath} has no ${RESULTS_START} … ${RESULTS_END} block for the results.`)
  }
  const next = doc.slice(0, start + RESULTS_START.length) + `\n\n${markdown}\n\n` + doc.slice(end)
  const options = (await resolveConfig(docPath)) ?? {}
  await writeFile(docPath, await format(next, { ...options, filepath: docPath }))
}

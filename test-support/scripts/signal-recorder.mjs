// A child for run-child's tests: says it is ready, writes one line per signal it receives, and
// exits a moment after the first, as Electron does while it saves.
const record = (signal) => {
  process.stdout.write(`${signal}\n`)
  setTimeout(() => process.exit(0), 300)
}
process.on('SIGINT', record)
process.on('SIGTERM', record)
process.stdout.write('ready\n')
setInterval(() => {}, 1000)

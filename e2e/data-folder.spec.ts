import { startHost } from './host'
import { expect, test } from './fixtures'

test('a second host on the same data folder is refused with a clear message', async ({
  freshHost,
}) => {
  const error = await startHost(freshHost.dataDir).then(
    async (second) => {
      await second.stop({ keepData: true })
      return null
    },
    (e: Error) => e,
  )
  expect(error?.message).toContain(freshHost.dataDir)
  expect(error?.message).toMatch(/in use|another Briefpack/i)
})

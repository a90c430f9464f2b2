/**
 * The emulator's memory stays flat over 100,000 calls: CreateChatToken over real sockets (a
 * keep-alive agent, 32 calls at a time) stores nothing, so the heap after a full garbage
 * collection is the same after 100,000 calls as after the first 10,000. Not timed.
 */
import { Agent, request } from 'node:http'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { expect, it } from 'vitest'
import { startServer } from '../../src/server/Server.js'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const heapAfterGc = (): number => {
  for (let i = 0; i < 3; i++) gc()
  return process.memoryUsage().heapUsed
}

const call = (agent: Agent, url: URL, body: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const req = request(
      { agent, host: url.hostname, port: url.port, method: 'POST', path: '/CreateChatToken', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
        res.on('error', reject)
      }
    )
    req.on('error', reject)
    req.end(body)
  })

it('stays flat over 100,000 CreateChatToken calls', async () => {
  const server = await startServer()
  const agent = new Agent({ keepAlive: true, maxSockets: 32 })
  try {
    const created = await fetch(`${server.url}/CreateRoom`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    const { arn } = (await created.json()) as { arn: string }
    const url = new URL(server.url)
    let done = 0
    let failed = 0
    const run = async (n: number): Promise<void> => {
      const target = done + n
      const worker = async (): Promise<void> => {
        while (done < target) {
          done++
          const status = await call(agent, url, JSON.stringify({ roomIdentifier: arn, userId: `user-${done}` }))
          if (status !== 200) failed++
        }
      }
      await Promise.all(Array.from({ length: 32 }, worker))
    }
    await run(10_000)
    const after10k = heapAfterGc()
    await run(90_000)
    const after100k = heapAfterGc()
    expect(done).toBeGreaterThanOrEqual(100_000)
    expect(failed).toBe(0)
    expect(server.state.rooms.size).toBe(1)
    const growthMb = (after100k - after10k) / 1024 / 1024
    console.log(`heap after 10,000 calls: ${(after10k / 1024 / 1024).toFixed(1)} MB; after 100,000: ${(after100k / 1024 / 1024).toFixed(1)} MB (growth ${growthMb.toFixed(2)} MB)`)
    expect(growthMb).toBeLessThan(5)
  } finally {
    agent.destroy()
    await server.close()
  }
})

/**
 * `ivschat-codecs serve` as a real process: it prints its URL, serves the AWS SDK, and exits 0
 * on SIGTERM and on SIGINT, freeing its port.
 */
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { CreateRoomCommand, IvschatClient } from '@aws-sdk/client-ivschat'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleCli, root } from '../cli/helpers.js'

let main: string
beforeAll(async () => {
  main = await bundleCli()
})
afterAll(() => rmSync(main, { force: true }))

describe('serve, as a process', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`serves until ${signal}, then exits 0`, async () => {
      const child = spawn(process.execPath, [main, 'serve', '--port', '0'], { cwd: root, env: { ...process.env, NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] })
      let stderr = ''
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
      const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
      const url = await new Promise<string>((resolve, reject) => {
        let out = ''
        child.stdout.setEncoding('utf8').on('data', (d: string) => {
          out += d
          const line = out.split('\n')[0]
          if (out.includes('\n') && line !== undefined) resolve(line)
        })
        child.on('close', () => reject(new Error(`serve exited before printing its URL: ${stderr}`)))
      })
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const client = new IvschatClient({ endpoint: url, region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } })
      const room = await client.send(new CreateRoomCommand({ name: 'from-a-process' }))
      expect(room.arn).toMatch(/^arn:aws:ivschat:us-east-1:123456789012:room\//)
      client.destroy()
      child.kill(signal)
      expect(await exited).toBe(0)
      expect(stderr).toContain(signal)
      await expect(fetch(`${url}/ListRooms`, { method: 'POST', body: '{}' })).rejects.toThrow()
    })
  }
})

import { CreateChatTokenCommand, CreateRoomCommand, IvschatClient, ValidationException } from '@aws-sdk/client-ivschat'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../../src/index.js'

// The code under test: a backend that hands out chat tokens.
const issueToken = (client: IvschatClient, roomArn: string, userId: string, minutes: number) =>
  client.send(new CreateChatTokenCommand({ roomIdentifier: roomArn, userId, capabilities: ['SEND_MESSAGE'], sessionDurationInMinutes: minutes }))

let server: RunningServer
let client: IvschatClient

beforeAll(async () => {
  server = await startServer() // 127.0.0.1, a free port, a fresh account
  client = new IvschatClient({ endpoint: server.url, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } })
})

afterAll(async () => {
  client.destroy()
  await server.close()
})

it('issues a token for a room', async () => {
  const room = await client.send(new CreateRoomCommand({ name: 'lobby' }))
  const token = await issueToken(client, room.arn!, 'user-1', 30)
  expect(token.sessionExpirationTime!.getTime() - token.tokenExpirationTime!.getTime()).toBe(29 * 60_000)
})

it('is refused a session longer than IVS Chat allows', async () => {
  const room = await client.send(new CreateRoomCommand({}))
  await expect(issueToken(client, room.arn!, 'user-1', 500)).rejects.toBeInstanceOf(ValidationException)
})

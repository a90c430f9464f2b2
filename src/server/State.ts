/**
 * The emulator's state: the rooms and logging configurations of one account in one region, held in
 * memory by one server instance.
 *
 * Handlers never mutate it: they read a `State` and return the `Change`s their call makes;
 * `applyChanges` is the one place where the store is written. Chat tokens, events, deleted
 * messages and disconnections are not stored (they have nothing to show later), so the state only
 * grows with the resources a caller creates.
 *
 * @since 0.2.0
 */
import type { DestinationConfiguration } from '../shapes/DestinationConfiguration.js'
import type { MessageReviewHandler } from '../shapes/MessageReviewHandler.js'

/** Tags as the API carries them. @category model @since 0.2.0 */
export type TagMap = Readonly<Record<string, string>>

/** A room. @category model @since 0.2.0 */
export interface Room {
  readonly id: string
  readonly arn: string
  readonly name: string | undefined
  readonly createTime: Date
  readonly updateTime: Date
  readonly maximumMessageRatePerSecond: number
  readonly maximumMessageLength: number
  readonly messageReviewHandler: MessageReviewHandler | undefined
  readonly tags: TagMap
  /** As the caller gave them (ARNs), in order. */
  readonly loggingConfigurationIdentifiers: ReadonlyArray<string>
}

/** A logging configuration. @category model @since 0.2.0 */
export interface LoggingConfiguration {
  readonly id: string
  readonly arn: string
  readonly name: string | undefined
  readonly createTime: Date
  readonly updateTime: Date
  readonly destinationConfiguration: DestinationConfiguration
  /** The emulator creates and updates synchronously, so a configuration is always `ACTIVE`. */
  readonly state: 'ACTIVE'
  readonly tags: TagMap
}

/** What handlers read. @category model @since 0.2.0 */
export interface State {
  /** By id. */
  readonly rooms: ReadonlyMap<string, Room>
  /** By id. */
  readonly loggingConfigurations: ReadonlyMap<string, LoggingConfiguration>
}

/** One write a handler asks for. @category model @since 0.2.0 */
export type Change =
  | { readonly _tag: 'PutRoom'; readonly room: Room }
  | { readonly _tag: 'DeleteRoom'; readonly id: string }
  | { readonly _tag: 'PutLoggingConfiguration'; readonly loggingConfiguration: LoggingConfiguration }
  | { readonly _tag: 'DeleteLoggingConfiguration'; readonly id: string }

/** The store behind a `State`. @category model @since 0.2.0 */
export interface Store extends State {
  readonly rooms: Map<string, Room>
  readonly loggingConfigurations: Map<string, LoggingConfiguration>
}

/**
 * An empty store: no rooms, no logging configurations.
 *
 * @category constructors
 * @since 0.2.0
 */
export const emptyStore = (): Store => ({ rooms: new Map(), loggingConfigurations: new Map() })

/**
 * Writes a handler's changes into the store, in order.
 *
 * @category combinators
 * @since 0.2.0
 */
export const applyChanges = (changes: ReadonlyArray<Change>) => (store: Store): Store => {
  for (const c of changes) {
    switch (c._tag) {
      case 'PutRoom':
        store.rooms.set(c.room.id, c.room)
        break
      case 'DeleteRoom':
        store.rooms.delete(c.id)
        break
      case 'PutLoggingConfiguration':
        store.loggingConfigurations.set(c.loggingConfiguration.id, c.loggingConfiguration)
        break
      case 'DeleteLoggingConfiguration':
        store.loggingConfigurations.delete(c.id)
        break
      default:
        return absurdChange(c)
    }
  }
  return store
}

const absurdChange = (c: never): never => {
  throw new TypeError(`unknown change ${JSON.stringify(c)}`)
}

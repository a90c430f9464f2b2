/** Deterministic surroundings for the emulator's pure parts. */
import type { Random } from '../../src/server/Ids.js'
import { DEFAULT_QUOTAS, type Quotas } from '../../src/server/Quotas.js'
import { makeService, type Service } from '../../src/server/Service.js'

/** A seeded pseudo-random source (mulberry32): the same seed gives the same ids. */
export const seeded = (seed: number): Random => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A clock that starts at `start` and moves one second at each reading. */
export const ticking = (start = Date.UTC(2024, 0, 1)): (() => Date) => {
  let t = start
  return () => new Date((t += 1000))
}

export const REGION = 'us-west-2'
export const ACCOUNT = '111122223333'

/** A fresh service with a seeded random source and a ticking clock. */
export const service = (quotas: Partial<Quotas> = {}, seed = 1): Service =>
  makeService({ region: REGION, account: ACCOUNT, quotas: { ...DEFAULT_QUOTAS, ...quotas }, random: seeded(seed), now: ticking() })

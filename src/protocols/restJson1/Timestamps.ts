/**
 * restJson1's default timestamp format for members of a JSON body that declare none: Smithy
 * (AWS restJson1 protocol, "Timestamp formats"): `epoch-seconds`. Outside the body, the location
 * decides (see `Bindings.ts`).
 *
 * @since 0.2.0
 */
import type { TimestampFormat } from '../../codecs/Timestamp.js'

/** The format of a body timestamp that declares none. */
export const TIMESTAMPS: TimestampFormat = 'epoch-seconds'

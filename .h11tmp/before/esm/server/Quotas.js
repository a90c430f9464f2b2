/**
 * The resource quotas the emulator enforces, with IVS Chat's defaults.
 *
 * Source: Amazon IVS Chat User Guide, "IVS Chat Service Quotas"
 * (https://docs.aws.amazon.com/ivs/latest/ChatUserGuide/service-quotas.html): "Logging
 * configurations: 10" per account and region; rooms per account and region: 50,000 (see
 * docs/emulator.md on how sure this number is). Both are adjustable in the real service, so they
 * are options here too (a test can set `rooms: 2` to meet the quota without creating 50,000).
 *
 * @since 0.2.0
 */
/** IVS Chat's default quotas. @category constants @since 0.2.0 */
export const DEFAULT_QUOTAS = { rooms: 50_000, loggingConfigurations: 10 };
/**
 * Would one more resource exceed the quota, given how many there are?
 *
 * @category predicates
 * @since 0.2.0
 */
export const isFull = (quota) => (count) => count >= quota;

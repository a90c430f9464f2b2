import fc from 'fast-check'
import { arbitraryOf } from '../test/support/arbitrary.js'
import { GetLoggingConfigurationResponse, DestinationConfiguration } from '../src/index.js'
for (const [n, s, o] of [['G', GetLoggingConfigurationResponse, {unknownVariants: true}], ['D', DestinationConfiguration, {unknownVariants: true}], ['Dx', DestinationConfiguration, {unknownVariants: true, xmlSafe: true}]] as const) {
  const t0 = performance.now()
  fc.sample(arbitraryOf(s as any, o), 300)
  console.log(n, performance.now() - t0)
}

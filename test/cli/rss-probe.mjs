// Preloaded into the CLI by cli-memory.test.ts: on exit, writes the process's peak resident set
// size (in kilobytes) to the file named by RSS_PROBE_OUT.
import { writeFileSync } from 'node:fs'

const out = process.env.RSS_PROBE_OUT
if (out !== undefined) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)))

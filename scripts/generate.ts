/**
 * `npm run generate [-- --model <file>] [--out <dir>] [--docs <file>]`
 *
 * Generates `src/shapes`, `src/errors/shapes` and `docs/shapes.md` from the Smithy model
 * (default `model/ivschat-2020-07-14.json`). `--out` names the root the two shape directories go
 * under (default `src`), so the output can be compared with the committed files.
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { render, writeOutput } from './generator/index.js'

const { values } = parseArgs({
  options: {
    model: { type: 'string', default: 'model/ivschat-2020-07-14.json' },
    out: { type: 'string', default: 'src' },
    docs: { type: 'string', default: 'docs/shapes.md' }
  },
  strict: true
})

const modelPath = resolve(values.model)
const output = render(modelPath)
const { written, removed } = writeOutput(output, resolve(values.out), resolve(values.docs))
console.log(`generated ${output.files.length} files and ${values.docs} from ${values.model}: ${written} written, ${removed} removed`)

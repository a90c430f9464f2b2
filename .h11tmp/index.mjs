import '/work/main/.h11tmp/before/esm/index.js'

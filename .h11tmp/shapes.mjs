import { CreateChatToken } from '/work/main/.h11tmp/before/esm/shapes/index.js'

import x from './tiny.cjs'

import {a} from './tiny2.mjs'

// Registers json-module-hook.mjs for the process started with `node --import` this file.
import { register } from 'node:module'

register('./json-module-hook.mjs', import.meta.url)

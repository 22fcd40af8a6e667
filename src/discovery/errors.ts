/**
 * The error discovery throws. Every message names the file or folder at fault and says how to fix
 * it; the mode turns it into a failed step, so nothing is planned from a guess.
 */
import { InfraGuardError } from '../errors.js'

/** Discovery could not give a trustworthy answer (bad module source, cycle, unreadable file, limits). */
export class DiscoveryError extends InfraGuardError {}

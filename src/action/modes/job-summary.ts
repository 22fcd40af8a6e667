/** The job summary, written the same way by every mode. */
import * as core from '@actions/core'
import * as log from '../log.js'

/**
 * Appends Markdown to the job summary. Outside a runner (no GITHUB_STEP_SUMMARY) the report is still
 * available through the `summary_markdown` output, so a missing summary file is a notice, not a failure:
 * a gate must never flip its verdict because a report could not be written.
 */
export async function writeJobSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.summary.emptyBuffer()
    log.notice(`The job summary was not written: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * Keeps V8's young generation at the size it has when a large plan starts to be read.
 *
 * Why: V8 doubles the young generation each time the bytes that survived scavenges since the last
 * doubling exceed its size. Streaming a plan keeps almost nothing, but the few objects alive at each
 * scavenge add up over a long read, so on Node 24 a 700 MB plan ended with 64 MiB of semi-spaces
 * (peak RSS 146 MiB) where 2 MiB does the same work (80 MiB, same speed within the machine's noise;
 * bench/results.md). An action cannot pass `--max-semi-space-size`, and that flag is read only when
 * the heap is made; the growth factor is read at each growth, so setting it to 1 at run time stops
 * the doubling from then on, for the rest of this short-lived process. (Node starts V8 with flag
 * freezing off so that v8.setFlagsFromString keeps working; __tests__/e2e/large-plan-memory.test.ts
 * checks the effect on the bundle.)
 */

/** The V8 flag that stops the young generation from growing (the factor by which it grows). */
export const NO_YOUNG_GROWTH_FLAG = '--semi-space-growth-factor=1'

/**
 * Stops further young-generation growth in this process. node:v8 is loaded here, not at start-up
 * (it costs every start 2–3 ms), so only reads of large plans pay for it.
 */
export async function stopYoungGenerationGrowth(): Promise<void> {
  const { setFlagsFromString } = await import('node:v8')
  try {
    setFlagsFromString(NO_YOUNG_GROWTH_FLAG)
  } catch {
    // Memory tuning only: a V8 that refuses the flag reads the plan exactly the same, with more memory.
  }
}

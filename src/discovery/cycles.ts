/**
 * Terraform refuses a module that calls itself, directly or through others; discovery says so first,
 * naming every call on the loop, rather than walking it forever.
 */
import { showPath } from './paths.js'
import type { ModuleCall, ModuleGraph } from './module-graph.js'

/** The calls forming one cycle between existing module folders, or undefined when there is none. */
export function findCycle(graph: ModuleGraph): ModuleCall[] | undefined {
  const outgoing = new Map<string, ModuleCall[]>()
  for (const call of graph.calls) {
    if (!graph.folders.has(call.to)) continue
    const list = outgoing.get(call.from)
    if (list) list.push(call)
    else outgoing.set(call.from, [call])
  }
  const state = new Map<string, 'open' | 'done'>()
  // Iterative depth-first search: a deep chain of modules must not overflow the stack.
  for (const start of [...outgoing.keys()].sort()) {
    if (state.has(start)) continue
    const path: ModuleCall[] = []
    const stack: { folder: string; next: number }[] = [{ folder: start, next: 0 }]
    state.set(start, 'open')
    while (stack.length > 0) {
      const top = stack[stack.length - 1]
      const edges = outgoing.get(top.folder) ?? []
      if (top.next >= edges.length) {
        state.set(top.folder, 'done')
        stack.pop()
        path.pop()
        continue
      }
      const call = edges[top.next++]
      const seen = state.get(call.to)
      if (seen === 'open') {
        const loopStart = stack.findIndex(frame => frame.folder === call.to)
        return [...path.slice(loopStart), call]
      }
      if (seen === 'done') continue
      state.set(call.to, 'open')
      path.push(call)
      stack.push({ folder: call.to, next: 0 })
    }
  }
  return undefined
}

/** A cycle as one line: `'a' calls 'b' (module "x" in 'a/main.tf'), 'b' calls 'a' (…)`. */
export function describeCycle(cycle: ModuleCall[]): string {
  const steps = cycle.map(
    call =>
      `${showPath(call.from)} calls ${showPath(call.to)} (module ${JSON.stringify(call.name)} in ${showPath(call.file)})`
  )
  return `Module calls form a cycle: ${steps.join(', then ')}. Terraform cannot load modules that call themselves; remove one of these calls`
}

export const id = 587;
export const ids = [587];
export const modules = {

/***/ 9390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ runTerraform),
/* harmony export */   i: () => (/* binding */ resolveTerraformBinary)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22876);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58592);
/**
 * The only place that runs the terraform (or tofu) binary. One wrapper, `runTerraform`, returns
 * `{stdout, stderr, exitCode}`; callers decide what an exit code means (plan's 2 is "changes").
 * terraform always runs silent: its output quotes attacker-written source lines and values, so what
 * is shown reaches the log only through the log funnel (`echo`), line by line, defused.
 */





/**
 * hashicorp/setup-terraform's wrapper (terraform_wrapper: true) puts a Node script named `terraform`
 * on PATH that adds its own lines to stdout, which corrupts `show -json`. It exports
 * TERRAFORM_CLI_PATH, the folder of the real binary `terraform-bin`: call that one instead.
 */
function resolveTerraformBinary(requested, env = process.env) {
    const wrapperDir = env.TERRAFORM_CLI_PATH;
    if (requested === 'terraform' && wrapperDir) {
        const real = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(wrapperDir, 'terraform-bin');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(real))
            return real;
    }
    return requested;
}
/** Runs one terraform command. Throws TerraformError with terraform's own message on a non-OK exit. */
async function runTerraform(binary, args, options) {
    const okExitCodes = options.okExitCodes ?? [0];
    const file = options.stdoutFile ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(options.stdoutFile) : undefined;
    const stdoutChunks = [];
    const stderrChunks = [];
    const shown = options.echo ? (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .lineSink */ .eg)() : undefined;
    if (shown)
        (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq)((0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .own */ .ZV) `[command]${binary} ${args.join(' ')}`);
    let exitCode;
    try {
        exitCode = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m(binary, args, {
            cwd: options.cwd,
            ignoreReturnCode: true,
            // Never let @actions/exec print: it would write terraform's output to stdout as it is.
            silent: true,
            env: { ...stringEnv(process.env), CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', ...options.env },
            listeners: {
                stdout: (data) => {
                    if (file)
                        file.write(data);
                    else
                        stdoutChunks.push(data);
                    shown?.write(data);
                },
                stderr: (data) => {
                    stderrChunks.push(data);
                    shown?.write(data);
                }
            }
        });
    }
    catch (error) {
        file?.destroy();
        shown?.end();
        const detail = error instanceof Error ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TerraformError */ .nC(`Could not run '${binary}': ${detail}. Install Terraform (hashicorp/setup-terraform) or OpenTofu, or set 'terraform_binary' to its path.`, -1, '');
    }
    shown?.end();
    if (file)
        await new Promise((resolve, reject) => file.end((err) => (err ? reject(err) : resolve())));
    const result = {
        stdout: Buffer.concat(stdoutChunks).toString('utf8'),
        stderr: Buffer.concat(stderrChunks).toString('utf8'),
        exitCode
    };
    if (!okExitCodes.includes(exitCode)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TerraformError */ .nC(`'${binary} ${args[0]}' failed with exit code ${exitCode} in '${options.cwd}':\n${terraformMessage(result)}`, exitCode, result.stderr);
    }
    return result;
}
/** Terraform writes its errors to stderr (and sometimes stdout); keep its own words. */
function terraformMessage(result) {
    const text = result.stderr.trim() || result.stdout.trim();
    return text.length > 8000 ? `${text.slice(0, 8000)}\n… (truncated)` : text;
}
function stringEnv(env) {
    const out = {};
    for (const [key, value] of Object.entries(env))
        if (value !== undefined)
            out[key] = value;
    return out;
}


/***/ }),

/***/ 13051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ writeJobSummary)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58592);
/** The job summary, written the same way by every mode. */


/**
 * Appends Markdown to the job summary. Outside a runner (no GITHUB_STEP_SUMMARY) the report is still
 * available through the `summary_markdown` output, so a missing summary file is a notice, not a failure:
 * a gate must never flip its verdict because a report could not be written.
 */
async function writeJobSummary(markdown) {
    try {
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown).write();
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.emptyBuffer();
        _log_js__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm(`The job summary was not written: ${error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ }),

/***/ 7426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ describeActionReason),
/* harmony export */   Q: () => (/* binding */ isReasonOutsideConfig)
/* harmony export */ });
const REASONS = {
    replace_because_tainted: 'the object is tainted (a failed apply or `terraform taint`), so Terraform replaces it',
    replace_because_cannot_update: 'an attribute that cannot be changed in place changed',
    replace_by_request: 'replacement was requested on the command line (`-replace`)',
    replace_by_triggers: 'something listed in `replace_triggered_by` changed',
    delete_because_no_resource_config: 'its resource block was removed from the configuration',
    delete_because_no_module: 'the module that held it was removed',
    delete_because_wrong_repetition: '`count` or `for_each` was added to or removed from its block',
    delete_because_count_index: 'its `count` index is beyond the new count',
    delete_because_each_key: 'its `for_each` key is no longer in the collection',
    delete_because_no_move_target: 'a `moved` block points away from it and nothing is at the new address',
    read_because_config_unknown: 'its configuration refers to values known only after apply',
    read_because_dependency_pending: 'a resource it depends on has changes pending',
    read_because_check_nested: 'it sits in a `check` block, which reads it on every run'
};
/** Reasons that mean no configuration change caused the action: nothing in a commit to revert. */
const NOT_FROM_CONFIG = new Set(['replace_because_tainted', 'replace_by_request']);
/** Why the change happens, in plain words; undefined when the plan gives no reason or one this table does not know. */
function describeActionReason(reason, kind) {
    if (reason === undefined)
        return undefined;
    // Terraform gives a forget the same reason as a delete; what reviewers need is that nothing is destroyed.
    if (kind === 'forget' && reason === 'delete_because_no_resource_config')
        return 'a `removed` block with `destroy = false` stops managing it; the object is not destroyed';
    return Object.hasOwn(REASONS, reason) ? REASONS[reason] : undefined;
}
/** True when the action comes from the command line or the state (taint, `-replace`), not from the code. */
function isReasonOutsideConfig(reason) {
    return reason !== undefined && NOT_FROM_CONFIG.has(reason);
}


/***/ }),

/***/ 75495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wM: () => (/* reexport */ ANY_ELEMENT),
  ad: () => (/* reexport */ diffResourceChange),
  PD: () => (/* reexport */ keyAttributes),
  Ys: () => (/* reexport */ leafChanges),
  tB: () => (/* reexport */ replacementCauses),
  Vd: () => (/* reexport */ scrubDiffTree),
  Zk: () => (/* reexport */ scrubShown),
  V_: () => (/* reexport */ secretPieceFinder),
  vt: () => (/* reexport */ secretScrubber),
  BB: () => (/* reexport */ withoutLeaves)
});

// UNUSED EXPORTS: DIFF_LIMITS, IDENTITY_FIELDS, KEY_ATTRIBUTES, createKeyAttributes, deleteKeyAttributes, resourceGroupKey

// EXTERNAL MODULE: ./src/analysis/scrub-secrets.ts
var scrub_secrets = __webpack_require__(397);
;// CONCATENATED MODULE: ./src/analysis/diff/replace-paths.ts
/** Longest replace path and most paths read; real ones are a few segments and a handful of paths. */
const MAX_PATHS = 64;
const MAX_PATH_LENGTH = 32;
const MAX_SEGMENT_CHARS = 200;
/** The paths still able to match below one node. */
class ReplaceMatcher {
    entries;
    hits;
    paths;
    constructor(entries, hits, paths) {
        this.entries = entries;
        this.hits = hits;
        this.paths = paths;
    }
    /** Reads `replace_paths`; anything that is not a list of keys and indices matches nothing. */
    static fromPlan(replacePaths) {
        const paths = [];
        if (Array.isArray(replacePaths)) {
            for (const path of replacePaths.slice(0, MAX_PATHS)) {
                if (!Array.isArray(path) || path.length > MAX_PATH_LENGTH)
                    continue;
                if (!path.every(step => typeof step === 'number' || typeof step === 'string'))
                    continue;
                paths.push(path.map(step => (typeof step === 'string' ? step.slice(0, MAX_SEGMENT_CHARS) : step)));
            }
        }
        return new ReplaceMatcher(paths.map((rest, origin) => ({ rest, origin })), new Set(), paths);
    }
    static none() {
        return new ReplaceMatcher([], new Set(), []);
    }
    /** The matcher for a child reached by an attribute or map key. */
    key(key) {
        return this.child(step => typeof step === 'string' && step === key);
    }
    /** The matcher for a list element at `index`. */
    index(index) {
        return this.child(step => typeof step === 'number' ? step === index : step !== '' && Number(step) === index);
    }
    child(matches) {
        if (this.entries.length === 0)
            return this;
        const entries = this.entries
            .filter(entry => entry.rest.length > 0 && matches(entry.rest[0]))
            .map(entry => ({ rest: entry.rest.slice(1), origin: entry.origin }));
        return new ReplaceMatcher(entries, this.hits, this.paths);
    }
    /** A path ends exactly here (records the hit). */
    exact() {
        let hit = false;
        for (const entry of this.entries) {
            if (entry.rest.length === 0) {
                this.hits.add(entry.origin);
                hit = true;
            }
        }
        return hit;
    }
    /** A path ends here or below (for nodes shown whole; records the hits). */
    within() {
        for (const entry of this.entries)
            this.hits.add(entry.origin);
        return this.entries.length > 0;
    }
    /** Paths that flagged no node. */
    unmatched() {
        return this.paths.filter((_, origin) => !this.hits.has(origin));
    }
}

;// CONCATENATED MODULE: ./src/analysis/diff/types.ts
/**
 * The structural diff of one resource change: a bounded tree a renderer can print without seeing a
 * plan value. Every string in it has already been masked (Terraform's sensitive marks), scrubbed (a
 * marked value copied unmarked elsewhere in the same change) and bounded; nothing raw leaves the differ.
 */
const DIFF_LIMITS = {
    maxNodes: 200,
    maxValueChars: 400,
    maxInlineChars: 160,
    contextChars: 40,
    maxWindowChars: 160,
    maxWindows: 5,
    maxLines: 60,
    contextLines: 2,
    maxJsonChars: 1_000_000,
    maxLcsCells: 4_000_000
};

// EXTERNAL MODULE: ./src/analysis/diff/values.ts
var values = __webpack_require__(4884);
;// CONCATENATED MODULE: ./src/analysis/diff/align.ts
/**
 * Aligns two sequences of element keys (equal keys = equal elements): the pairs of positions that
 * stay, in order. Everything not paired is removed (before) or added (after).
 *
 * Common prefix and suffix are paired first. The middle is aligned by longest common subsequence
 * when its table (before × after) fits `maxCells`; above that, by greedy in-order matching: each
 * before element, in order, pairs with the next equal after element past the last pair. Both only
 * ever pair equal keys, so neither can mis-pair; the greedy one may report a moved element as
 * removed and added where LCS would have kept more in place, and it costs O(before + after).
 */
/** Aligns `before` and `after` (arrays of interned keys). */
function alignSequences(before, after, maxCells) {
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start])
        start++;
    let endBefore = before.length;
    let endAfter = after.length;
    while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
        endBefore--;
        endAfter--;
    }
    const pairs = [];
    for (let i = 0; i < start; i++)
        pairs.push([i, i]);
    const rows = endBefore - start;
    const columns = endAfter - start;
    let method = 'lcs';
    if (rows > 0 && columns > 0) {
        if ((rows + 1) * (columns + 1) <= maxCells)
            lcsPairs(before, after, start, endBefore, endAfter, pairs);
        else {
            method = 'greedy';
            greedyPairs(before, after, start, endBefore, endAfter, pairs);
        }
    }
    for (let k = 0; k < before.length - endBefore; k++)
        pairs.push([endBefore + k, endAfter + k]);
    return { pairs, method };
}
/** Classic dynamic programme over the middle, filled from the end so the walk goes forward. */
function lcsPairs(before, after, start, endBefore, endAfter, pairs) {
    const rows = endBefore - start;
    const columns = endAfter - start;
    const width = columns + 1;
    const table = new Uint32Array((rows + 1) * width);
    for (let i = rows - 1; i >= 0; i--) {
        for (let j = columns - 1; j >= 0; j--) {
            table[i * width + j] =
                before[start + i] === after[start + j]
                    ? table[(i + 1) * width + j + 1] + 1
                    : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
        }
    }
    let i = 0;
    let j = 0;
    while (i < rows && j < columns) {
        if (before[start + i] === after[start + j]) {
            pairs.push([start + i, start + j]);
            i++;
            j++;
        }
        else if (table[(i + 1) * width + j] >= table[i * width + j + 1])
            i++;
        else
            j++;
    }
}
/**
 * In-order matching through a position index: linear, and only equal keys pair. Each key's after
 * positions form a chain (first position in `head`, the next in `next`); a chain is only ever walked
 * forward, since pairs only move forward.
 */
function greedyPairs(before, after, start, endBefore, endAfter, pairs) {
    const head = new Map();
    const next = new Int32Array(endAfter - start).fill(-1);
    for (let j = endAfter - 1; j >= start; j--) {
        const first = head.get(after[j]);
        if (first !== undefined)
            next[j - start] = first;
        head.set(after[j], j);
    }
    let last = start - 1;
    for (let i = start; i < endBefore; i++) {
        let j = head.get(before[i]);
        while (j !== undefined && j !== -1 && j <= last)
            j = next[j - start];
        if (j === undefined || j === -1) {
            head.delete(before[i]);
            continue;
        }
        pairs.push([i, j]);
        last = j;
        head.set(before[i], next[j - start]);
    }
}
/** Interns keys to small integers so alignment compares numbers; one table per comparison. */
class KeyTable {
    ids = new Map();
    next = 0;
    /** The id of `key`; a fresh id each time for `undefined` (an element that never equals anything). */
    id(key) {
        if (key === undefined)
            return -1 - this.next++;
        let id = this.ids.get(key);
        if (id === undefined) {
            id = this.next++;
            this.ids.set(key, id);
        }
        return id;
    }
}

;// CONCATENATED MODULE: ./src/analysis/diff/lists.ts
/**
 * Lists and sets, element by element. What counts as "the same element" follows Terraform's
 * renderer (internal/command/jsonformat): elements that are equal, with equal sensitivity and nothing
 * unknown, are the same and unchanged — aligned in order by longest common subsequence, as Terraform
 * does for lists; a set keeps its elements in one canonical order, so alignment finds its unchanged
 * elements too. What is left between two aligned elements is removed or added, except that a
 * removed and an added object are shown as one changed element (with the fields that changed) when:
 *
 * - both carry the same identity (see IDENTITY_FIELDS), found once in the whole before list and once
 *   in the whole after list; or
 * - inside a JSON document, where arrays are always lists: the gap removes as many objects as it adds,
 *   and they pair by position (Terraform pairs objects in a gap by position; requiring the counts to
 *   match keeps a removed statement from being paired with its neighbour's change).
 *
 * Plan JSON does not say whether an attribute is a list or a set (that is in the provider schema), so
 * plan values never pair by position: a security group's removed 443 rule and added 3389 rule stay
 * "removed" and "added", as Terraform shows them, never "443 → 3389".
 */



/**
 * Fields that name an element (`name` of a setting or container, `key`, `id`, an IAM statement's
 * `Sid`). Two objects whose values for these fields are equal and non-empty are the same element.
 */
const IDENTITY_FIELDS = ['name', 'key', 'id', 'Sid', 'sid'];
/** Longer values are not treated as names. */
const MAX_IDENTITY_CHARS = 1000;
/** Diffs two arrays; undefined when every element is unchanged. */
function diffList(context, pair, before, after) {
    const unknownList = Array.isArray(pair.unknown) ? pair.unknown : undefined;
    const afterLength = Math.max(after.length, unknownList?.length ?? 0);
    const table = new KeyTable();
    const beforeKeys = before.map((value, i) => table.id((0,values/* equalityKey */.Q1)(value, (0,values/* childMark */.Yz)(pair.beforeSensitive, i), undefined)));
    const afterKeys = [];
    for (let j = 0; j < afterLength; j++)
        afterKeys.push(table.id((0,values/* equalityKey */.Q1)(after[j], (0,values/* childMark */.Yz)(pair.afterSensitive, j), (0,values/* childMark */.Yz)(pair.unknown, j))));
    const alignment = alignSequences(beforeKeys, afterKeys, context.limits.maxLcsCells);
    const node = {
        kind: 'list',
        key: pair.key,
        action: 'changed',
        children: [],
        unchanged: alignment.pairs.length,
        omitted: 0,
        alignment: alignment.method,
        beforeLength: before.length,
        afterLength
    };
    // Gaps between aligned elements: what each removes and adds.
    const gaps = [];
    let i = 0;
    let j = 0;
    for (const [pi, pj] of [...alignment.pairs, [before.length, afterLength]]) {
        const gap = { removed: [], added: [] };
        while (i < pi)
            gap.removed.push(i++);
        while (j < pj)
            gap.added.push(j++);
        if (gap.removed.length > 0 || gap.added.length > 0)
            gaps.push(gap);
        i = pi + 1;
        j = pj + 1;
    }
    const partner = pairElements(pair, before, after, gaps);
    context.reserve();
    for (const gap of gaps)
        emitGap(context, pair, before, after, gap, partner, node);
    if (node.children.length === 0 && node.omitted === 0) {
        context.release();
        return undefined;
    }
    if (pair.replace.exact())
        node.forcesReplacement = true;
    return node;
}
/** Emits one gap: removed elements (with their partner, if paired, as changed), then unpaired added ones. */
function emitGap(context, pair, before, after, gap, partner, node) {
    const pairedAfter = new Set(partner.values());
    const elements = [];
    for (const b of gap.removed)
        elements.push(partner.has(b) ? { before: b, after: partner.get(b) } : { before: b });
    for (const a of gap.added)
        if (!pairedAfter.has(a))
            elements.push({ after: a });
    for (const element of elements) {
        const child = elementPair(pair, before, after, element.before, element.after);
        if (context.full()) {
            node.omitted++;
            continue;
        }
        const result = walk(context, child);
        if (!result) {
            node.unchanged++;
            continue;
        }
        const entry = result;
        if (element.before !== undefined)
            entry.beforeIndex = element.before;
        if (element.after !== undefined)
            entry.afterIndex = element.after;
        node.children.push(entry);
    }
}
function elementPair(pair, before, after, b, a) {
    const key = a ?? b ?? 0;
    return {
        key,
        path: [...pair.path, key],
        before: b === undefined ? undefined : before[b],
        after: a === undefined ? undefined : after[a],
        beforeSensitive: b === undefined ? undefined : (0,values/* childMark */.Yz)(pair.beforeSensitive, b),
        afterSensitive: a === undefined ? undefined : (0,values/* childMark */.Yz)(pair.afterSensitive, a),
        unknown: a === undefined ? undefined : (0,values/* childMark */.Yz)(pair.unknown, a),
        // Terraform follows replace paths by the before index when there is one.
        replace: pair.replace.index(b ?? a ?? 0),
        mode: pair.mode,
        depth: pair.depth + 1
    };
}
function identities(pair, before, after) {
    const beforeIds = before.map((value, b) => identityOf(value, (0,values/* childMark */.Yz)(pair.beforeSensitive, b)));
    const afterIds = after.map((value, a) => (0,values/* childMark */.Yz)(pair.unknown, a) === true ? undefined : identityOf(value, (0,values/* childMark */.Yz)(pair.afterSensitive, a)));
    const tally = (ids) => {
        const counts = new Map();
        for (const id of ids)
            if (id !== undefined)
                counts.set(id, (counts.get(id) ?? 0) + 1);
        return counts;
    };
    const beforeCounts = tally(beforeIds);
    const unique = new Set();
    for (const [id, count] of tally(afterIds))
        if (count === 1 && beforeCounts.get(id) === 1)
            unique.add(id);
    return { before: beforeIds, after: afterIds, unique };
}
/**
 * Which removed element (before index) is shown as changed into which added one (after index): by
 * identity anywhere in the list (an identity found once in the whole before list and once in the whole
 * after list), then, in JSON documents, by position inside a gap that removes as many objects as it adds.
 */
function pairElements(pair, before, after, gaps) {
    const partner = new Map();
    const anyRemoved = gaps.some(gap => gap.removed.length > 0);
    const anyAdded = gaps.some(gap => gap.added.length > 0);
    if (!anyRemoved || !anyAdded)
        return partner;
    const { before: beforeIds, after: afterIds, unique } = identities(pair, before, after);
    const addedById = new Map();
    for (const gap of gaps) {
        for (const a of gap.added) {
            const id = afterIds[a];
            if (id !== undefined && unique.has(id))
                addedById.set(id, a);
        }
    }
    for (const gap of gaps) {
        for (const b of gap.removed) {
            const id = beforeIds[b];
            const a = id === undefined ? undefined : addedById.get(id);
            if (a !== undefined)
                partner.set(b, a);
        }
    }
    if (pair.mode !== 'json')
        return partner;
    const taken = new Set(partner.values());
    for (const gap of gaps) {
        const leftBefore = gap.removed.filter(b => !partner.has(b));
        const leftAfter = gap.added.filter(a => !taken.has(a));
        if (leftBefore.length !== leftAfter.length)
            continue;
        leftBefore.forEach((b, k) => {
            if ((0,values/* isRecord */.u4)(before[b]) && (0,values/* isRecord */.u4)(after[leftAfter[k]]))
                partner.set(b, leftAfter[k]);
        });
    }
    return partner;
}
/** The identity of an element: its identity fields' values, when it has any that are plain and visible. */
function identityOf(value, sensitive) {
    if (!(0,values/* isRecord */.u4)(value) || sensitive === true)
        return undefined;
    const parts = [];
    for (const field of IDENTITY_FIELDS) {
        const v = Object.hasOwn(value, field) ? value[field] : undefined;
        if ((0,values/* childMark */.Yz)(sensitive, field) === true)
            continue;
        if ((typeof v === 'string' && v !== '' && v.length <= MAX_IDENTITY_CHARS) || typeof v === 'number')
            parts.push(`${field}=${JSON.stringify(v)}`);
    }
    return parts.length > 0 ? parts.join('&') : undefined;
}

;// CONCATENATED MODULE: ./src/analysis/diff/text-windows.ts
/**
 * Long single-line strings, shown so a change never disappears: a window around each difference
 * (shared context, removed part, added part, shared context). The inputs are already masked and scrubbed.
 */

/** Tokens for finding separate differences inside one long line: words, runs of spaces, single marks. */
const TOKEN = /\w+|\s+|[^\w\s]/gu;
/** Windows around every difference of two single-line strings, at most `maxWindows`; `omitted` counts the rest. */
function textWindows(before, after, limits) {
    let prefix = 0;
    const shorter = Math.min(before.length, after.length);
    while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix))
        prefix++;
    let suffix = 0;
    while (suffix < shorter - prefix &&
        before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix))
        suffix++;
    // Never split a surrogate pair: move the boundaries outwards onto whole characters.
    if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1)))
        prefix--;
    if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix)))
        suffix--;
    const removed = before.slice(prefix, before.length - suffix);
    const added = after.slice(prefix, after.length - suffix);
    const spans = separateSpans(removed, added, limits);
    const windows = [];
    for (const span of spans.slice(0, limits.maxWindows)) {
        windows.push(makeWindow(before, after, prefix + span.beforeStart, prefix + span.beforeEnd, prefix + span.afterStart, prefix + span.afterEnd, limits));
    }
    return { windows, omitted: Math.max(0, spans.length - windows.length) };
}
/**
 * Splits the differing middle into separate differences by a token alignment, merging differences
 * closer than two contexts apart (one window shows both). Too big to align: one span.
 */
function separateSpans(removed, added, limits) {
    const whole = [{ beforeStart: 0, beforeEnd: removed.length, afterStart: 0, afterEnd: added.length }];
    if (removed.length + added.length <= 2 * limits.maxWindowChars)
        return whole;
    const beforeTokens = removed.match(TOKEN) ?? [];
    const afterTokens = added.match(TOKEN) ?? [];
    if ((beforeTokens.length + 1) * (afterTokens.length + 1) > limits.maxLcsCells)
        return whole;
    const table = new KeyTable();
    const { pairs } = alignSequences(beforeTokens.map(token => table.id(token)), afterTokens.map(token => table.id(token)), limits.maxLcsCells);
    const beforeOffsets = offsets(beforeTokens);
    const afterOffsets = offsets(afterTokens);
    const spans = [];
    let i = 0;
    let j = 0;
    for (const [pi, pj] of [...pairs, [beforeTokens.length, afterTokens.length]]) {
        if (pi > i || pj > j) {
            const span = {
                beforeStart: beforeOffsets[i],
                beforeEnd: beforeOffsets[pi],
                afterStart: afterOffsets[j],
                afterEnd: afterOffsets[pj]
            };
            const last = spans[spans.length - 1];
            if (last && span.beforeStart - last.beforeEnd <= 2 * limits.contextChars) {
                last.beforeEnd = span.beforeEnd;
                last.afterEnd = span.afterEnd;
            }
            else
                spans.push(span);
        }
        i = pi + 1;
        j = pj + 1;
    }
    return spans.length > 0 ? spans : whole;
}
function offsets(tokens) {
    const result = [0];
    for (const token of tokens)
        result.push(result[result.length - 1] + token.length);
    return result;
}
function makeWindow(before, after, beforeStart, beforeEnd, afterStart, afterEnd, limits) {
    const leadStart = safeStart(before, Math.max(0, beforeStart - limits.contextChars));
    const trailEnd = safeEnd(before, Math.min(before.length, beforeEnd + limits.contextChars));
    const removed = keepEnds(before.slice(beforeStart, beforeEnd), limits.maxWindowChars);
    const added = keepEnds(after.slice(afterStart, afterEnd), limits.maxWindowChars);
    const window = {
        offset: beforeStart,
        lead: before.slice(leadStart, beforeStart),
        removed: removed.text,
        added: added.text,
        trail: before.slice(beforeEnd, trailEnd),
        leadCut: leadStart > 0,
        trailCut: trailEnd < before.length
    };
    if (removed.cut > 0)
        window.removedCut = removed.cut;
    if (added.cut > 0)
        window.addedCut = added.cut;
    return window;
}
/** A differing part longer than `max` keeps its first and last halves, joined by `…`. */
function keepEnds(text, max) {
    if (text.length <= max)
        return { text, cut: 0 };
    const half = Math.floor(max / 2);
    const head = text.slice(0, safeEnd(text, half));
    const tail = text.slice(safeStart(text, text.length - half));
    return { text: `${head}…${tail}`, cut: text.length - head.length - tail.length };
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code) {
    return code >= 0xdc00 && code <= 0xdfff;
}
/** Moves a start index off the second half of a surrogate pair. */
function safeStart(text, index) {
    return index > 0 && isLowSurrogate(text.charCodeAt(index)) ? index - 1 : index;
}
/** Moves an end index off the first half of a surrogate pair. */
function safeEnd(text, index) {
    return index < text.length && index > 0 && isHighSurrogate(text.charCodeAt(index - 1)) ? index + 1 : index;
}

;// CONCATENATED MODULE: ./src/analysis/diff/line-diff.ts
/**
 * Multi-line strings compared line by line (aligned like lists): hunks of changed lines with a
 * little context, long lines shown from just before where they differ.
 */


/** Splits into lines the way a reader counts them: a final newline does not start another line; no text, no lines. */
function splitLines(text) {
    if (text === undefined)
        return [];
    const lines = text.split('\n');
    if (lines.length > 1 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/** Hunks of changed lines with `contextLines` of context, at most `maxLines` lines in all (a side may be absent). */
function diffLines(before, after, limits) {
    const beforeLines = splitLines(before);
    const afterLines = splitLines(after);
    const table = new KeyTable();
    const alignment = alignSequences(beforeLines.map(line => table.id(line)), afterLines.map(line => table.id(line)), limits.maxLcsCells);
    // The full edit script: same, removed and added lines in order.
    const script = [];
    let i = 0;
    let j = 0;
    for (const [pi, pj] of [...alignment.pairs, [beforeLines.length, afterLines.length]]) {
        while (i < pi)
            script.push({ op: 'removed', before: i++, after: -1 });
        while (j < pj)
            script.push({ op: 'added', before: -1, after: j++ });
        if (pi < beforeLines.length)
            script.push({ op: 'same', before: i++, after: j++ });
    }
    const keep = new Uint8Array(script.length);
    script.forEach((entry, index) => {
        if (entry.op === 'same')
            return;
        const from = Math.max(0, index - limits.contextLines);
        const to = Math.min(script.length - 1, index + limits.contextLines);
        for (let k = from; k <= to; k++)
            keep[k] = 1;
    });
    const hunks = [];
    let kept = 0;
    let omitted = 0;
    let current;
    script.forEach((entry, index) => {
        if (!keep[index]) {
            current = undefined;
            return;
        }
        if (kept >= limits.maxLines) {
            if (entry.op !== 'same')
                omitted++;
            return;
        }
        if (!current)
            hunks.push((current = []));
        current.push(lineEntry(entry, script, index, beforeLines, afterLines, limits));
        kept++;
    });
    return {
        hunks,
        omitted,
        beforeLines: beforeLines.length,
        afterLines: afterLines.length,
        alignment: alignment.method,
        changed: script.some(entry => entry.op !== 'same')
    };
}
/**
 * One kept line. A long changed line is shown from just before where it first differs from its
 * counterpart (the line at the same place in the opposite run of the hunk), so the change stays in view.
 */
function lineEntry(entry, script, index, beforeLines, afterLines, limits) {
    const text = entry.op === 'added' ? afterLines[entry.after] : beforeLines[entry.before];
    const line = (entry.op === 'added' ? entry.after : entry.before) + 1;
    if (text.length <= limits.maxInlineChars)
        return { op: entry.op, text, line };
    const counterpart = counterpartOf(script, index, beforeLines, afterLines);
    let first = 0;
    if (counterpart !== undefined) {
        const shorter = Math.min(text.length, counterpart.length);
        while (first < shorter && text.charCodeAt(first) === counterpart.charCodeAt(first))
            first++;
    }
    const start = safeStart(text, Math.max(0, Math.min(first - limits.contextChars, text.length - limits.maxInlineChars)));
    const end = safeEnd(text, Math.min(text.length, start + limits.maxInlineChars));
    const result = { op: entry.op, text: text.slice(start, end), line };
    if (start > 0)
        result.skipped = start;
    if (end < text.length)
        result.cut = text.length - end;
    return result;
}
/** The k-th line of the opposite run (removed ↔ added) next to this one, if there is one. */
function counterpartOf(script, index, beforeLines, afterLines) {
    const op = script[index].op;
    if (op === 'same')
        return undefined;
    let runStart = index;
    while (runStart > 0 && script[runStart - 1].op === op)
        runStart--;
    const position = index - runStart;
    if (op === 'removed') {
        let k = index;
        while (k < script.length && script[k].op === 'removed')
            k++;
        const other = script[k + position];
        return other && other.op === 'added' && script.slice(k, k + position + 1).every(e => e.op === 'added')
            ? afterLines[other.after]
            : undefined;
    }
    let k = runStart - 1;
    while (k >= 0 && script[k].op === 'removed')
        k--;
    const removedStart = k + 1;
    const other = script[removedStart + position];
    return other && other.op === 'removed' && removedStart + position < runStart
        ? beforeLines[other.before]
        : undefined;
}

;// CONCATENATED MODULE: ./src/analysis/diff/string-node.ts
/**
 * Two strings that differ: JSON documents diffed by path, multi-line text by line, long text in
 * windows around each difference, short text shown whole. Strings are scrubbed before anything else.
 */




/** Two strings: equal, JSON documents, multi-line text, long text, or short values. */
function stringNode(context, pair, rawBefore, rawAfter) {
    if (rawBefore === rawAfter)
        return undefined;
    const limits = context.limits;
    const before = context.scrub(rawBefore);
    const after = context.scrub(rawAfter);
    const forces = pair.replace.within();
    const base = { key: pair.key, action: 'changed', ...(forces ? { forcesReplacement: true } : {}) };
    // A change only inside a value scrubbed as secret: say it changed, show nothing of it.
    if (before === after)
        return context.count({ kind: 'sensitive', ...base, changed: true });
    const beforeJson = (0,values/* parseJsonDocument */.dH)(before, limits.maxJsonChars);
    const afterJson = beforeJson && (0,values/* parseJsonDocument */.dH)(after, limits.maxJsonChars);
    if (beforeJson && afterJson) {
        context.reserve();
        const root = walk(context, {
            key: '',
            path: [...pair.path, '{json}'],
            before: beforeJson.value,
            after: afterJson.value,
            beforeSensitive: undefined,
            afterSensitive: undefined,
            unknown: undefined,
            replace: pair.replace.key('\u0000none'),
            mode: 'json',
            depth: pair.depth + 1
        });
        const node = {
            kind: 'json',
            ...base,
            children: [],
            omitted: 0,
            whitespaceOnly: root === undefined
        };
        if (root?.kind === 'object') {
            node.children = root.children;
            node.omitted = root.omitted;
            context.release();
        }
        else if (root)
            node.children = [root];
        return node;
    }
    if (before.includes('\n') || after.includes('\n')) {
        const lines = diffLines(before, after, limits);
        if (lines.changed) {
            const { changed: _changed, ...rest } = lines;
            return context.count({ kind: 'lines', ...base, ...rest });
        }
    }
    if (before.length <= limits.maxInlineChars &&
        after.length <= limits.maxInlineChars &&
        !before.includes('\n') &&
        !after.includes('\n')) {
        return context.count({
            kind: 'value',
            ...base,
            before: { kind: 'value', text: JSON.stringify(before) },
            after: { kind: 'value', text: JSON.stringify(after) }
        });
    }
    const { windows, omitted } = textWindows(before, after, limits);
    return context.count({
        kind: 'text',
        ...base,
        beforeLength: before.length,
        afterLength: after.length,
        windows,
        omitted
    });
}

;// CONCATENATED MODULE: ./src/analysis/diff/whole-node.ts
/**
 * Values added or removed whole, or replaced by a value of another shape: one line when they fit,
 * part by part when they do not, and strings holding JSON or several lines shown as such.
 */




/**
 * A string added or removed as a whole that holds a JSON document or several lines: shown as the
 * document's keys or as lines, as Terraform shows `jsonencode(…)` and heredocs on a create.
 */
function oneSidedString(context, pair, raw, action) {
    const text = context.scrub(raw);
    const base = { key: pair.key, action, ...(pair.replace.within() ? { forcesReplacement: true } : {}) };
    const json = (0,values/* parseJsonDocument */.dH)(text, context.limits.maxJsonChars);
    if (json && (0,values/* isRecord */.u4)(json.value)) {
        const inner = {
            ...pair,
            path: [...pair.path, '{json}'],
            mode: 'json',
            beforeSensitive: undefined,
            afterSensitive: undefined,
            unknown: undefined
        };
        context.reserve();
        const children = action === 'added'
            ? diffObject(context, inner, {}, json.value)
            : diffObject(context, inner, json.value, {});
        return {
            kind: 'json',
            ...base,
            children: children.nodes,
            omitted: children.omitted,
            whitespaceOnly: false
        };
    }
    if (!text.includes('\n'))
        return undefined;
    const lines = action === 'added'
        ? diffLines(undefined, text, context.limits)
        : diffLines(text, undefined, context.limits);
    const { changed: _changed, ...rest } = lines;
    return context.count({ kind: 'lines', ...base, ...rest });
}
/** A value added, removed, or replaced by one of another shape: shown whole on each side. */
function wholeNode(context, pair) {
    const oneSided = present(pair.before) !== present(pair.after);
    const value = present(pair.before) ? pair.before : pair.after;
    const sensitive = present(pair.before) ? pair.beforeSensitive : pair.afterSensitive;
    if (oneSided &&
        typeof value === 'string' &&
        sensitive !== true &&
        pair.unknown !== true &&
        pair.depth <= values/* MAX_DEPTH */.lr) {
        const node = oneSidedString(context, pair, value, present(pair.before) ? 'removed' : 'added');
        if (node)
            return node;
    }
    const max = context.limits.maxValueChars;
    const node = { kind: 'value', key: pair.key, action: 'changed' };
    if (present(pair.before))
        node.before = (0,values/* showValue */.vp)(pair.before, pair.beforeSensitive, undefined, context.scrub, max);
    else
        node.action = 'added';
    if (present(pair.after))
        node.after = (0,values/* showValue */.vp)(pair.after, pair.afterSensitive, pair.unknown, context.scrub, max);
    else
        node.action = 'removed';
    if (node.before && node.after && pair.depth <= values/* MAX_DEPTH */.lr && !differs(pair))
        return undefined;
    const shown = node.before ?? node.after;
    if (oneSided && shown?.kind === 'value' && shown.cut !== undefined && pair.depth <= values/* MAX_DEPTH */.lr) {
        // Too big for one line: list its parts instead, so nothing added or removed is cut from view.
        const expanded = expandWhole(context, pair, value, node.action);
        if (expanded)
            return expanded;
    }
    if (pair.replace.within())
        node.forcesReplacement = true;
    return context.count(node);
}
/** An object or list added or removed whole, as one node per part (each within the budget). */
function expandWhole(context, pair, value, action) {
    const forces = pair.replace.exact() ? { forcesReplacement: true } : {};
    if ((0,values/* isRecord */.u4)(value)) {
        context.reserve();
        const children = action === 'added' ? diffObject(context, pair, {}, value) : diffObject(context, pair, value, {});
        return {
            kind: 'object',
            key: pair.key,
            action,
            children: children.nodes,
            omitted: children.omitted,
            ...forces
        };
    }
    if (Array.isArray(value)) {
        const list = action === 'added' ? diffList(context, pair, [], value) : diffList(context, pair, value, []);
        if (list)
            list.action = action;
        return list;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/analysis/diff/walk.ts
/**
 * The recursive differ: one before/after pair with its mirrors in, one node (or nothing when equal)
 * out. Sensitive first (a `true` mark hides the value whatever it is), then unknown, then by shape:
 * objects and maps by key, lists in lists.ts, strings in string-node.ts, values added or removed whole
 * in whole-node.ts.
 */




/** State shared by one resource's walk: limits, masking and the node budget. */
class WalkContext {
    limits;
    scrub;
    hideString;
    nodes = 0;
    constructor(limits, scrub, hideString) {
        this.limits = limits;
        this.scrub = scrub;
        this.hideString = hideString;
    }
    /** The budget is spent: further changes are only counted. */
    full() {
        return this.nodes >= this.limits.maxNodes;
    }
    count(node) {
        this.nodes++;
        return node;
    }
    /** Counts a container before its children are walked, so they see the budget it uses. */
    reserve() {
        this.nodes++;
    }
    /** Gives a reservation back (the container turned out unchanged, or was merged into its parent). */
    release() {
        this.nodes--;
    }
}
/** Not null or absent. */
function present(value) {
    return value !== null && value !== undefined;
}
/** True when the pair differs (cheap enough to count what the budget leaves out). */
function differs(pair) {
    const before = (0,values/* equalityKey */.Q1)(pair.before, pair.beforeSensitive, undefined);
    const after = (0,values/* equalityKey */.Q1)(pair.after, pair.afterSensitive, pair.unknown);
    return before === undefined || after === undefined || before !== after;
}
/** Diffs one pair; undefined when nothing changed. */
function walk(context, pair) {
    const hidden = hideStrings(context, pair);
    if (hidden.beforeSensitive === true || hidden.afterSensitive === true)
        return sensitiveNode(context, hidden);
    if (pair.unknown === true)
        return unknownNode(context, pair);
    const { before, after } = pair;
    if (!present(before) && !present(after))
        return undefined;
    if (!present(before) || !present(after) || pair.depth > values/* MAX_DEPTH */.lr)
        return wholeNode(context, pair);
    if (typeof before === 'string' && typeof after === 'string')
        return stringNode(context, pair, before, after);
    if (Array.isArray(before) && Array.isArray(after))
        return diffList(context, pair, before, after);
    if ((0,values/* isRecord */.u4)(before) && (0,values/* isRecord */.u4)(after)) {
        context.reserve();
        const children = diffObject(context, pair, before, after);
        if (children.nodes.length === 0 && children.omitted === 0) {
            context.release();
            return undefined;
        }
        const node = {
            kind: 'object',
            key: pair.key,
            action: 'changed',
            children: children.nodes,
            omitted: children.omitted
        };
        if (pair.replace.exact())
            node.forcesReplacement = true;
        return node;
    }
    if (before === after)
        return undefined;
    return wholeNode(context, pair);
}
/** Applies the extra secret detection to unmarked string leaves. */
function hideStrings(context, pair) {
    if (!context.hideString)
        return pair;
    let { beforeSensitive, afterSensitive } = pair;
    if (typeof pair.before === 'string' &&
        beforeSensitive !== true &&
        context.hideString(pair.path, pair.before))
        beforeSensitive = true;
    if (typeof pair.after === 'string' && afterSensitive !== true && context.hideString(pair.path, pair.after))
        afterSensitive = true;
    return beforeSensitive === pair.beforeSensitive && afterSensitive === pair.afterSensitive
        ? pair
        : { ...pair, beforeSensitive, afterSensitive };
}
/** Either side marked sensitive: never shows the value, only whether it (or its marking) changed. */
function sensitiveNode(context, pair) {
    const beforePresent = present(pair.before);
    const afterPresent = present(pair.after) || pair.unknown === true;
    if (!beforePresent && !afterPresent)
        return undefined;
    const beforeKey = (0,values/* equalityKey */.Q1)(pair.before, undefined, undefined);
    const afterKey = (0,values/* equalityKey */.Q1)(pair.after, undefined, pair.unknown);
    const changed = beforeKey === undefined || afterKey === undefined || beforeKey !== afterKey;
    const beforeMarked = pair.beforeSensitive === true;
    const afterMarked = pair.afterSensitive === true;
    if (!changed && beforeMarked === afterMarked)
        return undefined;
    const node = {
        kind: 'sensitive',
        key: pair.key,
        action: !beforePresent ? 'added' : !afterPresent ? 'removed' : 'changed',
        changed
    };
    if (beforePresent && afterPresent && beforeMarked !== afterMarked)
        node.marking = afterMarked ? 'added' : 'removed';
    if (pair.replace.within())
        node.forcesReplacement = true;
    return context.count(node);
}
/**
 * After is known only after apply. The old value is only context here (what changes is that it
 * will be recomputed), so it is shown short: half the inline limit.
 */
function unknownNode(context, pair) {
    const node = { kind: 'value', key: pair.key, action: 'added', after: { kind: 'unknown' } };
    if (present(pair.before)) {
        node.action = 'changed';
        node.before = (0,values/* showValue */.vp)(pair.before, pair.beforeSensitive, undefined, context.scrub, Math.floor(context.limits.maxInlineChars / 2));
    }
    if (pair.replace.within())
        node.forcesReplacement = true;
    return context.count(node);
}
/** Longest attribute or map key shown; longer ones are cut with `…`. */
const MAX_KEY_CHARS = 200;
function shownKey(context, key) {
    const scrubbed = context.scrub(key);
    return scrubbed.length <= MAX_KEY_CHARS ? scrubbed : `${scrubbed.slice(0, MAX_KEY_CHARS)}…`;
}
/** Object or map children, key by key; over budget, changed keys are only counted. */
function diffObject(context, pair, before, after) {
    const nodes = [];
    let omitted = 0;
    for (const key of (0,values/* objectKeys */.uv)(before, after, pair.unknown)) {
        const child = {
            // The key is shown (scrubbed, and cut if a hostile plan made it huge); the raw path is only matched.
            key: shownKey(context, key),
            path: [...pair.path, key],
            before: attributeValue(before, key, pair.mode),
            after: attributeValue(after, key, pair.mode),
            beforeSensitive: (0,values/* childMark */.Yz)(pair.beforeSensitive, key),
            afterSensitive: (0,values/* childMark */.Yz)(pair.afterSensitive, key),
            unknown: (0,values/* childMark */.Yz)(pair.unknown, key),
            replace: pair.replace.key(key),
            mode: pair.mode,
            depth: pair.depth + 1
        };
        if (context.full()) {
            if ((present(child.before) || present(child.after) || child.unknown === true) && differs(child))
                omitted++;
            continue;
        }
        const node = walk(context, child);
        if (node)
            nodes.push(node);
    }
    return { nodes, omitted };
}
/**
 * An attribute's value. In plan values an empty string counts as null, as Terraform's renderer counts
 * it for providers on the legacy SDK (most of AWS, Google and Azure), which return either for "unset":
 * otherwise every refresh would show `"" → null` noise. JSON documents keep their empty strings.
 */
function attributeValue(record, key, mode) {
    if (!Object.hasOwn(record, key))
        return undefined;
    const value = record[key];
    return mode === 'plan' && value === '' ? undefined : value;
}

;// CONCATENATED MODULE: ./src/analysis/diff/diff-change.ts
/**
 * The entry point: the structural diff of one resource change (`resource_changes[].change` or
 * `resource_drift[].change`). Pure, bounded, and masked: values Terraform marks sensitive are never
 * copied into the tree, and copies of them elsewhere in the same change are scrubbed before any
 * string is compared or cut.
 */





/** Diffs one change. A create lists its attributes as added, a delete as removed. */
function diffResourceChange(change, options = {}) {
    const limits = { ...DIFF_LIMITS, ...options.limits };
    const context = new WalkContext(limits, secretScrubber(change, options), options.hideString);
    const replace = ReplaceMatcher.fromPlan(change.replace_paths);
    const root = {
        key: '',
        path: [],
        before: change.before,
        after: change.after,
        beforeSensitive: change.before_sensitive,
        afterSensitive: change.after_sensitive,
        unknown: change.after_unknown,
        replace,
        mode: 'plan',
        depth: 0
    };
    const beforeObject = (0,values/* isRecord */.u4)(change.before);
    const afterObject = (0,values/* isRecord */.u4)(change.after);
    const absent = (value) => value === null || value === undefined;
    let nodes;
    let omitted = 0;
    const wholeObjects = root.beforeSensitive !== true &&
        root.afterSensitive !== true &&
        root.unknown !== true &&
        (beforeObject || absent(change.before)) &&
        (afterObject || absent(change.after)) &&
        (beforeObject || afterObject);
    if (wholeObjects) {
        // Objects on both sides (or one side absent): one node per attribute, so a create shows its values.
        const result = diffObject(context, root, beforeObject ? change.before : {}, afterObject ? change.after : {});
        nodes = result.nodes;
        omitted = result.omitted;
    }
    else {
        const node = walk(context, root);
        nodes = node ? [node] : [];
    }
    omitted += countOmitted(nodes);
    const action = absent(change.before) && !absent(change.after)
        ? 'added'
        : !absent(change.before) && absent(change.after)
            ? 'removed'
            : nodes.length > 0 || omitted > 0
                ? 'changed'
                : 'none';
    if (replace.exact())
        for (const node of nodes)
            node.forcesReplacement = true;
    return { action, nodes, omitted, nodeCount: context.nodes, unmatchedReplacePaths: replace.unmatched() };
}
/** Sum of the `omitted` counts in a tree. */
function countOmitted(nodes) {
    let total = 0;
    for (const node of nodes) {
        if (node.kind === 'object' || node.kind === 'json')
            total += node.omitted + countOmitted(node.children);
        else if (node.kind === 'list')
            total += node.omitted + countOmitted(node.children);
    }
    return total;
}
/**
 * Scrubs every string the change marks sensitive (and every string `hideString` hides) from all other
 * strings of the change: a provider that copies a marked value into an unmarked attribute must not
 * show it. Identity when the change holds no such string. Exported for what else is read from the
 * same change (its key attributes).
 */
function secretScrubber(change, options) {
    const secrets = new Set();
    // Nothing marked and no extra detection: nothing to look for (the common case, and big values).
    if (!options.hideString && !(0,values/* anyMark */.sb)(change.before_sensitive) && !(0,values/* anyMark */.sb)(change.after_sensitive))
        return text => text;
    collectHidden(change.before, change.before_sensitive, [], options, secrets, 0);
    collectHidden(change.after, change.after_sensitive, [], options, secrets, 0);
    if (secrets.size === 0)
        return text => text;
    return (0,scrub_secrets/* createSecretScrubber */.dA)(secrets);
}
function collectHidden(value, mark, path, options, sink, depth) {
    if (depth > values/* MAX_DEPTH */.lr)
        return;
    if (typeof value === 'string') {
        if (mark === true || options.hideString?.(path, value))
            sink.add(value);
        return;
    }
    if (value === null || typeof value !== 'object')
        return;
    if (Array.isArray(value)) {
        value.forEach((child, index) => collectHidden(child, (0,values/* childMark */.Yz)(mark, index), options.hideString ? [...path, index] : path, options, sink, depth + 1));
        return;
    }
    for (const [key, child] of Object.entries(value)) {
        collectHidden(child, (0,values/* childMark */.Yz)(mark, key), options.hideString ? [...path, key] : path, options, sink, depth + 1);
    }
}

;// CONCATENATED MODULE: ./src/analysis/diff/scrub-tree.ts
/**
 * Scrubs every printable string of `diff` (and nothing else); identity scrubbers cost one walk. A long
 * string shown in windows or by line may hold a piece from the middle of a secret, which whole-value
 * scrubbing cannot see: such a node becomes "(sensitive, changed)" when `holdsSecret` finds a piece.
 */
function scrubDiffTree(diff, scrub, holdsSecret = () => false) {
    diff.nodes = diff.nodes.map(node => scrubNode(node, scrub, holdsSecret));
    diff.unmatchedReplacePaths = diff.unmatchedReplacePaths.map(path => path.map(step => segment(step, scrub)));
}
/** Length of the secret pieces looked for in windows and lines. */
const PIECE = 12;
/** Characters of one secret indexed, and pieces indexed in all: a hostile plan's huge secrets stay cheap. */
const INDEXED_CHARS = 16_384;
const MAX_PIECES = 2_000_000;
/**
 * A test for text holding a piece of a secret: any PIECE-character run of a secret (its first
 * INDEXED_CHARS characters), or a whole line (3 characters or more) of a multi-line secret. The index
 * is built on first use, so plans without long changed strings never pay for it.
 */
function secretPieceFinder(secrets) {
    let index;
    const build = () => {
        const pieces = new Set();
        const lines = new Set();
        for (const secret of secrets) {
            const indexed = secret.slice(0, INDEXED_CHARS);
            if (indexed.includes('\n'))
                for (const line of indexed.split('\n'))
                    if (line.trim().length >= 3)
                        lines.add(line.trim());
            for (let i = 0; i + PIECE <= indexed.length && pieces.size < MAX_PIECES; i++)
                pieces.add(indexed.slice(i, i + PIECE));
        }
        return { pieces, lines };
    };
    return text => {
        index ??= build();
        if (index.lines.has(text.trim()))
            return true;
        for (let i = 0; i + PIECE <= text.length; i++)
            if (index.pieces.has(text.slice(i, i + PIECE)))
                return true;
        return false;
    };
}
/** Scrubs one shown value in place. */
function scrubShown(shown, scrub) {
    if (shown?.kind === 'value')
        shown.text = scrub(shown.text);
}
function segment(step, scrub) {
    return typeof step === 'string' ? scrub(step) : step;
}
function scrubNode(node, scrub, holdsSecret) {
    node.key = segment(node.key, scrub);
    switch (node.kind) {
        case 'value':
            scrubShown(node.before, scrub);
            scrubShown(node.after, scrub);
            return node;
        case 'sensitive':
            return node;
        case 'object':
        case 'json':
        case 'list':
            node.children = node.children.map(child => scrubNode(child, scrub, holdsSecret));
            return node;
        case 'lines':
            if (node.hunks.some(hunk => hunk.some(line => holdsSecret(line.text))))
                return scrub_tree_hidden(node);
            for (const hunk of node.hunks)
                for (const line of hunk)
                    line.text = scrub(line.text);
            return node;
        case 'text':
            if (node.windows.some(w => [w.lead, w.removed, w.added, w.trail].some(holdsSecret)))
                return scrub_tree_hidden(node);
            for (const window of node.windows) {
                window.lead = scrub(window.lead);
                window.removed = scrub(window.removed);
                window.added = scrub(window.added);
                window.trail = scrub(window.trail);
            }
            return node;
    }
}
/** A changed string that holds a piece of a secret: only whether it changed is shown. */
function scrub_tree_hidden(node) {
    const out = { kind: 'sensitive', key: node.key, action: node.action, changed: true };
    if (node.forcesReplacement)
        out.forcesReplacement = true;
    const indices = node;
    return Object.assign(out, indices.beforeIndex === undefined ? {} : { beforeIndex: indices.beforeIndex }, indices.afterIndex === undefined ? {} : { afterIndex: indices.afterIndex });
}

;// CONCATENATED MODULE: ./src/analysis/diff/group.ts
/** Stands for "an element of this list" in `shownPath` (list positions are not part of a group). */
const ANY_ELEMENT = -1;
/**
 * A key equal for two resource diffs that show exactly the same changes; undefined when the diff is
 * incomplete (budget spent), because what was left out may differ.
 */
function resourceGroupKey(diff) {
    if (diff.omitted > 0)
        return undefined;
    return JSON.stringify([diff.action, diff.nodes.map(node => nodeKey(node)), diff.unmatchedReplacePaths]);
}
/** Every leaf of a tree: values, sensitive markers, strings; JSON documents and lists are walked into. */
function leafChanges(diff) {
    const leaves = [];
    mapLeaves(diff, leaf => {
        leaves.push(leaf);
        return leaf.node;
    });
    return leaves;
}
/**
 * The diff without the leaves whose key is in `drop` (they are shown once for a whole group of
 * resources); containers left empty go too. The original is not changed, and is returned as it is
 * when nothing was dropped.
 */
function withoutLeaves(diff, drop) {
    if (drop.size === 0)
        return diff;
    const nodes = mapLeaves(diff, leaf => (drop.has(leaf.key) ? undefined : leaf.node));
    const same = nodes.length === diff.nodes.length && nodes.every((node, i) => node === diff.nodes[i]);
    return same ? diff : { ...diff, nodes };
}
/** Rebuilds the tree with `keep` deciding each leaf; containers keep their other fields. */
function mapLeaves(diff, keep) {
    const visit = (node, path, shownPath, inList) => {
        if (node.kind === 'object' || node.kind === 'json' || node.kind === 'list') {
            const step = node.kind === 'json' ? ['{json}'] : [];
            const children = node.children
                .map(child => node.kind === 'list'
                ? visit(child, [...path, child.key], [...shownPath, ANY_ELEMENT], true)
                : visit(child, [...path, ...step, child.key], [...shownPath, ...step, child.key], false))
                .filter((child) => child !== undefined);
            const unchanged = children.length === node.children.length && children.every((c, i) => c === node.children[i]);
            if (unchanged)
                return node;
            if (children.length === 0 && node.omitted === 0)
                return undefined;
            return { ...node, children };
        }
        return keep({ path, shownPath, node, key: JSON.stringify([shownPath, nodeKey(node, inList)]) });
    };
    const nodes = [];
    for (const node of diff.nodes) {
        const start = node.key === '' ? [] : [node.key];
        const kept = visit(node, start, start, false);
        if (kept)
            nodes.push(kept);
    }
    return nodes;
}
/** A node's content without list positions (an element's key and indices are positions). */
function nodeKey(node, inList = false) {
    const fields = {};
    for (const [name, value] of Object.entries(node)) {
        if (name === 'beforeIndex' || name === 'afterIndex' || (inList && name === 'key'))
            continue;
        fields[name] = value;
    }
    if (node.kind === 'object' || node.kind === 'json')
        fields.children = node.children.map(child => nodeKey(child));
    if (node.kind === 'list')
        fields.children = node.children.map(child => nodeKey(child, true));
    return fields;
}
/**
 * The paths whose change forces the replacement: every node flagged (not looked into further) and the
 * replace paths that matched no shown node, as Terraform wrote them.
 */
function replacementCauses(diff) {
    const causes = [];
    const visit = (node, path) => {
        if (node.forcesReplacement) {
            causes.push(path);
            return;
        }
        if (node.kind === 'object' || node.kind === 'json' || node.kind === 'list') {
            const step = node.kind === 'json' ? ['{json}'] : [];
            for (const child of node.children)
                visit(child, [...path, ...step, child.key]);
        }
    };
    for (const node of diff.nodes)
        visit(node, node.key === '' ? [] : [node.key]);
    return [...causes, ...diff.unmatchedReplacePaths];
}

;// CONCATENATED MODULE: ./src/analysis/diff/key-rule.ts
/** The shape of the key-attribute tables (data only). */
/** Shorthand for the tables. */
function rule(path, concern, fields) {
    return fields ? { path, concern, fields } : { path, concern };
}
/** Fields of an IAM policy statement a reviewer reads. */
const STATEMENT_FIELDS = [
    'Sid',
    'Effect',
    'Principal',
    'NotPrincipal',
    'Action',
    'NotAction',
    'Resource',
    'NotResource',
    'Condition'
];

;// CONCATENATED MODULE: ./src/analysis/diff/key-attributes-aws.ts
/**
 * Key attributes of common AWS resource types (hashicorp/aws 5.x attribute names; the golden tests
 * check them against that provider's schema). Data only: see key-rule.ts for the path syntax.
 */

const id = (...names) => names.map(name => rule(name, 'identity'));
const policy = (attribute) => rule(`${attribute}{json}.Statement[*]`, 'iam', STATEMENT_FIELDS);
const RULE_FIELDS = [
    'description',
    'protocol',
    'from_port',
    'to_port',
    'cidr_blocks',
    'ipv6_cidr_blocks',
    'security_groups',
    'prefix_list_ids',
    'self'
];
const INLINE_POLICY = [
    rule('inline_policy[*].name', 'iam'),
    rule('inline_policy[*].policy{json}.Statement[*]', 'iam', STATEMENT_FIELDS)
];
const AWS_KEY_ATTRIBUTES = {
    aws_security_group: [
        ...id('name', 'id', 'vpc_id'),
        rule('ingress[*]', 'network', RULE_FIELDS),
        rule('egress[*]', 'network', RULE_FIELDS)
    ],
    aws_security_group_rule: [
        ...id('security_group_id', 'id'),
        rule('type', 'network'),
        rule('protocol', 'network'),
        rule('from_port', 'network'),
        rule('to_port', 'network'),
        rule('cidr_blocks', 'network'),
        rule('ipv6_cidr_blocks', 'network'),
        rule('source_security_group_id', 'network'),
        rule('self', 'network')
    ],
    aws_vpc_security_group_ingress_rule: vpcRule(),
    aws_vpc_security_group_egress_rule: vpcRule(),
    aws_network_acl_rule: [
        ...id('network_acl_id', 'rule_number'),
        rule('egress', 'network'),
        rule('rule_action', 'network'),
        rule('protocol', 'network'),
        rule('cidr_block', 'network'),
        rule('ipv6_cidr_block', 'network'),
        rule('from_port', 'network'),
        rule('to_port', 'network')
    ],
    aws_iam_policy: [...id('name', 'arn'), policy('policy')],
    aws_iam_role_policy: [...id('name', 'role'), policy('policy')],
    aws_iam_user_policy: [...id('name', 'user'), policy('policy')],
    aws_iam_group_policy: [...id('name', 'group'), policy('policy')],
    aws_iam_role: [
        ...id('name', 'arn'),
        policy('assume_role_policy'),
        rule('managed_policy_arns', 'iam'),
        ...INLINE_POLICY
    ],
    aws_iam_role_policy_attachment: [...id('role'), rule('policy_arn', 'iam')],
    aws_iam_user_policy_attachment: [...id('user'), rule('policy_arn', 'iam')],
    aws_iam_group_policy_attachment: [...id('group'), rule('policy_arn', 'iam')],
    aws_iam_policy_attachment: [
        ...id('name'),
        rule('policy_arn', 'iam'),
        rule('users', 'iam'),
        rule('roles', 'iam'),
        rule('groups', 'iam')
    ],
    aws_iam_user: id('name', 'arn'),
    aws_iam_access_key: [...id('user'), rule('status', 'iam')],
    aws_s3_bucket: [...id('bucket', 'arn'), rule('acl', 'public-access'), rule('force_destroy', 'protection')],
    aws_s3_bucket_public_access_block: [...id('bucket'), ...publicAccessBlock()],
    aws_s3_account_public_access_block: [...id('account_id'), ...publicAccessBlock()],
    aws_s3_bucket_policy: [...id('bucket'), policy('policy')],
    aws_s3_bucket_acl: [...id('bucket'), rule('acl', 'public-access')],
    aws_s3_bucket_server_side_encryption_configuration: [
        ...id('bucket'),
        rule('rule[*].apply_server_side_encryption_by_default[*]', 'encryption', [
            'sse_algorithm',
            'kms_master_key_id'
        ])
    ],
    aws_s3_bucket_versioning: [...id('bucket'), rule('versioning_configuration[*].status', 'protection')],
    aws_db_instance: [
        ...id('identifier', 'arn'),
        rule('engine', 'size'),
        rule('engine_version', 'size'),
        rule('instance_class', 'size'),
        rule('allocated_storage', 'size'),
        rule('multi_az', 'size'),
        rule('publicly_accessible', 'public-access'),
        rule('storage_encrypted', 'encryption'),
        rule('kms_key_id', 'encryption'),
        rule('iam_database_authentication_enabled', 'iam'),
        rule('deletion_protection', 'protection'),
        rule('skip_final_snapshot', 'protection'),
        rule('backup_retention_period', 'protection')
    ],
    aws_rds_cluster: [
        ...id('cluster_identifier', 'arn'),
        rule('engine', 'size'),
        rule('engine_version', 'size'),
        rule('storage_encrypted', 'encryption'),
        rule('kms_key_id', 'encryption'),
        rule('deletion_protection', 'protection'),
        rule('skip_final_snapshot', 'protection'),
        rule('backup_retention_period', 'protection')
    ],
    aws_rds_cluster_instance: [
        ...id('identifier', 'cluster_identifier'),
        rule('instance_class', 'size'),
        rule('publicly_accessible', 'public-access')
    ],
    aws_efs_file_system: [
        ...id('creation_token', 'id', 'arn'),
        rule('encrypted', 'encryption'),
        rule('kms_key_id', 'encryption'),
        rule('performance_mode', 'size'),
        rule('throughput_mode', 'size'),
        rule('provisioned_throughput_in_mibps', 'size')
    ],
    aws_efs_mount_target: [...id('file_system_id', 'subnet_id'), rule('security_groups', 'network')],
    aws_efs_file_system_policy: [...id('file_system_id'), policy('policy')],
    aws_instance: [
        ...id('id', 'ami'),
        rule('instance_type', 'size'),
        rule('associate_public_ip_address', 'public-access'),
        rule('subnet_id', 'network'),
        rule('vpc_security_group_ids', 'network'),
        rule('iam_instance_profile', 'iam'),
        rule('root_block_device[*]', 'encryption', ['encrypted', 'kms_key_id', 'volume_size']),
        rule('metadata_options[*].http_tokens', 'network')
    ],
    aws_ebs_volume: [
        ...id('id', 'availability_zone'),
        rule('size', 'size'),
        rule('type', 'size'),
        rule('encrypted', 'encryption'),
        rule('kms_key_id', 'encryption')
    ],
    aws_kms_key: [
        ...id('description', 'key_id'),
        rule('enable_key_rotation', 'encryption'),
        rule('is_enabled', 'encryption'),
        rule('deletion_window_in_days', 'protection'),
        policy('policy')
    ],
    aws_lb: [
        ...id('name', 'arn'),
        rule('internal', 'public-access'),
        rule('load_balancer_type', 'size'),
        rule('security_groups', 'network'),
        rule('subnets', 'network')
    ],
    aws_lb_listener: [
        ...id('load_balancer_arn'),
        rule('port', 'network'),
        rule('protocol', 'network'),
        rule('ssl_policy', 'encryption'),
        rule('certificate_arn', 'encryption')
    ],
    aws_dynamodb_table: [
        ...id('name', 'arn'),
        rule('billing_mode', 'size'),
        rule('read_capacity', 'size'),
        rule('write_capacity', 'size'),
        rule('server_side_encryption[*]', 'encryption', ['enabled', 'kms_key_arn']),
        rule('point_in_time_recovery[*].enabled', 'protection'),
        rule('deletion_protection_enabled', 'protection')
    ],
    aws_elasticache_replication_group: [
        ...id('replication_group_id'),
        rule('node_type', 'size'),
        rule('num_cache_clusters', 'size'),
        rule('at_rest_encryption_enabled', 'encryption'),
        rule('transit_encryption_enabled', 'encryption')
    ],
    aws_sqs_queue: [
        ...id('name', 'arn'),
        rule('sqs_managed_sse_enabled', 'encryption'),
        rule('kms_master_key_id', 'encryption'),
        policy('policy')
    ],
    aws_sqs_queue_policy: [...id('queue_url'), policy('policy')],
    aws_sns_topic: [...id('name', 'arn'), rule('kms_master_key_id', 'encryption'), policy('policy')],
    aws_sns_topic_policy: [...id('arn'), policy('policy')],
    aws_lambda_function: [
        ...id('function_name', 'arn'),
        rule('runtime', 'size'),
        rule('memory_size', 'size'),
        rule('role', 'iam')
    ],
    aws_lambda_permission: [
        ...id('function_name', 'statement_id'),
        rule('principal', 'iam'),
        rule('action', 'iam'),
        rule('source_arn', 'iam'),
        rule('source_account', 'iam')
    ],
    aws_lambda_function_url: [...id('function_name'), rule('authorization_type', 'public-access')],
    aws_vpc: [...id('id', 'cidr_block')],
    aws_subnet: [...id('id', 'vpc_id', 'cidr_block'), rule('map_public_ip_on_launch', 'public-access')],
    aws_route: [
        ...id('route_table_id'),
        rule('destination_cidr_block', 'network'),
        rule('gateway_id', 'network'),
        rule('nat_gateway_id', 'network')
    ],
    aws_internet_gateway: id('id', 'vpc_id'),
    aws_eks_cluster: [
        ...id('name', 'arn'),
        rule('version', 'size'),
        rule('role_arn', 'iam'),
        rule('vpc_config[*]', 'network', [
            'endpoint_public_access',
            'endpoint_private_access',
            'public_access_cidrs'
        ])
    ],
    aws_ecr_repository: [
        ...id('name'),
        rule('image_tag_mutability', 'protection'),
        rule('encryption_configuration[*].encryption_type', 'encryption')
    ],
    aws_ecr_repository_policy: [...id('repository'), policy('policy')],
    aws_cloudtrail: [
        ...id('name'),
        rule('is_multi_region_trail', 'protection'),
        rule('enable_logging', 'protection'),
        rule('kms_key_id', 'encryption')
    ],
    aws_secretsmanager_secret: [
        ...id('name', 'arn'),
        rule('kms_key_id', 'encryption'),
        rule('recovery_window_in_days', 'protection')
    ],
    aws_secretsmanager_secret_policy: [...id('secret_arn'), policy('policy')],
    aws_ssm_parameter: [...id('name'), rule('type', 'encryption'), rule('key_id', 'encryption')],
    aws_opensearch_domain: [
        ...id('domain_name', 'arn'),
        rule('encrypt_at_rest[*].enabled', 'encryption'),
        rule('node_to_node_encryption[*].enabled', 'encryption'),
        policy('access_policies')
    ],
    aws_redshift_cluster: [
        ...id('cluster_identifier'),
        rule('node_type', 'size'),
        rule('number_of_nodes', 'size'),
        rule('publicly_accessible', 'public-access'),
        rule('encrypted', 'encryption')
    ]
};
function vpcRule() {
    return [
        ...id('security_group_id'),
        rule('ip_protocol', 'network'),
        rule('from_port', 'network'),
        rule('to_port', 'network'),
        rule('cidr_ipv4', 'network'),
        rule('cidr_ipv6', 'network'),
        rule('referenced_security_group_id', 'network'),
        rule('prefix_list_id', 'network')
    ];
}
function publicAccessBlock() {
    return ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'].map(name => rule(name, 'public-access'));
}

;// CONCATENATED MODULE: ./src/analysis/diff/key-attributes-gcp-azure.ts
/**
 * Key attributes of common Google Cloud (hashicorp/google 5.x-6.x) and Azure (hashicorp/azurerm
 * 3.x-4.x; both spellings where 4.0 renamed an attribute) resource types. Data only: see key-rule.ts.
 */

const key_attributes_gcp_azure_id = (...names) => names.map(name => rule(name, 'identity'));
const NSG_RULE_FIELDS = [
    'name',
    'direction',
    'access',
    'priority',
    'protocol',
    'source_address_prefix',
    'source_address_prefixes',
    'destination_port_range',
    'destination_port_ranges'
];
const IAM_MEMBER = (scope) => [
    ...key_attributes_gcp_azure_id(scope),
    rule('role', 'iam'),
    rule('member', 'iam')
];
const IAM_BINDING = (scope) => [
    ...key_attributes_gcp_azure_id(scope),
    rule('role', 'iam'),
    rule('members', 'iam')
];
const GCP_AZURE_KEY_ATTRIBUTES = {
    google_compute_firewall: [
        ...key_attributes_gcp_azure_id('name', 'network'),
        rule('direction', 'network'),
        rule('disabled', 'network'),
        rule('source_ranges', 'network'),
        rule('destination_ranges', 'network'),
        rule('allow[*]', 'network', ['protocol', 'ports']),
        rule('deny[*]', 'network', ['protocol', 'ports']),
        rule('target_tags', 'network'),
        rule('source_tags', 'network')
    ],
    google_compute_instance: [
        ...key_attributes_gcp_azure_id('name', 'zone'),
        rule('machine_type', 'size'),
        rule('network_interface[*].access_config', 'public-access'),
        rule('service_account[*]', 'iam', ['email', 'scopes'])
    ],
    google_compute_disk: [
        ...key_attributes_gcp_azure_id('name', 'zone'),
        rule('size', 'size'),
        rule('type', 'size'),
        rule('disk_encryption_key', 'encryption')
    ],
    google_storage_bucket: [
        ...key_attributes_gcp_azure_id('name', 'location'),
        rule('uniform_bucket_level_access', 'public-access'),
        rule('public_access_prevention', 'public-access'),
        rule('encryption[*].default_kms_key_name', 'encryption'),
        rule('versioning[*].enabled', 'protection'),
        rule('force_destroy', 'protection')
    ],
    google_storage_bucket_iam_member: IAM_MEMBER('bucket'),
    google_storage_bucket_iam_binding: IAM_BINDING('bucket'),
    google_project_iam_member: IAM_MEMBER('project'),
    google_project_iam_binding: IAM_BINDING('project'),
    google_project_iam_policy: [
        ...key_attributes_gcp_azure_id('project'),
        rule('policy_data{json}.bindings[*]', 'iam', ['role', 'members'])
    ],
    google_service_account_iam_member: IAM_MEMBER('service_account_id'),
    google_service_account_key: key_attributes_gcp_azure_id('service_account_id'),
    google_sql_database_instance: [
        ...key_attributes_gcp_azure_id('name'),
        rule('database_version', 'size'),
        rule('settings[*].tier', 'size'),
        rule('settings[*].disk_size', 'size'),
        rule('settings[*].ip_configuration[*].ipv4_enabled', 'public-access'),
        rule('settings[*].ip_configuration[*].authorized_networks[*]', 'network', ['name', 'value']),
        rule('settings[*].ip_configuration[*].ssl_mode', 'encryption'),
        rule('encryption_key_name', 'encryption'),
        rule('deletion_protection', 'protection')
    ],
    google_container_cluster: [
        ...key_attributes_gcp_azure_id('name', 'location'),
        rule('private_cluster_config[*]', 'network', ['enable_private_nodes', 'enable_private_endpoint']),
        rule('master_authorized_networks_config[*].cidr_blocks[*]', 'network', ['display_name', 'cidr_block']),
        rule('enable_legacy_abac', 'iam'),
        rule('deletion_protection', 'protection')
    ],
    google_kms_crypto_key: [...key_attributes_gcp_azure_id('name', 'key_ring'), rule('rotation_period', 'encryption')],
    azurerm_resource_group: key_attributes_gcp_azure_id('name', 'location'),
    azurerm_network_security_rule: [
        ...key_attributes_gcp_azure_id('name', 'network_security_group_name'),
        ...NSG_RULE_FIELDS.slice(1).map(field => rule(field, 'network'))
    ],
    azurerm_network_security_group: [
        ...key_attributes_gcp_azure_id('name', 'resource_group_name'),
        rule('security_rule[*]', 'network', NSG_RULE_FIELDS)
    ],
    azurerm_storage_account: [
        ...key_attributes_gcp_azure_id('name', 'resource_group_name'),
        rule('account_tier', 'size'),
        rule('account_replication_type', 'size'),
        rule('public_network_access_enabled', 'public-access'),
        rule('allow_nested_items_to_be_public', 'public-access'),
        rule('allow_blob_public_access', 'public-access'),
        rule('shared_access_key_enabled', 'iam'),
        rule('https_traffic_only_enabled', 'encryption'),
        rule('enable_https_traffic_only', 'encryption'),
        rule('min_tls_version', 'encryption'),
        rule('infrastructure_encryption_enabled', 'encryption')
    ],
    azurerm_storage_container: [
        ...key_attributes_gcp_azure_id('name', 'storage_account_name'),
        rule('container_access_type', 'public-access')
    ],
    azurerm_role_assignment: [
        ...key_attributes_gcp_azure_id('scope', 'principal_id'),
        rule('role_definition_name', 'iam'),
        rule('role_definition_id', 'iam')
    ],
    azurerm_key_vault: [
        ...key_attributes_gcp_azure_id('name', 'resource_group_name'),
        rule('public_network_access_enabled', 'public-access'),
        rule('network_acls[*].default_action', 'network'),
        rule('purge_protection_enabled', 'protection'),
        rule('soft_delete_retention_days', 'protection')
    ],
    azurerm_mssql_server: [
        ...key_attributes_gcp_azure_id('name', 'resource_group_name'),
        rule('version', 'size'),
        rule('public_network_access_enabled', 'public-access'),
        rule('minimum_tls_version', 'encryption')
    ],
    azurerm_mssql_database: [...key_attributes_gcp_azure_id('name', 'server_id'), rule('sku_name', 'size'), rule('max_size_gb', 'size')],
    azurerm_postgresql_flexible_server: [
        ...key_attributes_gcp_azure_id('name', 'resource_group_name'),
        rule('version', 'size'),
        rule('sku_name', 'size'),
        rule('storage_mb', 'size'),
        rule('public_network_access_enabled', 'public-access')
    ],
    azurerm_linux_virtual_machine: virtualMachine(),
    azurerm_windows_virtual_machine: virtualMachine(),
    azurerm_public_ip: [
        ...key_attributes_gcp_azure_id('name', 'resource_group_name'),
        rule('allocation_method', 'public-access'),
        rule('sku', 'size')
    ],
    azurerm_kubernetes_cluster: [
        ...key_attributes_gcp_azure_id('name', 'resource_group_name'),
        rule('kubernetes_version', 'size'),
        rule('private_cluster_enabled', 'network'),
        rule('api_server_access_profile[*].authorized_ip_ranges', 'network'),
        rule('api_server_authorized_ip_ranges', 'network'),
        rule('default_node_pool[*]', 'size', ['vm_size', 'node_count'])
    ]
};
function virtualMachine() {
    return [
        ...key_attributes_gcp_azure_id('name', 'resource_group_name'),
        rule('size', 'size'),
        rule('admin_username', 'iam'),
        rule('disable_password_authentication', 'iam'),
        rule('encryption_at_host_enabled', 'encryption'),
        rule('os_disk[*].disk_encryption_set_id', 'encryption')
    ];
}

;// CONCATENATED MODULE: ./src/analysis/diff/key-attributes.ts
/**
 * Key attributes: what a reviewer checks on a resource being created (network exposure, IAM actions
 * and resources, encryption, public access, size, protection) and what identifies one being deleted.
 * Which attributes those are is data, per resource type (key-attributes-aws.ts, key-attributes-gcp-azure.ts);
 * this file reads them out of a plan value, masked like the diff.
 */




/** Every table, by resource type. `terraform_data` (built in) is known by what it holds, not its random id. */
const KEY_ATTRIBUTES = {
    terraform_data: [rule('input', 'identity'), rule('triggers_replace', 'identity')],
    ...AWS_KEY_ATTRIBUTES,
    ...GCP_AZURE_KEY_ATTRIBUTES
};
/** For types without a table: what names most objects. */
const FALLBACK = [
    { path: 'name', concern: 'identity' },
    { path: 'id', concern: 'identity' },
    { path: 'arn', concern: 'identity' }
];
const KEY_LIMITS = { maxAttributes: 40, maxValueChars: 300, maxJsonChars: 1_000_000 };
/** Key attributes of one side of a change, for `concerns` (all when omitted). */
function keyAttributes(type, value, sensitive, unknown, options = {}) {
    const limits = { ...KEY_LIMITS, ...options.limits };
    const rules = Object.hasOwn(KEY_ATTRIBUTES, type) ? KEY_ATTRIBUTES[type] : FALLBACK;
    const attributes = [];
    let omitted = 0;
    for (const rule of rules) {
        if (options.concerns && !options.concerns.includes(rule.concern))
            continue;
        for (const found of key_attributes_select(value, sensitive, unknown, parsePath(rule.path), [], limits)) {
            if (attributes.length >= limits.maxAttributes) {
                omitted++;
                continue;
            }
            const shown = (0,values/* showValue */.vp)(rule.fields && (0,values/* isRecord */.u4)(found.value) ? pick(found.value, rule.fields) : found.value, found.sensitive, found.unknown, options.scrub ?? (text => text), limits.maxValueChars);
            if (shown.kind === 'value' && (shown.text === 'null' || shown.text === '{}'))
                continue;
            attributes.push({ concern: rule.concern, path: found.path, value: shown });
        }
    }
    return { attributes, omitted };
}
/** What a reviewer checks on a create: every concern, read from `after`. */
function createKeyAttributes(type, change) {
    return keyAttributes(type, change.after, change.after_sensitive, change.after_unknown);
}
/** What identifies an object being deleted (and how much data it holds), read from `before`. */
function deleteKeyAttributes(type, change) {
    return keyAttributes(type, change.before, change.before_sensitive, undefined, {
        concerns: ['identity', 'size', 'protection']
    });
}
/** `ingress[*].from_port`, `policy{json}.Statement[*]` → steps. */
function parsePath(path) {
    const steps = [];
    for (const part of path.split('.')) {
        const match = /^([^[{]+)((?:\[\*\]|\{json\})*)$/.exec(part);
        if (!match)
            throw new Error(`Bad key attribute path '${path}'`);
        steps.push({ kind: 'key', key: match[1] });
        for (const suffix of match[2].match(/\[\*\]|\{json\}/g) ?? [])
            steps.push(suffix === '[*]' ? { kind: 'each' } : { kind: 'json' });
    }
    return steps;
}
/** Every value a path reaches; `[*]` on a value that is not a list takes the value itself (IAM allows one statement). */
function key_attributes_select(value, sensitive, unknown, steps, path, limits) {
    if (steps.length === 0)
        return [{ path, value, sensitive, unknown }];
    if (sensitive === true || unknown === true)
        return [{ path, value, sensitive, unknown }];
    const [step, ...rest] = steps;
    if (step.kind === 'key') {
        if (!(0,values/* isRecord */.u4)(value) && !(0,values/* isRecord */.u4)(unknown))
            return [];
        const child = (0,values/* isRecord */.u4)(value) && Object.hasOwn(value, step.key) ? value[step.key] : undefined;
        const childUnknown = (0,values/* childMark */.Yz)(unknown, step.key);
        if (child === undefined && childUnknown !== true)
            return [];
        return key_attributes_select(child, (0,values/* childMark */.Yz)(sensitive, step.key), childUnknown, rest, [...path, step.key], limits);
    }
    if (step.kind === 'each') {
        if (!Array.isArray(value))
            return value === null || value === undefined
                ? []
                : key_attributes_select(value, sensitive, unknown, rest, path, limits);
        return value.flatMap((element, index) => key_attributes_select(element, (0,values/* childMark */.Yz)(sensitive, index), (0,values/* childMark */.Yz)(unknown, index), rest, [...path, index], limits));
    }
    if (typeof value !== 'string')
        return [];
    const parsed = (0,values/* parseJsonDocument */.dH)(value, limits.maxJsonChars);
    return parsed ? key_attributes_select(parsed.value, undefined, undefined, rest, [...path, '{json}'], limits) : [];
}
/** The chosen fields of an object, in the table's order, empty ones left out by showValue. */
function pick(record, fields) {
    const out = {};
    for (const field of fields)
        if (Object.hasOwn(record, field))
            out[field] = record[field];
    return out;
}

;// CONCATENATED MODULE: ./src/analysis/diff/index.ts
/**
 * The structural diff of plan values (pure): diffResourceChange builds the tree, resourceGroupKey and
 * leafChanges group identical changes, keyAttributes picks what a reviewer checks on creates and deletes.
 */








/***/ }),

/***/ 4884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q1: () => (/* binding */ equalityKey),
/* harmony export */   Yz: () => (/* binding */ childMark),
/* harmony export */   dH: () => (/* binding */ parseJsonDocument),
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   sb: () => (/* binding */ anyMark),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   uv: () => (/* binding */ objectKeys),
/* harmony export */   vp: () => (/* binding */ showValue)
/* harmony export */ });
/* unused harmony exports formatKey, isEmpty */
/** Deeper values are not walked: Terraform never nests this far, and a hostile plan must not overflow the stack. */
const MAX_DEPTH = 100;
/** The child of a mark tree: `true` covers everything below; otherwise index into it. */
function childMark(mark, key) {
    if (mark === true)
        return true;
    if (mark === null || typeof mark !== 'object')
        return undefined;
    return mark[key];
}
/** True when any leaf of a mark tree is `true`. Too deep to inspect counts as marked (fail closed). */
function anyMark(mark, depth = 0) {
    if (mark === true)
        return true;
    if (mark === null || typeof mark !== 'object')
        return false;
    if (depth > MAX_DEPTH)
        return true;
    for (const child of Object.values(mark))
        if (anyMark(child, depth + 1))
            return true;
    return false;
}
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/**
 * A string equal for two values exactly when Terraform would call them the same element: equal
 * content and equal sensitivity. Undefined (never equal to anything) when any part is unknown or
 * nesting is too deep. Raw values are in it: it never leaves the differ.
 */
function equalityKey(value, sensitive, unknown, depth = 0) {
    if (unknown !== undefined && anyMark(unknown))
        return undefined;
    return keyOf(value, sensitive, depth);
}
function keyOf(value, sensitive, depth) {
    if (depth > MAX_DEPTH)
        return undefined;
    const mark = sensitive === true ? '!' : '';
    if (value === null || value === undefined)
        return `${mark}n`;
    if (typeof value === 'string')
        return mark + JSON.stringify(value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return mark + String(value);
    if (Array.isArray(value)) {
        let key = `${mark}[`;
        for (let i = 0; i < value.length; i++) {
            const child = keyOf(value[i], childMark(sensitive, i), depth + 1);
            if (child === undefined)
                return undefined;
            key += `${child},`;
        }
        return `${key}]`;
    }
    if (typeof value === 'object') {
        let key = `${mark}{`;
        for (const name of Object.keys(value).sort()) {
            const child = keyOf(value[name], childMark(sensitive, name), depth + 1);
            if (child === undefined)
                return undefined;
            key += `${JSON.stringify(name)}:${child},`;
        }
        return `${key}}`;
    }
    return mark + JSON.stringify(String(value));
}
/** Keys of an object, plus keys that exist only as `true` in its unknown mark (computed attributes). */
function objectKeys(before, after, unknown) {
    const keys = new Set();
    if (isRecord(before))
        for (const key of Object.keys(before))
            keys.add(key);
    if (isRecord(after))
        for (const key of Object.keys(after))
            keys.add(key);
    if (isRecord(unknown))
        for (const [key, mark] of Object.entries(unknown))
            if (mark !== false)
                keys.add(key);
    return [...keys].sort();
}
/** Renders a key as HCL would: bare when it is an identifier, quoted otherwise. */
function formatKey(key) {
    return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key);
}
/** Thrown by the writer when the output is full; only counting continues. */
class Full {
}
/** Accumulates a rendering up to `max` characters, then only counts. */
class Writer {
    max;
    text = '';
    total = 0;
    constructor(max) {
        this.max = max;
    }
    push(part) {
        this.total += part.length;
        if (this.text.length < this.max)
            this.text += part;
    }
    /** Stops early once the text is full and counting the rest would cost more than it tells. */
    check() {
        if (this.text.length >= this.max && this.total > this.max * 64)
            throw new Full();
    }
}
/**
 * Shows a whole value: `(sensitive)` under a `true` sensitive mark, `(known after apply)` under a
 * `true` unknown mark, HCL-like text otherwise. Inside objects, null and empty values are left out
 * (they say nothing a reviewer needs); strings are scrubbed; the text stops at `max` characters and
 * `cut` counts what was left out (a lower bound when the value is enormous).
 */
function showValue(value, sensitive, unknown, scrub, max) {
    if (sensitive === true)
        return { kind: 'sensitive' };
    if (unknown === true)
        return { kind: 'unknown' };
    const writer = new Writer(max);
    try {
        write(writer, value, sensitive, unknown, scrub, 0);
    }
    catch (error) {
        if (!(error instanceof Full))
            throw error;
    }
    if (writer.total <= max && writer.text.length === writer.total)
        return { kind: 'value', text: writer.text };
    const text = writer.text.slice(0, max);
    return { kind: 'value', text, cut: Math.max(1, writer.total - text.length) };
}
function write(out, value, sensitive, unknown, scrub, depth) {
    out.check();
    if (sensitive === true)
        return out.push('(sensitive)');
    if (unknown === true)
        return out.push('(known after apply)');
    if (value === null || value === undefined)
        return out.push('null');
    if (typeof value === 'string')
        return out.push(JSON.stringify(scrub(value)));
    if (typeof value === 'number' || typeof value === 'boolean')
        return out.push(String(value));
    if (typeof value !== 'object')
        return out.push(JSON.stringify(scrub(String(value))));
    if (depth >= MAX_DEPTH)
        return out.push('…');
    if (Array.isArray(value)) {
        const length = Math.max(value.length, Array.isArray(unknown) ? unknown.length : 0);
        out.push('[');
        for (let i = 0; i < length; i++) {
            if (i > 0)
                out.push(', ');
            write(out, value[i], childMark(sensitive, i), childMark(unknown, i), scrub, depth + 1);
        }
        return out.push(']');
    }
    const record = value;
    const shown = objectKeys(record, undefined, unknown).filter(key => {
        const child = record[key];
        return childMark(unknown, key) === true || childMark(sensitive, key) === true || !isEmpty(child);
    });
    out.push('{');
    shown.forEach((key, index) => {
        out.push(index === 0 ? ' ' : ', ');
        out.push(`${formatKey(scrub(key))} = `);
        write(out, record[key], childMark(sensitive, key), childMark(unknown, key), scrub, depth + 1);
    });
    out.push(shown.length > 0 ? ' }' : '}');
}
/** Null, an empty list or an empty object: left out of object renderings. */
function isEmpty(value) {
    if (value === null || value === undefined)
        return true;
    if (Array.isArray(value))
        return value.length === 0;
    return isRecord(value) && Object.keys(value).length === 0;
}
/** Parses a string as a JSON document when Terraform would (it starts with `{` or `[`); undefined otherwise. */
function parseJsonDocument(text, maxChars) {
    if (text.length > maxChars || !(text.startsWith('{') || text.startsWith('[')))
        return undefined;
    try {
        return { value: JSON.parse(text) };
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 86692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ redactInstanceKeys),
/* harmony export */   c: () => (/* binding */ redactQuotedAddresses)
/* harmony export */ });
/* harmony import */ var _scrub_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(397);
/**
 * Redacting a resource address: only a secret inside an instance key (`db["<secret>"]`) is replaced.
 * Resource types, names and module names are identifiers from the configuration; a plan that marks
 * their text sensitive must not be able to rename what it destroys, neither in a report nor in the
 * redacted plan.json a gate may judge (where `(sensitive)` would match no protected_resources glob).
 */

/** Instance keys: `["…"]` with Terraform's escapes inside. */
const INSTANCE_KEY = /\["((?:[^"\\]|\\.)*)"\]/g;
/**
 * Replaces sensitive values inside instance keys; the rest is left exactly as it is. Works on an
 * address or on any text that names addresses (a policy message). The key is scrubbed with its
 * quotes, so a weak secret (`db["Q9"]`, found only as a whole quoted value) is hidden like a strong one.
 */
function redactInstanceKeys(address, scrub) {
    if (!address.includes('["'))
        return address;
    return address.replace(INSTANCE_KEY, (whole, key) => {
        const quoted = `"${key}"`;
        const scrubbed = scrub(quoted);
        if (scrubbed === quoted)
            return whole;
        // A strong secret keeps the quotes around what is left; a whole weak value loses them with it.
        return scrubbed.length >= 2 && scrubbed.startsWith('"') && scrubbed.endsWith('"')
            ? `[${scrubbed}]`
            : `["${_scrub_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .SENSITIVE_PLACEHOLDER */ .Bo}"]`;
    });
}
/**
 * The action's own text with the addresses it quotes redacted (their instance keys only); the words
 * around them never change, whatever the plan marked sensitive.
 */
function redactQuotedAddresses(text, addresses, scrub) {
    let out = text;
    const unique = [...new Set(addresses)].filter(address => address !== '').sort((a, b) => b.length - a.length);
    for (const address of unique) {
        const clean = redactInstanceKeys(address, scrub);
        if (clean !== address && out.includes(address))
            out = out.split(address).join(clean);
    }
    return out;
}


/***/ }),

/***/ 49759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ planSecrets)
/* harmony export */ });
/* unused harmony exports MIN_MASK_CHARS, hideStringFor */
/* harmony import */ var _scrub_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(397);
/* harmony import */ var _sensitive_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43529);
/**
 * The one entry into secret handling for renderers, outputs and the log. Built from the set the
 * analysis collected (`PlanAnalysis.sensitiveValues`, see sensitive-values.ts):
 *
 *   const secrets = planSecrets(analysis.sensitiveValues)
 *   secrets.scrub(planText)                  // an address, a value, Terraform's plan text
 *   secrets.isSecretValue(value)             // render this plan value as (sensitive)?
 *   hideStringFor(secrets)(path, value)      // the differ's hideString option
 *   secrets.maskable(avoid)                  // what to pass to core.setSecret
 *
 * Rules: the action's own words are never scrubbed or masked; plan values are hidden where they are
 * rendered; text is scrubbed by scrub-secrets.ts's strong/weak rules; addresses the action's words
 * quote are redacted in their instance keys only (instance-keys.ts redactQuotedAddresses).
 */


/** Shortest value registered with the runner's masking. */
const MIN_MASK_CHARS = 8;
const cache = new WeakMap();
/**
 * The secrets of one plan. Built once per set (and options) and reused while the set does not grow:
 * a report scrubs thousands of strings against the same secrets.
 */
function planSecrets(values, options) {
    const set = values instanceof Set ? values : new Set(values);
    const byOptions = cache.get(set) ?? new Map();
    cache.set(set, byOptions);
    const cached = byOptions.get(options);
    if (cached && cached.size === set.size)
        return cached.secrets;
    const secrets = buildSecrets(set, options);
    byOptions.set(options, { size: set.size, secrets });
    return secrets;
}
function buildSecrets(set, options) {
    const scrub = (0,_scrub_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .createSecretScrubber */ .dA)(set, options);
    return {
        size: set.size,
        scrub,
        isSecretValue: value => typeof value === 'string'
            ? value !== '' && (set.has(value) || set.has(value.trim()))
            : typeof value === 'number' && set.has(String(value)),
        maskable: avoid => maskable(set, [...(avoid ?? [])])
    };
}
function maskable(set, avoid) {
    const out = new Set();
    const fits = (candidate) => candidate.length >= MIN_MASK_CHARS &&
        (0,_scrub_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .isStrongSecret */ .YI)(candidate) &&
        !/\s/.test(candidate) &&
        /\p{L}/u.test(candidate) &&
        /\d/.test(candidate) &&
        !candidate.includes(_scrub_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .SENSITIVE_PLACEHOLDER */ .Bo) &&
        !avoid.some(text => text.includes(candidate));
    for (const value of set) {
        const lines = value.split(/\r?\n|\r/).map(line => line.trim());
        if (lines.length === 1) {
            if (fits(lines[0]))
                out.add(lines[0]);
            continue;
        }
        const kept = lines.filter(fits);
        for (const line of kept)
            out.add(line);
        if (kept.length > 0)
            out.add(value);
    }
    return [...out];
}
/** The differ's `hideString` option: a collected secret of the plan, or a secret by name or shape. */
function hideStringFor(secrets) {
    return (path, value) => (secrets?.isSecretValue(value) ?? false) || isSecretString(path, value);
}


/***/ }),

/***/ 7884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2: () => (/* binding */ pulumiProblem),
/* harmony export */   Gz: () => (/* binding */ pulumiChangeFacts),
/* harmony export */   Yl: () => (/* binding */ createPulumiFactCollector),
/* harmony export */   Yp: () => (/* binding */ pulumiDisplayName)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27242);
/* harmony import */ var _plan_pulumi_urn_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50001);
/* harmony import */ var _pulumi_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85614);
/**
 * What the analysis keeps from a Pulumi plan besides what every plan has: per change, the readable
 * `type::name`, the URN, the stack and the protect flag; per plan, the stacks, the diagnostics, whether
 * the document is a preview at all, and the protected resources it would delete or replace. The gate
 * (policy/checks/pulumi-plan.ts), the reports and the rollback plan (pulumi-rollback.ts) read these;
 * the counts, risk rules and attribute diffs are the ones every plan gets.
 */



/** Kinds that remove the old object from the stack; Pulumi fails any of them on a protected resource. */
const REMOVES_OLD = new Set(['delete', 'replace', 'forget', 'create-forget']);
/** The Pulumi facts of a plan entry, or undefined for a Terraform entry. */
function pulumiChangeFacts(entry) {
    const info = entry.pulumi;
    if (!info || typeof info !== 'object')
        return undefined;
    return { display: info.display, urn: info.urn, stack: info.stack, protect: info.protect === true };
}
/** Why the Pulumi reader could not map an entry (an op it does not know, a summary count without a step). */
function pulumiProblem(entry) {
    return entry.pulumi?.problem;
}
/** `type::name` of a URN, or undefined when the text is not one (reports show it with the URN). */
function pulumiDisplayName(urn) {
    const parsed = (0,_plan_pulumi_urn_js__WEBPACK_IMPORTED_MODULE_2__/* .parseUrn */ .p1)(urn);
    return parsed ? (0,_plan_pulumi_urn_js__WEBPACK_IMPORTED_MODULE_2__/* .displayName */ .QC)(parsed) : undefined;
}
/** A collector for one Pulumi plan; `options` are the analysis' risk options (extra data-bearing types). */
function createPulumiFactCollector(options = {}) {
    const protectedDestroys = [];
    let omitted = 0;
    let assumed = 0;
    return {
        categorise: (0,_pulumi_types_js__WEBPACK_IMPORTED_MODULE_1__/* .createPulumiTypeCategoriser */ .nC)(options),
        add(change, entry) {
            if (entry.pulumi?.assumed !== undefined)
                assumed++;
            if (!change.pulumi?.protect || !REMOVES_OLD.has(change.kind))
                return;
            if (protectedDestroys.length < _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMIT */ .uK.destructiveAddresses)
                protectedDestroys.push(change.address);
            else
                omitted++;
        },
        finish(header) {
            const info = header.pulumi;
            const facts = {
                format: info?.format ?? 'preview-json',
                stacks: [...(info?.stacks ?? [])],
                projects: [...(info?.projects ?? [])],
                diagnostics: [...(info?.diagnostics ?? [])],
                errorCount: info?.errorCount ?? 0,
                warningCount: info?.warningCount ?? 0,
                omittedDiagnostics: info?.omittedDiagnostics ?? 0,
                maybeCorrupt: info?.maybeCorrupt === true,
                protectedDestroys,
                omittedProtectedDestroys: omitted,
                assumedReplacements: assumed
            };
            if (info?.isPreview !== undefined)
                facts.isPreview = info.isPreview;
            if (info?.result !== undefined)
                facts.result = info.result;
            return facts;
        }
    };
}


/***/ }),

/***/ 64839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ derivePulumiRollbackPlan)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27242);
/* harmony import */ var _plan_pulumi_urn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50001);
/**
 * The rollback plan of a Pulumi preview, in the shape deriveRollbackPlan (rollback.ts) gives a
 * Terraform plan and after the procedure the IaC standards set (select the stack, undo by URN,
 * verify): revert the commit and preview the way back; for data-bearing or protected resources the
 * change deletes or replaces, the backup, state export and import that bring the data back; then
 * the targeted command that undoes each kind of change (`pulumi destroy --target` for what it
 * creates, `pulumi up --target` for what it deletes or updates, `pulumi import` for what it only
 * forgets, `pulumi state delete` for what it imports). Derived from the analysis alone; it advises,
 * it never promises a rollback is safe. URNs are single-quoted for POSIX shells (`$` in nested
 * types), and an address with control characters gets no command at all.
 */


/** Commands listed per step, as in rollback.ts; the addresses beyond are listed without one. */
const COMMANDS_PER_STEP = 20;
/** Commit SHAs are hex; anything else stays a placeholder rather than being pasted into a command. */
const COMMIT_SHA = /^[0-9a-f]{7,64}$/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** Derives the rollback plan of an analysed Pulumi plan; `commitSha` replaces <COMMIT_SHA> when it is one. */
function derivePulumiRollbackPlan(analysis, commitSha) {
    const { steps, ...plan } = deriveSteps(analysis);
    const sha = commitSha && COMMIT_SHA.test(commitSha) ? commitSha : undefined;
    return {
        ...plan,
        steps: steps.map(step => ({
            ...step,
            blocks: [],
            commands: step.commands.map(command => snippetOf(sha ? command.replace('<COMMIT_SHA>', sha) : command))
        }))
    };
}
/**
 * A command line as a snippet: its single-quoted words (URNs, types, names, the stack: taken from the
 * preview) are plan values the report redacts; the rest is the action's own words.
 */
function snippetOf(command) {
    const parts = [];
    let last = 0;
    for (const match of command.matchAll(/'(?:[^']|'\\'')*'/g)) {
        if (match.index > last)
            parts.push(command.slice(last, match.index));
        parts.push({ value: match[0] });
        last = match.index + match[0].length;
    }
    if (last < command.length)
        parts.push(command.slice(last));
    return parts;
}
function deriveSteps(analysis) {
    const facts = analysis.pulumi;
    const stacks = facts?.stacks ?? [];
    const notes = planNotes(analysis, stacks);
    if (!analysis.hasChanges) {
        return {
            needed: false,
            dataLoss: false,
            steps: [],
            notes: ['Nothing to undo: the preview changes no resource.', ...notes]
        };
    }
    const stack = stacks.length === 1 && !CONTROL.test(stacks[0]) ? stacks[0] : undefined;
    const select = `pulumi stack select ${stack === undefined ? '<STACK>' : shellQuote(stack)}`;
    const exportFile = `${(stack ?? 'stack').replace(/[^A-Za-z0-9._-]/g, '_')}-before-change.json`;
    const dataReason = analysis.risk.reasons.find(reason => reason.rule === 'data-bearing-destroy');
    const restored = new Set([...(dataReason?.addresses ?? []), ...(facts?.protectedDestroys ?? [])]);
    const byKind = (kinds, predicate = () => true) => analysis.changes.filter(change => kinds.includes(change.kind) && predicate(change));
    const notRestored = (change) => !restored.has(change.address);
    const steps = [
        {
            kind: 'revert-commit',
            description: 'Revert the commit that introduced this change and run the pipeline again (preview, review, up) on the same stack. Pulumi then previews the way back; review that preview as carefully as this one.',
            addresses: [],
            commands: ['git revert <COMMIT_SHA>', select, 'pulumi preview --diff', 'pulumi up']
        }
    ];
    const restoredChanges = byKind(['delete', 'replace', 'forget', 'create-forget'], change => restored.has(change.address));
    // The risk reason's addresses may include changes not kept in `changes`: list them all.
    const restoreAddresses = [...restored];
    if (restoreAddresses.length > 0) {
        steps.push({
            kind: 'restore-data',
            description: 'These resources hold data or are protected, and the change deletes or replaces them: once applied, the old object and its data are gone, and reverting creates an empty one. ' +
                'Before applying, back each one up (snapshot, export) and export the stack, whose checkpoint records every object’s ID and settings. ' +
                'To roll back, restore the backup into a new object, drop the empty replacement from the stack’s state (`pulumi state delete`, `--force` if it is protected) and import the restored object in its place (`pulumi import` protects it; add `--parent <name>=<parent URN>` for a resource with a parent):',
            ...bounded(restoreAddresses, dataReason?.omittedAddresses ?? 0),
            commands: [
                select,
                `pulumi stack export --file ${shellQuote(exportFile)}`,
                ...perAddress(restoreAddresses, urn => {
                    const change = restoredChanges.find(candidate => candidate.address === urn);
                    const parsed = (0,_plan_pulumi_urn_js__WEBPACK_IMPORTED_MODULE_1__/* .parseUrn */ .p1)(urn);
                    if (!parsed)
                        return [];
                    const importing = `pulumi import ${shellQuote(parsed.type)} ${shellQuote(parsed.name)} '<RESTORED_ID>'`;
                    // A deleted resource is gone from the state already; a replaced one left an empty successor there.
                    return change?.kind === 'delete' || change?.kind === 'forget'
                        ? [importing]
                        : [`pulumi state delete ${shellQuote(urn)}`, importing];
                })
            ]
        });
    }
    const deleted = byKind(['delete'], notRestored);
    if (deleted.length > 0) {
        steps.push(targeted('recreate', 'These resources are deleted. After the revert, `pulumi up` recreates them as new objects with new IDs (or only them, with --target); anything outside the stack that used the old IDs must be updated.', deleted, select, urn => [`pulumi up --target ${shellQuote(urn)}`]));
    }
    const replaced = byKind(['replace'], notRestored);
    if (replaced.length > 0) {
        steps.push(targeted('recreate', 'These resources are replaced (deleted and created again). The old objects cannot be brought back; reverting replaces them once more. If a new object comes up unhealthy, replace it again:', replaced, select, urn => [`pulumi up --target ${shellQuote(urn)} --replace ${shellQuote(urn)}`]));
    }
    const created = byKind(['create', 'create-forget'], change => !change.importing);
    if (created.length > 0) {
        steps.push(targeted('destroy-created', 'These resources are created. To take back only them, without a full revert, destroy each by URN (add --target-dependents when others depend on it), then remove it from the program, or the next `pulumi up` creates it again:', created, select, urn => [`pulumi destroy --target ${shellQuote(urn)}`]));
    }
    const forgotten = byKind(['forget', 'create-forget'], notRestored);
    if (forgotten.length > 0) {
        steps.push(targeted('re-import', 'Pulumi drops these resources from the stack (retainOnDelete) but leaves the objects in the cloud. To manage them again, restore their code and import them (note their IDs before applying):', forgotten, select, urn => {
            const parsed = (0,_plan_pulumi_urn_js__WEBPACK_IMPORTED_MODULE_1__/* .parseUrn */ .p1)(urn);
            return parsed ? [`pulumi import ${shellQuote(parsed.type)} ${shellQuote(parsed.name)} '<ID>'`] : [];
        }));
    }
    const imported = analysis.changes.filter(change => change.importing);
    if (imported.length > 0) {
        steps.push(targeted('state-rm', 'These existing objects are imported into the stack. To undo an import without deleting the object, remove it from the program and drop it from the stack’s state:', imported, select, urn => [`pulumi state delete ${shellQuote(urn)}`]));
    }
    const moved = analysis.changes.filter(change => change.previousAddress !== undefined);
    if (moved.length > 0) {
        steps.push({
            kind: 'move-back',
            description: 'These resources take a new URN, matched to the old one by an alias. Reverting moves them back; keep the alias until the revert is applied, or Pulumi deletes the object and creates a new one.',
            ...bounded(moved.map(change => change.address)),
            commands: []
        });
    }
    const updated = byKind(['update']);
    if (updated.length > 0) {
        steps.push(targeted('review', 'These resources are updated in place; reverting restores the earlier values (after the revert, `pulumi up --target` restores one alone). Values shown as (sensitive) or (known after apply) cannot be checked here: compare them by hand.', updated, select, urn => [`pulumi up --target ${shellQuote(urn)}`]));
    }
    return { needed: true, dataLoss: dataReason !== undefined, steps, notes };
}
/** Caveats for every step. */
function planNotes(analysis, stacks) {
    const notes = [];
    const facts = analysis.pulumi;
    if (analysis.unreadable.length > 0) {
        notes.push('The preview holds steps infra-guard could not read; this rollback plan may be incomplete.');
    }
    if (analysis.omittedChanges > 0) {
        notes.push(`Only ${analysis.changes.length} of the preview's changes are listed here; check the full preview for the rest.`);
    }
    if (stacks.length !== 1) {
        notes.push(stacks.length === 0
            ? 'The preview names no stack: replace <STACK> with the stack it was made for.'
            : `The preview names ${stacks.length} stacks; roll back each on its own (replace <STACK>).`);
    }
    if ((facts?.protectedDestroys.length ?? 0) + (facts?.omittedProtectedDestroys ?? 0) > 0) {
        notes.push('Pulumi refuses to apply this change as it stands: it deletes or replaces protected resources. Unprotect them deliberately first (`protect: false`, or `pulumi state unprotect`), in a change of its own.');
    }
    if ((facts?.assumedReplacements ?? 0) > 0) {
        notes.push(`${facts?.assumedReplacements} replacement(s) were read without their create and delete steps (a preview without --show-replacement-steps): each is assumed to delete the old object first.`);
    }
    const unquotable = analysis.changes.filter(change => CONTROL.test(change.address)).length;
    if (unquotable > 0) {
        notes.push(`${unquotable} URN(s) hold control characters; no command is written for them.`);
    }
    return notes;
}
/** A step with `pulumi stack select` and one command (or a few) per URN. */
function targeted(kind, description, changes, select, commands) {
    const addresses = changes.map(change => change.address);
    return { kind, description, ...bounded(addresses), commands: [select, ...perAddress(addresses, commands)] };
}
/** The commands for the first COMMANDS_PER_STEP addresses that can be quoted safely. */
function perAddress(addresses, commands) {
    return addresses
        .filter(address => !CONTROL.test(address))
        .slice(0, COMMANDS_PER_STEP)
        .flatMap(commands);
}
function bounded(addresses, alreadyOmitted = 0) {
    const kept = addresses.slice(0, _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMIT */ .uK.reasonAddresses);
    const omitted = addresses.length - kept.length + alreadyOmitted;
    return omitted > 0 ? { addresses: kept, omittedAddresses: omitted } : { addresses: kept };
}
/** Single-quotes text for POSIX shells (URNs hold `$` and `::`; names may hold quotes). */
function shellQuote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 85614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MG: () => (/* binding */ terraformTypeOf),
/* harmony export */   nC: () => (/* binding */ createPulumiTypeCategoriser)
/* harmony export */ });
/* unused harmony exports PULUMI_TERRAFORM_TYPES, PULUMI_DATA_BEARING_TYPES, PULUMI_NETWORK_FOUNDATION_TYPES, PULUMI_IAM_SECURITY_TYPES */
/* harmony import */ var _risk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4527);
/* harmony import */ var _risk_catalogue_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99079);
/**
 * Proposed risk-catalogue additions for Pulumi type tokens, as data. Two parts:
 * - Bridged providers (pulumi-aws, pulumi-gcp, pulumi-azure, pulumi-azuread) are built from the
 *   Terraform providers, so each token has one Terraform resource type: PULUMI_TERRAFORM_TYPES maps
 *   the token to it and the existing catalogue (risk-catalogue.ts) judges it. Only the types the
 *   catalogue lists are mapped; a token not here is judged by the globs below or not at all.
 * - Pulumi-native providers (azure-native, aws-native, kubernetes) have no Terraform type; their
 *   data-bearing, network-foundation and IAM/security tokens are listed as globs (`*` = any
 *   characters; azure-native's versioned modules such as `storage/v20230101` are covered by `*`).
 *   IAM families of the bridged providers (every `aws:iam/…` resource, every GCP `…IAMMember`) are
 *   listed as globs too, as the catalogue lists `aws_iam_*`.
 * Not wired in yet: createPulumiTypeCategoriser gives the categoriser the Pulumi integration will use.
 */


/** `token terraform_type` pairs, one per line, for a compact table. */
function pairs(text) {
    const table = {};
    for (const line of text.split('\n')) {
        const [token, type] = line.trim().split(/\s+/);
        if (token && type)
            table[token] = type;
    }
    return Object.freeze(table);
}
/** Bridged-provider token → the Terraform resource type the catalogue knows. */
const PULUMI_TERRAFORM_TYPES = pairs(`
  aws:rds/instance:Instance                               aws_db_instance
  aws:rds/cluster:Cluster                                 aws_rds_cluster
  aws:rds/globalCluster:GlobalCluster                     aws_rds_global_cluster
  aws:rds/snapshot:Snapshot                               aws_db_snapshot
  aws:docdb/cluster:Cluster                               aws_docdb_cluster
  aws:docdb/elasticCluster:ElasticCluster                 aws_docdb_elastic_cluster
  aws:neptune/cluster:Cluster                             aws_neptune_cluster
  aws:redshift/cluster:Cluster                            aws_redshift_cluster
  aws:redshiftserverless/namespace:Namespace              aws_redshiftserverless_namespace
  aws:dynamodb/table:Table                                aws_dynamodb_table
  aws:dynamodb/globalTable:GlobalTable                    aws_dynamodb_global_table
  aws:keyspaces/table:Table                               aws_keyspaces_table
  aws:timestreamwrite/table:Table                         aws_timestreamwrite_table
  aws:qldb/ledger:Ledger                                  aws_qldb_ledger
  aws:s3/bucket:Bucket                                    aws_s3_bucket
  aws:s3/bucketV2:BucketV2                                aws_s3_bucket
  aws:s3/directoryBucket:DirectoryBucket                  aws_s3_directory_bucket
  aws:s3control/bucket:Bucket                             aws_s3control_bucket
  aws:glacier/vault:Vault                                 aws_glacier_vault
  aws:backup/vault:Vault                                  aws_backup_vault
  aws:ebs/volume:Volume                                   aws_ebs_volume
  aws:ebs/snapshot:Snapshot                               aws_ebs_snapshot
  aws:efs/fileSystem:FileSystem                           aws_efs_file_system
  aws:fsx/lustreFileSystem:LustreFileSystem               aws_fsx_lustre_file_system
  aws:fsx/windowsFileSystem:WindowsFileSystem             aws_fsx_windows_file_system
  aws:fsx/ontapFileSystem:OntapFileSystem                 aws_fsx_ontap_file_system
  aws:fsx/openZfsFileSystem:OpenZfsFileSystem             aws_fsx_openzfs_file_system
  aws:sqs/queue:Queue                                     aws_sqs_queue
  aws:kinesis/stream:Stream                               aws_kinesis_stream
  aws:msk/cluster:Cluster                                 aws_msk_cluster
  aws:msk/serverlessCluster:ServerlessCluster             aws_msk_serverless_cluster
  aws:mq/broker:Broker                                    aws_mq_broker
  aws:elasticache/cluster:Cluster                         aws_elasticache_cluster
  aws:elasticache/replicationGroup:ReplicationGroup       aws_elasticache_replication_group
  aws:elasticache/serverlessCache:ServerlessCache         aws_elasticache_serverless_cache
  aws:memorydb/cluster:Cluster                            aws_memorydb_cluster
  aws:opensearch/domain:Domain                            aws_opensearch_domain
  aws:elasticsearch/domain:Domain                         aws_elasticsearch_domain
  aws:eks/cluster:Cluster                                 aws_eks_cluster
  aws:kms/key:Key                                         aws_kms_key
  aws:kms/replicaKey:ReplicaKey                           aws_kms_replica_key
  aws:route53/zone:Zone                                   aws_route53_zone
  aws:secretsmanager/secret:Secret                        aws_secretsmanager_secret
  aws:ecr/repository:Repository                           aws_ecr_repository
  aws:cloudwatch/logGroup:LogGroup                        aws_cloudwatch_log_group
  aws:ec2/vpc:Vpc                                         aws_vpc
  aws:ec2/subnet:Subnet                                   aws_subnet
  aws:ec2/natGateway:NatGateway                           aws_nat_gateway
  aws:ec2/internetGateway:InternetGateway                 aws_internet_gateway
  aws:ec2/egressOnlyInternetGateway:EgressOnlyInternetGateway aws_egress_only_internet_gateway
  aws:ec2transitgateway/transitGateway:TransitGateway     aws_ec2_transit_gateway
  aws:ec2transitgateway/vpcAttachment:VpcAttachment       aws_ec2_transit_gateway_vpc_attachment
  aws:ec2transitgateway/peeringAttachment:PeeringAttachment aws_ec2_transit_gateway_peering_attachment
  aws:ec2/vpnGateway:VpnGateway                           aws_vpn_gateway
  aws:ec2/vpcPeeringConnection:VpcPeeringConnection       aws_vpc_peering_connection
  aws:directconnect/connection:Connection                 aws_dx_connection
  aws:ec2/routeTable:RouteTable                           aws_route_table
  aws:networkfirewall/firewall:Firewall                   aws_networkfirewall_firewall
  aws:ec2/securityGroup:SecurityGroup                     aws_security_group
  aws:ec2/securityGroupRule:SecurityGroupRule             aws_security_group_rule
  aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule aws_vpc_security_group_ingress_rule
  aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule aws_vpc_security_group_egress_rule
  aws:ec2/networkAcl:NetworkAcl                           aws_network_acl
  aws:ec2/networkAclRule:NetworkAclRule                   aws_network_acl_rule
  aws:kms/keyPolicy:KeyPolicy                             aws_kms_key_policy
  aws:kms/grant:Grant                                     aws_kms_grant
  aws:s3/bucketPolicy:BucketPolicy                        aws_s3_bucket_policy
  aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock  aws_s3_bucket_public_access_block
  aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock aws_s3_account_public_access_block
  aws:iam/policy:Policy                                   aws_iam_policy
  aws:iam/rolePolicy:RolePolicy                           aws_iam_role_policy
  aws:iam/userPolicy:UserPolicy                           aws_iam_user_policy
  aws:iam/groupPolicy:GroupPolicy                         aws_iam_group_policy
  aws:iam/role:Role                                       aws_iam_role
  aws:sqs/queuePolicy:QueuePolicy                         aws_sqs_queue_policy
  aws:sns/topic:Topic                                     aws_sns_topic
  aws:sns/topicPolicy:TopicPolicy                         aws_sns_topic_policy
  aws:ecr/repositoryPolicy:RepositoryPolicy               aws_ecr_repository_policy
  aws:secretsmanager/secretPolicy:SecretPolicy            aws_secretsmanager_secret_policy
  aws:efs/fileSystemPolicy:FileSystemPolicy               aws_efs_file_system_policy
  aws:opensearch/domainPolicy:DomainPolicy                aws_opensearch_domain_policy
  aws:ec2/instance:Instance                               aws_instance
  aws:ec2/launchTemplate:LaunchTemplate                   aws_launch_template
  aws:s3/bucketAclV2:BucketAclV2                          aws_s3_bucket_acl
  aws:organizations/policy:Policy                         aws_organizations_policy
  aws:organizations/policyAttachment:PolicyAttachment     aws_organizations_policy_attachment
  aws:lakeformation/permissions:Permissions               aws_lakeformation_permissions
  gcp:sql/databaseInstance:DatabaseInstance               google_sql_database_instance
  gcp:sql/database:Database                               google_sql_database
  gcp:spanner/instance:Instance                           google_spanner_instance
  gcp:spanner/database:Database                           google_spanner_database
  gcp:alloydb/cluster:Cluster                             google_alloydb_cluster
  gcp:alloydb/instance:Instance                           google_alloydb_instance
  gcp:bigtable/instance:Instance                          google_bigtable_instance
  gcp:bigtable/table:Table                                google_bigtable_table
  gcp:bigquery/dataset:Dataset                            google_bigquery_dataset
  gcp:bigquery/table:Table                                google_bigquery_table
  gcp:firestore/database:Database                         google_firestore_database
  gcp:storage/bucket:Bucket                               google_storage_bucket
  gcp:compute/disk:Disk                                   google_compute_disk
  gcp:compute/regionDisk:RegionDisk                       google_compute_region_disk
  gcp:filestore/instance:Instance                         google_filestore_instance
  gcp:redis/instance:Instance                             google_redis_instance
  gcp:redis/cluster:Cluster                               google_redis_cluster
  gcp:pubsub/topic:Topic                                  google_pubsub_topic
  gcp:pubsub/subscription:Subscription                    google_pubsub_subscription
  gcp:container/cluster:Cluster                           google_container_cluster
  gcp:dataproc/cluster:Cluster                            google_dataproc_cluster
  gcp:kms/keyRing:KeyRing                                 google_kms_key_ring
  gcp:kms/cryptoKey:CryptoKey                             google_kms_crypto_key
  gcp:dns/managedZone:ManagedZone                         google_dns_managed_zone
  gcp:secretmanager/secret:Secret                         google_secret_manager_secret
  gcp:artifactregistry/repository:Repository              google_artifact_registry_repository
  gcp:compute/network:Network                             google_compute_network
  gcp:compute/subnetwork:Subnetwork                       google_compute_subnetwork
  gcp:compute/router:Router                               google_compute_router
  gcp:compute/routerNat:RouterNat                         google_compute_router_nat
  gcp:compute/haVpnGateway:HaVpnGateway                   google_compute_ha_vpn_gateway
  gcp:compute/interconnectAttachment:InterconnectAttachment google_compute_interconnect_attachment
  gcp:networkconnectivity/hub:Hub                         google_network_connectivity_hub
  gcp:compute/networkPeering:NetworkPeering               google_compute_network_peering
  gcp:serviceaccount/account:Account                      google_service_account
  gcp:serviceaccount/key:Key                              google_service_account_key
  gcp:compute/firewall:Firewall                           google_compute_firewall
  gcp:compute/firewallPolicy:FirewallPolicy               google_compute_firewall_policy
  gcp:compute/firewallPolicyRule:FirewallPolicyRule       google_compute_firewall_policy_rule
  gcp:orgpolicy/policy:Policy                             google_org_policy_policy
  gcp:organizations/policy:Policy                         google_organization_policy
  gcp:projects/organizationPolicy:OrganizationPolicy      google_project_organization_policy
  azure:storage/account:Account                           azurerm_storage_account
  azure:storage/container:Container                       azurerm_storage_container
  azure:storage/share:Share                               azurerm_storage_share
  azure:storage/queue:Queue                               azurerm_storage_queue
  azure:storage/table:Table                               azurerm_storage_table
  azure:compute/managedDisk:ManagedDisk                   azurerm_managed_disk
  azure:netapp/volume:Volume                              azurerm_netapp_volume
  azure:mssql/server:Server                               azurerm_mssql_server
  azure:mssql/database:Database                           azurerm_mssql_database
  azure:mssql/managedInstance:ManagedInstance             azurerm_mssql_managed_instance
  azure:postgresql/server:Server                          azurerm_postgresql_server
  azure:postgresql/database:Database                      azurerm_postgresql_database
  azure:postgresql/flexibleServer:FlexibleServer          azurerm_postgresql_flexible_server
  azure:postgresql/flexibleServerDatabase:FlexibleServerDatabase azurerm_postgresql_flexible_server_database
  azure:mysql/flexibleServer:FlexibleServer               azurerm_mysql_flexible_server
  azure:mysql/flexibleDatabase:FlexibleDatabase           azurerm_mysql_flexible_database
  azure:cosmosdb/account:Account                          azurerm_cosmosdb_account
  azure:cosmosdb/sqlDatabase:SqlDatabase                  azurerm_cosmosdb_sql_database
  azure:cosmosdb/sqlContainer:SqlContainer                azurerm_cosmosdb_sql_container
  azure:cosmosdb/mongoDatabase:MongoDatabase              azurerm_cosmosdb_mongo_database
  azure:redis/cache:Cache                                 azurerm_redis_cache
  azure:redis/enterpriseCluster:EnterpriseCluster         azurerm_redis_enterprise_cluster
  azure:servicebus/namespace:Namespace                    azurerm_servicebus_namespace
  azure:servicebus/queue:Queue                            azurerm_servicebus_queue
  azure:servicebus/topic:Topic                            azurerm_servicebus_topic
  azure:eventhub/eventHubNamespace:EventHubNamespace      azurerm_eventhub_namespace
  azure:eventhub/eventHub:EventHub                        azurerm_eventhub
  azure:containerservice/kubernetesCluster:KubernetesCluster azurerm_kubernetes_cluster
  azure:keyvault/keyVault:KeyVault                        azurerm_key_vault
  azure:keyvault/key:Key                                  azurerm_key_vault_key
  azure:keyvault/secret:Secret                            azurerm_key_vault_secret
  azure:keyvault/accessPolicy:AccessPolicy                azurerm_key_vault_access_policy
  azure:dns/zone:Zone                                     azurerm_dns_zone
  azure:privatedns/zone:Zone                              azurerm_private_dns_zone
  azure:recoveryservices/vault:Vault                      azurerm_recovery_services_vault
  azure:dataprotection/backupVault:BackupVault            azurerm_data_protection_backup_vault
  azure:operationalinsights/analyticsWorkspace:AnalyticsWorkspace azurerm_log_analytics_workspace
  azure:network/virtualNetwork:VirtualNetwork             azurerm_virtual_network
  azure:network/subnet:Subnet                             azurerm_subnet
  azure:network/natGateway:NatGateway                     azurerm_nat_gateway
  azure:network/virtualWan:VirtualWan                     azurerm_virtual_wan
  azure:network/virtualHub:VirtualHub                     azurerm_virtual_hub
  azure:network/virtualNetworkGateway:VirtualNetworkGateway azurerm_virtual_network_gateway
  azure:network/virtualNetworkPeering:VirtualNetworkPeering azurerm_virtual_network_peering
  azure:network/expressRouteCircuit:ExpressRouteCircuit   azurerm_express_route_circuit
  azure:network/firewall:Firewall                         azurerm_firewall
  azure:network/routeTable:RouteTable                     azurerm_route_table
  azure:network/networkSecurityGroup:NetworkSecurityGroup azurerm_network_security_group
  azure:network/networkSecurityRule:NetworkSecurityRule   azurerm_network_security_rule
  azure:authorization/assignment:Assignment               azurerm_role_assignment
  azure:authorization/roleDefinition:RoleDefinition       azurerm_role_definition
  azure:authorization/userAssignedIdentity:UserAssignedIdentity azurerm_user_assigned_identity
`);
/** Splits a whitespace-separated list of globs. */
function globs(text) {
    return Object.freeze(text.split(/\s+/).filter(word => word !== ''));
}
/** Pulumi-native tokens that hold data a deletion or replacement can lose. */
const PULUMI_DATA_BEARING_TYPES = globs(`
  kubernetes:core/*:PersistentVolumeClaim kubernetes:core/*:PersistentVolume kubernetes:core/*:Namespace
  azure-native:storage*:StorageAccount azure-native:storage*:BlobContainer azure-native:storage*:FileShare
  azure-native:storage*:Queue azure-native:storage*:Table azure-native:compute*:Disk azure-native:compute*:Snapshot
  azure-native:sql*:Server azure-native:sql*:Database azure-native:sql*:ManagedInstance
  azure-native:dbforpostgresql*:Server azure-native:dbforpostgresql*:SingleServer
  azure-native:dbforpostgresql*:FlexibleServer azure-native:dbforpostgresql*:Database
  azure-native:dbforpostgresql*:SingleServerDatabase azure-native:dbforpostgresql*:Cluster
  azure-native:dbformysql*:Server azure-native:dbformysql*:SingleServer azure-native:dbformysql*:Database
  azure-native:documentdb*:DatabaseAccount azure-native:documentdb*:*ResourceSqlDatabase
  azure-native:documentdb*:*ResourceSqlContainer azure-native:documentdb*:*ResourceMongoDBDatabase
  azure-native:documentdb*:*ResourceMongoDBCollection azure-native:cache*:Redis azure-native:cache*:RedisEnterprise
  azure-native:servicebus*:Namespace azure-native:servicebus*:Queue azure-native:servicebus*:Topic
  azure-native:eventhub*:Namespace azure-native:eventhub*:EventHub azure-native:containerservice*:ManagedCluster
  azure-native:keyvault*:Vault azure-native:keyvault*:Key azure-native:keyvault*:Secret
  azure-native:dns*:Zone azure-native:privatedns*:PrivateZone azure-native:recoveryservices*:Vault
  azure-native:dataprotection*:BackupVault azure-native:operationalinsights*:Workspace
  azure-native:netapp*:*Volume
  aws-native:rds:DBInstance aws-native:rds:DBCluster aws-native:s3:Bucket aws-native:dynamodb:Table
  aws-native:dynamodb:GlobalTable aws-native:efs:FileSystem aws-native:kms:Key aws-native:eks:Cluster
  aws-native:sqs:Queue aws-native:kinesis:Stream aws-native:route53:HostedZone
`);
/** Pulumi-native tokens of network foundation. */
const PULUMI_NETWORK_FOUNDATION_TYPES = globs(`
  azure-native:network*:VirtualNetwork azure-native:network*:Subnet azure-native:network*:NatGateway
  azure-native:network*:VirtualWan azure-native:network*:VirtualHub azure-native:network*:VirtualNetworkGateway
  azure-native:network*:VirtualNetworkPeering azure-native:network*:ExpressRouteCircuit
  azure-native:network*:AzureFirewall azure-native:network*:RouteTable
  aws-native:ec2:VPC aws-native:ec2:Subnet aws-native:ec2:NatGateway aws-native:ec2:InternetGateway
  aws-native:ec2:TransitGateway aws-native:ec2:TransitGateway*Attachment
`);
/** IAM and security tokens: every bridged IAM family, and the native ones. */
const PULUMI_IAM_SECURITY_TYPES = globs(`
  aws:iam/* aws:wafv2/* aws:ssoadmin/* aws:vpc/securityGroup*
  gcp:*:*IAMMember gcp:*:*IAMBinding gcp:*:*IAMPolicy gcp:*:IAMCustomRole
  azure:policy/* azuread:*
  kubernetes:rbac.authorization.k8s.io/*:Role kubernetes:rbac.authorization.k8s.io/*:ClusterRole
  kubernetes:rbac.authorization.k8s.io/*:RoleBinding kubernetes:rbac.authorization.k8s.io/*:ClusterRoleBinding
  kubernetes:core/*:ServiceAccount kubernetes:networking.k8s.io/*:NetworkPolicy
  azure-native:authorization*:RoleAssignment azure-native:authorization*:RoleDefinition
  azure-native:authorization*:Policy* azure-native:network*:NetworkSecurityGroup azure-native:network*:SecurityRule
  azure-native:managedidentity*:UserAssignedIdentity azure-native:keyvault*:AccessPolicy
  aws-native:iam:* aws-native:ec2:SecurityGroup*
`);
/** The Terraform type the catalogue should judge a bridged-provider token as, or undefined. */
function terraformTypeOf(token) {
    return Object.hasOwn(PULUMI_TERRAFORM_TYPES, token) ? PULUMI_TERRAFORM_TYPES[token] : undefined;
}
/**
 * A categoriser for Pulumi tokens: a mapped token is judged as its Terraform type by the existing
 * catalogue; every token also matches the native globs and the caller's extra data-bearing globs
 * (which may name Pulumi tokens, e.g. `aws:rds/*`). The answer is the union: never less than either.
 */
function createPulumiTypeCategoriser(options = {}) {
    const terraform = (0,_risk_js__WEBPACK_IMPORTED_MODULE_0__/* .createTypeCategoriser */ .X)(options);
    const dataBearing = (0,_risk_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .compileTypeGlobs */ .dQ)([...PULUMI_DATA_BEARING_TYPES, ...(options.dataBearingTypes ?? [])]);
    const network = (0,_risk_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .compileTypeGlobs */ .dQ)(PULUMI_NETWORK_FOUNDATION_TYPES);
    const iam = (0,_risk_catalogue_js__WEBPACK_IMPORTED_MODULE_1__/* .compileTypeGlobs */ .dQ)(PULUMI_IAM_SECURITY_TYPES);
    // Few distinct tokens, many entries of each: match once per token (bounded, as the Terraform one).
    const cache = new Map();
    return token => {
        const cached = cache.get(token);
        if (cached)
            return cached;
        const mapped = terraformTypeOf(token);
        const known = mapped
            ? terraform(mapped)
            : { dataBearing: false, networkFoundation: false, iamSecurity: false };
        const categories = {
            dataBearing: known.dataBearing || dataBearing(token),
            networkFoundation: known.networkFoundation || network(token),
            iamSecurity: known.iamSecurity || iam(token)
        };
        if (cache.size < 10_000)
            cache.set(token, categories);
        return categories;
    };
}


/***/ }),

/***/ 99079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RE: () => (/* binding */ NETWORK_FOUNDATION_TYPES),
/* harmony export */   WR: () => (/* binding */ RISK_RULES),
/* harmony export */   dQ: () => (/* binding */ compileTypeGlobs),
/* harmony export */   sq: () => (/* binding */ DATA_BEARING_TYPES),
/* harmony export */   zU: () => (/* binding */ IAM_SECURITY_TYPES)
/* harmony export */ });
/** Every rule, in the order reports list them. The plan's risk is the highest level of any rule that fires. */
const RISK_RULES = [
    {
        id: 'unreadable-entries',
        level: 'critical',
        description: 'The plan holds entries the analysis cannot read (unknown action verbs, missing fields); fail closed.'
    },
    {
        id: 'plan-errored',
        level: 'critical',
        description: 'Planning errored (Terraform or Pulumi says so); the plan is not a complete picture.'
    },
    {
        id: 'data-bearing-destroy',
        level: 'critical',
        description: 'Deletes or replaces a data-bearing resource (database, cluster, bucket, volume, file system, queue/stream, cache, KMS key, DNS zone): data may be lost.'
    },
    {
        id: 'network-foundation-destroy',
        level: 'critical',
        description: 'Deletes or replaces network foundation (VPC/VNet, subnet, NAT or transit gateway): everything inside may lose connectivity.'
    },
    {
        id: 'mass-deletion',
        level: 'critical',
        description: 'Deletes or replaces at least the deletion threshold of resources (default 10) in one plan.'
    },
    {
        id: 'plan-incomplete',
        level: 'high',
        description: 'Terraform marks the plan incomplete (deferred changes); a later plan will change more.'
    },
    {
        id: 'replace',
        level: 'high',
        description: 'Replaces resources: the existing object is destroyed and a new one created.'
    },
    { id: 'delete', level: 'high', description: 'Deletes resources.' },
    {
        id: 'open-admin-port',
        level: 'high',
        description: 'Opens an administration or database port (SSH, RDP, WinRM, MySQL, PostgreSQL, …) to the whole internet (0.0.0.0/0 or ::/0).'
    },
    {
        id: 'iam-wildcard-action',
        level: 'high',
        description: 'Grants wildcard permissions: an IAM statement allowing `*` or `service:*` actions (or every action but some), or an owner/editor role.'
    },
    {
        id: 'public-access',
        level: 'high',
        description: 'Makes something public: public-access block settings turned off, a publicly accessible database, a public ACL or member, or a policy open to any principal.'
    },
    {
        id: 'sensitive-type-update',
        level: 'medium',
        description: 'Updates in place a data-bearing, network-foundation or IAM/security resource.'
    },
    {
        id: 'iam-wildcard-resource',
        level: 'medium',
        description: 'Grants IAM actions on every resource (`Resource: "*"`).'
    },
    {
        id: 'encryption-off',
        level: 'medium',
        description: 'Turns encryption at rest off (storage_encrypted or encrypted = false).'
    },
    {
        id: 'check-failed',
        level: 'medium',
        description: 'An assertion in the configuration fails (a `check` block or a condition): Terraform only warns, the plan still applies.'
    },
    {
        id: 'forget',
        level: 'medium',
        description: 'Removes resources from Terraform state without destroying them (removed block with destroy = false); they stay running, unmanaged.'
    },
    { id: 'update', level: 'low', description: 'Updates resources in place.' },
    { id: 'create', level: 'low', description: 'Creates new resources.' },
    {
        id: 'state-only',
        level: 'low',
        description: 'Moves or imports resources in state without changing them.'
    },
    { id: 'no-changes', level: 'none', description: 'The plan changes no resource.' }
];
/** Resources that hold data a deletion or replacement can lose. */
const DATA_BEARING_TYPES = words(`
  aws_db_instance aws_rds_cluster aws_rds_global_cluster aws_docdb_cluster aws_docdb_elastic_cluster
  aws_neptune_cluster aws_redshift_cluster aws_redshiftserverless_namespace aws_dynamodb_table
  aws_dynamodb_global_table aws_keyspaces_table aws_timestreamwrite_table aws_qldb_ledger
  aws_s3_bucket aws_s3_directory_bucket aws_s3control_bucket aws_glacier_vault aws_backup_vault
  aws_ebs_volume aws_ebs_snapshot aws_db_snapshot aws_efs_file_system aws_fsx_*_file_system
  aws_sqs_queue aws_kinesis_stream aws_msk_cluster aws_msk_serverless_cluster aws_mq_broker
  aws_elasticache_cluster aws_elasticache_replication_group aws_elasticache_serverless_cache
  aws_memorydb_cluster aws_opensearch_domain aws_elasticsearch_domain aws_eks_cluster
  aws_kms_key aws_kms_replica_key aws_route53_zone aws_secretsmanager_secret aws_ecr_repository
  aws_cloudwatch_log_group
  google_sql_database_instance google_sql_database google_spanner_instance google_spanner_database
  google_alloydb_cluster google_alloydb_instance google_bigtable_instance google_bigtable_table
  google_bigquery_dataset google_bigquery_table google_firestore_database google_storage_bucket
  google_compute_disk google_compute_region_disk google_filestore_instance google_redis_instance
  google_redis_cluster google_pubsub_topic google_pubsub_subscription google_container_cluster
  google_dataproc_cluster google_kms_key_ring google_kms_crypto_key google_dns_managed_zone
  google_secret_manager_secret google_artifact_registry_repository
  azurerm_storage_account azurerm_storage_container azurerm_storage_share azurerm_storage_queue
  azurerm_storage_table azurerm_managed_disk azurerm_netapp_volume azurerm_mssql_server
  azurerm_mssql_database azurerm_mssql_managed_instance azurerm_postgresql_server
  azurerm_postgresql_database azurerm_postgresql_flexible_server azurerm_postgresql_flexible_server_database
  azurerm_mysql_flexible_server azurerm_mysql_flexible_database azurerm_cosmosdb_account
  azurerm_cosmosdb_*_database azurerm_cosmosdb_*_container azurerm_redis_cache azurerm_redis_enterprise_cluster
  azurerm_servicebus_namespace azurerm_servicebus_queue azurerm_servicebus_topic azurerm_eventhub_namespace
  azurerm_eventhub azurerm_kubernetes_cluster azurerm_key_vault azurerm_key_vault_key
  azurerm_key_vault_secret azurerm_dns_zone azurerm_private_dns_zone azurerm_recovery_services_vault
  azurerm_data_protection_backup_vault azurerm_log_analytics_workspace
`);
/** Network foundation: other resources live inside these. */
const NETWORK_FOUNDATION_TYPES = words(`
  aws_vpc aws_subnet aws_nat_gateway aws_internet_gateway aws_egress_only_internet_gateway
  aws_ec2_transit_gateway aws_ec2_transit_gateway_*attachment aws_vpn_gateway aws_vpc_peering_connection
  aws_dx_connection aws_route_table aws_networkfirewall_firewall
  google_compute_network google_compute_subnetwork google_compute_router google_compute_router_nat
  google_compute_ha_vpn_gateway google_compute_interconnect_attachment google_network_connectivity_hub
  google_compute_network_peering
  azurerm_virtual_network azurerm_subnet azurerm_nat_gateway azurerm_virtual_wan azurerm_virtual_hub
  azurerm_virtual_network_gateway azurerm_virtual_network_peering azurerm_express_route_circuit
  azurerm_firewall azurerm_route_table
`);
/** IAM and security controls: an in-place change can open or close access. */
const IAM_SECURITY_TYPES = words(`
  aws_iam_* aws_security_group aws_security_group_rule aws_vpc_security_group_* aws_network_acl*
  aws_kms_key_policy aws_kms_grant aws_s3_bucket_policy aws_s3_bucket_public_access_block
  aws_s3_account_public_access_block aws_organizations_policy* aws_wafv2_* aws_lakeformation_permissions
  aws_ssoadmin_*
  google_*_iam_member google_*_iam_binding google_*_iam_policy google_*_iam_custom_role
  google_service_account google_service_account_key google_compute_firewall google_compute_firewall_policy*
  google_org_policy_policy google_organization_policy google_project_organization_policy
  azurerm_role_assignment azurerm_role_definition azurerm_network_security_group
  azurerm_network_security_rule azurerm_key_vault_access_policy azurerm_user_assigned_identity
  azurerm_policy_* azuread_*
`);
/** Splits a whitespace-separated list (keeps the catalogue compact and readable). */
function words(text) {
    return text.split(/\s+/).filter(word => word !== '');
}
/** A small glob matcher: `*` matches any run of characters; everything else is literal. */
function compileTypeGlobs(globs) {
    const exact = new Set();
    const patterns = [];
    for (const glob of globs) {
        if (!glob.includes('*'))
            exact.add(glob);
        else
            patterns.push(new RegExp(`^${glob.split('*').map(escapeRegExp).join('.*')}$`));
    }
    return type => exact.has(type) || patterns.some(pattern => pattern.test(type));
}
function escapeRegExp(text) {
    return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 4527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ RiskAccumulator),
  X: () => (/* binding */ createTypeCategoriser)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/analysis/diff/values.ts
var values = __webpack_require__(4884);
;// CONCATENATED MODULE: ./src/analysis/exposure-side.ts
/**
 * Reading one side of a resource value (`before` or `after` with its sensitive and unknown marks)
 * for the exposure rules: a value is only judged when it is known and not sensitive, so an exposure
 * is never guessed and a sensitive value is never quoted.
 */

/**
 * A Pulumi property name for a Terraform attribute name: providers bridged from Terraform name each
 * property after its attribute in camelCase (`cidr_blocks` → `cidrBlocks`, `ipv6_cidr_blocks` →
 * `ipv6CidrBlocks`), so the rules, written with Terraform's names, read Pulumi values too.
 */
function pulumiPropertyName(name) {
    if (Object.hasOwn(PULUMI_PLURALS, name))
        return PULUMI_PLURALS[name];
    return name.replace(/_([a-z0-9])/g, (_match, char) => char.toUpperCase());
}
/** Block lists Pulumi names in the plural (the rules' only ones). */
const PULUMI_PLURALS = {
    inline_policy: 'inlinePolicies',
    ebs_block_device: 'ebsBlockDevices'
};
/** A value with its marks. */
class Side {
    value;
    sensitive;
    unknown;
    pulumiNames;
    /**
     * @param pulumiNames the value is a Pulumi resource's properties: rules ask for Terraform attribute
     *   names, which are looked up by their Pulumi names.
     */
    constructor(value, sensitive, unknown, pulumiNames = false) {
        this.value = value;
        this.sensitive = sensitive;
        this.unknown = unknown;
        this.pulumiNames = pulumiNames;
    }
    /** The child at `key` (a Terraform attribute name or a list index), or an absent side. */
    at(key) {
        const name = this.pulumiNames && typeof key === 'string' ? pulumiPropertyName(key) : key;
        const value = (0,values/* isRecord */.u4)(this.value) || Array.isArray(this.value)
            ? this.value[name]
            : undefined;
        return new Side(value, (0,values/* childMark */.Yz)(this.sensitive, name), (0,values/* childMark */.Yz)(this.unknown, name), this.pulumiNames);
    }
    /** Known and not sensitive: safe to judge and to quote. */
    get readable() {
        return this.sensitive !== true && this.unknown !== true;
    }
    /** The value when readable, else undefined. */
    get known() {
        return this.readable ? this.value : undefined;
    }
    /** A readable string, or undefined. */
    string() {
        const value = this.known;
        return typeof value === 'string' ? value : undefined;
    }
    /** A readable number (numbers written as text count too), or undefined. */
    number() {
        const value = this.known;
        if (typeof value === 'number')
            return value;
        if (typeof value === 'string' && /^-?\d+$/.test(value.trim()))
            return Number(value);
        return undefined;
    }
    /** Readable elements of a list (a single value counts as a list of one). */
    list() {
        if (!this.readable || this.value === null || this.value === undefined)
            return [];
        if (!Array.isArray(this.value))
            return [this];
        return this.value.map((_, index) => this.at(index));
    }
    /** Readable strings of a list or a single string. */
    strings() {
        return this.list()
            .map(side => side.string())
            .filter((text) => text !== undefined);
    }
    /** True only for a readable literal `value` (false is never "absent"). */
    is(value) {
        return this.readable && this.value === value;
    }
}
/** Most list elements (rules, statements) looked at per resource: a hostile plan cannot make this slow. */
const MAX_ELEMENTS = 200;

;// CONCATENATED MODULE: ./src/analysis/exposure-access.ts
/**
 * Access exposure: IAM policy documents that allow wildcard actions or resources or any principal,
 * broad roles granted (Google owner/editor, Azure Owner/Contributor, public members), public-access
 * blocks and database settings turned off, and encryption at rest turned off.
 */


/**
 * Attributes holding a policy document, per type (`inline_policy.policy` goes through every inline
 * policy). Identity policies (what a role or user may do) are checked for wildcard actions and
 * resources; resource and trust policies (who may use a bucket, a key, a role) only for any principal,
 * since their `Resource: "*"` means the resource itself and a key policy's `kms:*` for the account is
 * the default.
 */
const IDENTITY_POLICIES = {
    aws_iam_policy: ['policy'],
    aws_iam_role_policy: ['policy'],
    aws_iam_user_policy: ['policy'],
    aws_iam_group_policy: ['policy'],
    aws_iam_role: ['inline_policy.policy']
};
const RESOURCE_POLICIES = {
    aws_iam_role: ['assume_role_policy'],
    aws_s3_bucket_policy: ['policy'],
    aws_s3_bucket: ['policy'],
    aws_kms_key: ['policy'],
    aws_kms_key_policy: ['policy'],
    aws_sqs_queue_policy: ['policy'],
    aws_sqs_queue: ['policy'],
    aws_sns_topic_policy: ['policy'],
    aws_sns_topic: ['policy'],
    aws_ecr_repository_policy: ['policy'],
    aws_secretsmanager_secret_policy: ['policy'],
    aws_secretsmanager_secret: ['policy'],
    aws_efs_file_system_policy: ['policy'],
    aws_opensearch_domain_policy: ['access_policies'],
    aws_opensearch_domain: ['access_policies']
};
/** Longest policy document parsed. */
const MAX_POLICY_CHARS = 1_000_000;
/** Settings that are public when they hold this value. */
const SETTINGS = {
    aws_s3_bucket_public_access_block: blockSettings(),
    aws_s3_account_public_access_block: blockSettings(),
    aws_db_instance: [
        ['publicly_accessible', true, 'public-access'],
        ['storage_encrypted', false, 'encryption-off']
    ],
    aws_rds_cluster_instance: [['publicly_accessible', true, 'public-access']],
    aws_redshift_cluster: [
        ['publicly_accessible', true, 'public-access'],
        ['encrypted', false, 'encryption-off']
    ],
    aws_dms_replication_instance: [['publicly_accessible', true, 'public-access']],
    aws_rds_cluster: [['storage_encrypted', false, 'encryption-off']],
    aws_docdb_cluster: [['storage_encrypted', false, 'encryption-off']],
    aws_neptune_cluster: [['storage_encrypted', false, 'encryption-off']],
    aws_ebs_volume: [['encrypted', false, 'encryption-off']],
    aws_efs_file_system: [['encrypted', false, 'encryption-off']],
    aws_elasticache_replication_group: [['at_rest_encryption_enabled', false, 'encryption-off']]
};
/** Terraform types accessExposures judges (Google IAM types are found by name: `google_*_iam_*`). */
const exposure_access_ACCESS_RULE_TYPES = new Set([
    ...Object.keys(SETTINGS),
    ...Object.keys(IDENTITY_POLICIES),
    ...Object.keys(RESOURCE_POLICIES),
    'aws_s3_bucket_acl',
    'aws_instance',
    'aws_launch_template',
    'azurerm_role_assignment'
]);
const PUBLIC_ACLS = new Set(['public-read', 'public-read-write', 'authenticated-read']);
const PUBLIC_MEMBERS = new Set(['allusers', 'allauthenticatedusers']);
const BROAD_ROLES = new Set(['roles/owner', 'roles/editor', 'owner', 'contributor']);
function blockSettings() {
    return ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'].map(name => [name, false, 'public-access']);
}
/** Every access and encryption exposure of one side of a change. */
function accessExposures(type, side) {
    const out = [];
    for (const [name, value, rule] of Object.hasOwn(SETTINGS, type) ? SETTINGS[type] : []) {
        if (side.at(name).is(value))
            out.push({ rule, text: [`${name} = ${String(value)}`] });
    }
    if (type === 'aws_s3_bucket' || type === 'aws_s3_bucket_acl') {
        const acl = side.at('acl').string();
        if (acl !== undefined && PUBLIC_ACLS.has(acl))
            out.push({ rule: 'public-access', text: ['acl = ', { value: acl }] });
    }
    if (type === 'aws_instance' || type === 'aws_launch_template') {
        for (const device of ['root_block_device', 'ebs_block_device']) {
            for (const block of side.at(device).list().slice(0, MAX_ELEMENTS)) {
                if (block.at('encrypted').is(false))
                    out.push({ rule: 'encryption-off', text: [`${device}: encrypted = false`] });
            }
        }
    }
    if (type.startsWith('google_') && type.includes('_iam_'))
        out.push(...googleIam(side));
    if (type === 'azurerm_role_assignment') {
        const role = side.at('role_definition_name').string();
        if (role !== undefined && BROAD_ROLES.has(role.toLowerCase()))
            out.push({
                rule: 'iam-wildcard-action',
                text: ['role ', { value: role }, ' granted (every permission in its scope)']
            });
    }
    for (const path of Object.hasOwn(IDENTITY_POLICIES, type) ? IDENTITY_POLICIES[type] : []) {
        for (const document of policyDocuments(side, path))
            out.push(...statementExposures(document, true));
    }
    for (const path of Object.hasOwn(RESOURCE_POLICIES, type) ? RESOURCE_POLICIES[type] : []) {
        for (const document of policyDocuments(side, path))
            out.push(...statementExposures(document, false));
    }
    return out;
}
function googleIam(side) {
    const out = [];
    const role = side.at('role').string();
    if (role !== undefined && BROAD_ROLES.has(role.toLowerCase()))
        out.push({
            rule: 'iam-wildcard-action',
            text: ['role ', { value: role }, ' granted (nearly every permission)']
        });
    const members = [...side.at('member').strings(), ...side.at('members').strings()];
    for (const member of members.slice(0, MAX_ELEMENTS)) {
        if (PUBLIC_MEMBERS.has(member.toLowerCase()))
            out.push({ rule: 'public-access', text: ['granted to ', { value: member }, ' (anyone)'] });
    }
    return out;
}
/** The parsed policy documents at `path` (`inline_policy.policy` goes through every inline policy). */
function policyDocuments(side, path) {
    const [first, rest] = path.split('.');
    const holders = rest === undefined ? [side] : side.at(first).list().slice(0, MAX_ELEMENTS);
    const key = rest ?? first;
    return holders.flatMap(holder => {
        const text = holder.at(key).string();
        const parsed = text === undefined ? undefined : (0,values/* parseJsonDocument */.dH)(text.trim(), MAX_POLICY_CHARS);
        return parsed ? [parsed.value] : [];
    });
}
/** Wildcard actions and resources (identity policies) and any-principal grants in a document's Allow statements. */
function statementExposures(document, identity) {
    if (!(0,values/* isRecord */.u4)(document))
        return [];
    const raw = document.Statement;
    const statements = (Array.isArray(raw) ? raw : [raw]).filter(values/* isRecord */.u4).slice(0, MAX_ELEMENTS);
    const out = [];
    for (const statement of statements) {
        if (statement.Effect !== undefined && statement.Effect !== 'Allow')
            continue;
        const notAction = statement.NotAction !== undefined;
        const actions = texts(notAction ? statement.NotAction : statement.Action);
        const resources = texts(statement.NotResource ?? statement.Resource);
        const what = [
            notAction ? 'Allow every action except ' : 'Allow ',
            { value: listed(actions) },
            statement.NotResource !== undefined ? ' on every resource except ' : ' on ',
            { value: resources.length > 0 ? listed(resources) : '(the resource this policy is attached to)' }
        ];
        const wildAction = notAction || actions.some(action => action === '*' || /^[^:*]+:\*$/.test(action));
        const wildResource = statement.NotResource !== undefined || resources.includes('*');
        if (identity && wildAction)
            out.push({ rule: 'iam-wildcard-action', text: what });
        else if (identity && wildResource)
            out.push({ rule: 'iam-wildcard-resource', text: what });
        if (anyPrincipal(statement.Principal) && statement.Condition === undefined) {
            out.push({ rule: 'public-access', text: ['a policy statement lets anyone (Principal *) ', ...what] });
        }
    }
    return out;
}
function anyPrincipal(principal) {
    if (principal === '*')
        return true;
    if (!(0,values/* isRecord */.u4)(principal))
        return false;
    return Object.values(principal).some(value => texts(value).includes('*'));
}
function texts(value) {
    const list = Array.isArray(value) ? value : [value];
    return list.filter((item) => typeof item === 'string').slice(0, MAX_ELEMENTS);
}
function listed(items) {
    return items.length <= 5 ? items.join(', ') : `${items.slice(0, 5).join(', ')}, … ${items.length - 5} more`;
}

;// CONCATENATED MODULE: ./src/analysis/exposure-network.ts
/**
 * Network exposure: ingress from the whole internet (0.0.0.0/0, ::/0, Azure's `*`/`Internet`) to an
 * administration or database port, in AWS security groups and their rules, Google firewalls and
 * Azure network security rules. Web ports alone are not an exposure; "all ports" always is.
 */

/** Ports that must never face the internet, with what listens there. */
const ADMIN_PORTS = new Map([
    [22, 'SSH'],
    [23, 'Telnet'],
    [135, 'Windows RPC'],
    [139, 'NetBIOS'],
    [445, 'SMB'],
    [1433, 'SQL Server'],
    [1521, 'Oracle'],
    [2375, 'Docker API'],
    [2376, 'Docker API'],
    [3306, 'MySQL'],
    [3389, 'RDP'],
    [5432, 'PostgreSQL'],
    [5900, 'VNC'],
    [5985, 'WinRM'],
    [5986, 'WinRM'],
    [6379, 'Redis'],
    [6443, 'Kubernetes API'],
    [9200, 'Elasticsearch'],
    [10250, 'kubelet'],
    [11211, 'Memcached'],
    [27017, 'MongoDB']
]);
const OPEN_SOURCES = new Set(['0.0.0.0/0', '::/0', '*', 'internet', 'any']);
const ALL = [0, 65535];
/** Ingress rules of the network types, read from one side of a change. */
const exposure_network_NETWORK_RULES = {
    aws_security_group: side => side
        .at('ingress')
        .list()
        .slice(0, MAX_ELEMENTS)
        .flatMap(rule => awsIngress(rule, 'protocol', ['cidr_blocks', 'ipv6_cidr_blocks'])),
    aws_security_group_rule: side => side.at('type').is('ingress') ? awsIngress(side, 'protocol', ['cidr_blocks', 'ipv6_cidr_blocks']) : [],
    aws_vpc_security_group_ingress_rule: side => awsIngress(side, 'ip_protocol', ['cidr_ipv4', 'cidr_ipv6']),
    google_compute_firewall: side => {
        const direction = side.at('direction').string();
        if (direction !== undefined && direction.toUpperCase() === 'EGRESS')
            return [];
        const ranges = side
            .at('allow')
            .list()
            .slice(0, MAX_ELEMENTS)
            .flatMap(allow => {
            const ports = allow.at('ports').strings();
            const protocol = allow.at('protocol').string();
            return ports.length === 0 || protocol === 'all' ? [ALL] : ports.map(portRange);
        });
        return exposure(side.at('source_ranges').strings(), ranges);
    },
    azurerm_network_security_rule: azureRule,
    azurerm_network_security_group: side => side.at('security_rule').list().slice(0, MAX_ELEMENTS).flatMap(azureRule)
};
function awsIngress(rule, protocolKey, sourceKeys) {
    const sources = sourceKeys.flatMap(key => rule.at(key).strings());
    const protocol = rule.at(protocolKey).string();
    const from = rule.at('from_port').number();
    const to = rule.at('to_port').number();
    const range = protocol === '-1' || protocol === 'all' || from === undefined || to === undefined ? ALL : [from, to];
    // ICMP has no ports: its from/to are a type and code, never a service.
    if (protocol === 'icmp' || protocol === '1' || protocol === 'icmpv6' || protocol === '58')
        return [];
    return exposure(sources, [range]);
}
function azureRule(rule) {
    if (rule.at('direction').string()?.toLowerCase() !== 'inbound')
        return [];
    if (rule.at('access').string()?.toLowerCase() !== 'allow')
        return [];
    const sources = [
        ...rule.at('source_address_prefix').strings(),
        ...rule.at('source_address_prefixes').strings()
    ];
    const ports = [
        ...rule.at('destination_port_range').strings(),
        ...rule.at('destination_port_ranges').strings()
    ];
    return exposure(sources, ports.length > 0 ? ports.map(portRange) : [ALL]);
}
/** "22", "1000-2000", "*" → a range; anything unreadable counts as every port. */
function portRange(text) {
    const raw = text.trim();
    const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(raw);
    if (!match)
        return ALL;
    const from = Number(match[1]);
    return [from, match[2] === undefined ? from : Number(match[2])];
}
/** One exposure per open source that reaches an admin port. */
function exposure(sources, ranges) {
    const open = [...new Set(sources.filter(source => OPEN_SOURCES.has(source.trim().toLowerCase())))];
    if (open.length === 0)
        return [];
    const out = [];
    for (const range of ranges) {
        const hit = [...ADMIN_PORTS].filter(([port]) => port >= range[0] && port <= range[1]);
        if (hit.length === 0)
            continue;
        for (const source of open) {
            out.push({
                rule: 'open-admin-port',
                text: ['ingress from ', { value: source }, ...describeRange(range, hit)]
            });
        }
    }
    return out;
}
function describeRange(range, hit) {
    const services = hit.slice(0, 3).map(([port, name]) => `${name} ${port}`);
    const more = hit.length > 3 ? `, … ${hit.length - 3} more admin ports` : '';
    if (range[0] <= 0 && range[1] >= 65535)
        return [` to all ports (${services.join(', ')}${more})`];
    if (range[0] === range[1])
        return [' to port ', { value: String(range[0]) }, ` (${hit[0][1]})`];
    return [' to ports ', { value: `${range[0]}-${range[1]}` }, ` (${services.join(', ')}${more})`];
}

;// CONCATENATED MODULE: ./src/analysis/exposure.ts
/**
 * Dangerous settings a change brings: on a create, every exposure of the new object; on an update or
 * a replacement, those the object has after the change and did not have before. Only resource types
 * with a rule are looked at, so a big plan pays for the few entries that can expose something.
 */



/** Kinds whose new object can expose something. */
const JUDGED = new Set(['create', 'update', 'replace', 'create-forget']);
/**
 * What the change newly exposes; empty for kinds that leave no new object, and for types without rules.
 * `type` is a Terraform resource type; with `pulumiNames` the values are a Pulumi resource's properties
 * (the type the Pulumi token is bridged from, see pulumi-types.ts).
 */
function newExposures(type, change, kind, pulumiNames = false) {
    if (!JUDGED.has(kind) || !mayExpose(type))
        return [];
    const after = exposuresOf(type, new Side(change.after, change.after_sensitive, change.after_unknown, pulumiNames));
    if (after.length === 0 || kind === 'create')
        return after;
    const before = new Set(exposuresOf(type, new Side(change.before, change.before_sensitive, undefined, pulumiNames)).map(key));
    return after.filter(exposure => !before.has(key(exposure)));
}
function exposuresOf(type, side) {
    if (side.value === null || side.value === undefined || !side.readable)
        return [];
    const network = Object.hasOwn(exposure_network_NETWORK_RULES, type) ? exposure_network_NETWORK_RULES[type](side) : [];
    return dedupe([...network, ...accessExposures(type, side)]);
}
/** True when a content rule judges this Terraform type. */
function hasContentRules(type) {
    return (Object.hasOwn(NETWORK_RULES, type) ||
        ACCESS_RULE_TYPES.has(type) ||
        (type.startsWith('google_') && type.includes('_iam_')));
}
/** Cheap pre-filter: the provider prefixes that have rules at all. */
function mayExpose(type) {
    return type.startsWith('aws_') || type.startsWith('google_') || type.startsWith('azurerm_');
}
function key(exposure) {
    return JSON.stringify([exposure.rule, exposure.text]);
}
function dedupe(exposures) {
    const seen = new Set();
    return exposures.filter(exposure => {
        const k = key(exposure);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}

// EXTERNAL MODULE: ./src/analysis/risk-catalogue.ts
var risk_catalogue = __webpack_require__(99079);
;// CONCATENATED MODULE: ./src/analysis/risk.ts
/**
 * The plan's risk level from the rule table in risk-catalogue.ts. Deterministic: the same plan always
 * gives the same level and reasons, in table order. Incremental: changes are added one at a time and
 * only bounded address lists are kept, so a 100,000-resource plan costs no more memory than a small one.
 */



/** Builds a categoriser that knows the built-in catalogue plus the caller's extra data-bearing types. */
function createTypeCategoriser(options = {}) {
    const dataBearing = (0,risk_catalogue/* compileTypeGlobs */.dQ)([...risk_catalogue/* DATA_BEARING_TYPES */.sq, ...(options.dataBearingTypes ?? [])]);
    const network = (0,risk_catalogue/* compileTypeGlobs */.dQ)(risk_catalogue/* NETWORK_FOUNDATION_TYPES */.RE);
    const iam = (0,risk_catalogue/* compileTypeGlobs */.dQ)(risk_catalogue/* IAM_SECURITY_TYPES */.zU);
    // A plan has few distinct types and many entries of each: match the globs once per type (bounded,
    // so a plan of endless distinct types only stops caching).
    const known = new Map();
    return type => {
        let categories = known.get(type);
        if (!categories) {
            categories = {
                dataBearing: dataBearing(type),
                networkFoundation: network(type),
                iamSecurity: iam(type)
            };
            if (known.size < TYPE_CACHE_SIZE)
                known.set(type, categories);
        }
        return categories;
    };
}
const TYPE_CACHE_SIZE = 10_000;
/** Collects rule hits change by change; `finish` turns them into the assessment. */
class RiskAccumulator {
    buckets = new Map();
    categorise;
    pulumiTerraformType;
    threshold;
    destructive = 0;
    constructor(options = {}) {
        this.categorise = options.categorise ?? createTypeCategoriser(options);
        this.pulumiTerraformType = options.pulumiTerraformType;
        const threshold = options.deletionThreshold ?? constants/* LIMIT */.uK.deletionThreshold;
        // A threshold that is not a positive whole number would silently disable the rule: use the default.
        this.threshold = Number.isInteger(threshold) && threshold > 0 ? threshold : constants/* LIMIT */.uK.deletionThreshold;
    }
    /**
     * Records one classified managed change (reads and data sources are ignored). With the change's
     * values, the content rules (open admin ports, wildcard IAM, public access, encryption off) judge
     * what a create, update or replacement newly exposes.
     */
    add(change, values) {
        if (change.mode !== 'managed')
            return;
        const pulumi = this.pulumiTerraformType;
        const ruleType = pulumi ? pulumi(change.type) : change.type;
        if (values && ruleType !== undefined) {
            for (const exposure of newExposures(ruleType, values, change.kind, pulumi !== undefined))
                this.hit(exposure.rule, change.address, exposure.text);
        }
        const categories = this.categorise(change.type);
        const address = change.address;
        switch (change.kind) {
            case 'create':
                this.hit('create', address);
                break;
            case 'update':
                if (categories.dataBearing || categories.networkFoundation || categories.iamSecurity) {
                    this.hit('sensitive-type-update', address);
                }
                else
                    this.hit('update', address);
                break;
            case 'delete':
            case 'replace':
                this.destructive++;
                this.hit(change.kind, address);
                this.hit('mass-deletion', address);
                if (categories.dataBearing)
                    this.hit('data-bearing-destroy', address);
                if (categories.networkFoundation)
                    this.hit('network-foundation-destroy', address);
                break;
            case 'forget':
                this.hit('forget', address);
                break;
            case 'create-forget':
                this.hit('create', address);
                this.hit('forget', address);
                break;
            default:
                break;
        }
        if (change.importing || change.previousAddress !== undefined)
            this.hit('state-only', address);
    }
    /** The assessment: every rule that fired, in table order; the level is the highest among them. */
    finish(context = {}) {
        for (const entry of context.unreadable ?? [])
            this.hit('unreadable-entries', entry.address);
        for (const check of context.checks ?? []) {
            const text = check.messages.length > 0 ? [{ value: check.messages.join(' / ') }] : [];
            this.hit('check-failed', check.address, text.length > 0 ? text : [check.status === 'error' ? 'could not be evaluated' : 'failed']);
        }
        if ((context.omittedChecks ?? 0) > 0)
            this.bucket('check-failed').omitted += context.omittedChecks ?? 0;
        if (context.errored)
            this.bucket('plan-errored');
        if (context.complete === false)
            this.bucket('plan-incomplete');
        if (this.destructive < this.threshold)
            this.buckets.delete('mass-deletion');
        if (this.buckets.size === 0)
            this.bucket('no-changes');
        const reasons = [];
        for (const rule of risk_catalogue/* RISK_RULES */.WR) {
            const bucket = this.buckets.get(rule.id);
            if (!bucket)
                continue;
            const reason = {
                rule: rule.id,
                level: rule.level,
                description: this.describe(rule.id, rule.description, bucket),
                addresses: [...bucket.addresses]
            };
            if (bucket.omitted > 0)
                reason.omittedAddresses = bucket.omitted;
            if (bucket.details.length > 0)
                reason.details = bucket.details;
            reasons.push(reason);
        }
        return { level: highestLevel(reasons.map(r => r.level)), reasons };
    }
    describe(id, base, bucket) {
        const count = bucket.addresses.length + bucket.omitted;
        if (id === 'mass-deletion') {
            return `${count} resources would be deleted or replaced; the threshold is ${this.threshold}. ${base}`;
        }
        if (count === 0)
            return base;
        const noun = id === 'check-failed' ? 'check' : id === 'unreadable-entries' ? 'entr' : 'resource';
        const plural = noun === 'entr' ? (count === 1 ? 'y' : 'ies') : count === 1 ? '' : 's';
        return `${base} (${count} ${noun}${plural})`;
    }
    bucket(id) {
        let bucket = this.buckets.get(id);
        if (!bucket) {
            bucket = { addresses: [], omitted: 0, details: [] };
            this.buckets.set(id, bucket);
        }
        return bucket;
    }
    /** Counts `address` under the rule once; `detail` says what fired (several per address are kept). */
    hit(id, address, detail) {
        const bucket = this.bucket(id);
        if (detail && bucket.details.length < constants/* LIMIT */.uK.reasonAddresses)
            bucket.details.push({ address, text: detail });
        if (bucket.last === address)
            return;
        bucket.last = address;
        if (bucket.addresses.length < constants/* LIMIT */.uK.reasonAddresses)
            bucket.addresses.push(address);
        else
            bucket.omitted++;
    }
}
/** The highest of some levels; `none` for none. */
function highestLevel(levels) {
    let best = 0;
    for (const level of levels)
        best = Math.max(best, constants/* RISK_LEVELS */.WA.indexOf(level));
    return constants/* RISK_LEVELS */.WA[best];
}


/***/ }),

/***/ 63420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zT: () => (/* binding */ deriveRollbackPlan),
  ZL: () => (/* reexport */ shellQuote)
});

// UNUSED EXPORTS: snippetText

// EXTERNAL MODULE: ./src/analysis/action-reasons.ts
var action_reasons = __webpack_require__(7426);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
;// CONCATENATED MODULE: ./src/analysis/rollback-snippets.ts
/**
 * The configuration blocks and commands of the state-only rollback steps, as snippets whose plan
 * parts (addresses, IDs) renderers redact: a reverse `moved` block, a `removed` block with
 * `destroy = false` (or `terraform state rm`), an `import` block with the ID from the plan.
 */

/** Blocks and commands listed per step; beyond this the addresses are listed without them. */
const COMMANDS_PER_STEP = 20;
/** The text of a snippet as it would be pasted: plan parts as they are (renderers redact them). */
function snippetText(snippet) {
    return snippet
        .map(part => typeof part === 'string'
        ? part
        : 'value' in part
            ? part.value
            : part.shell
                ? shellQuote(part.address)
                : part.address)
        .join('');
}
function moveBack(moved) {
    const shown = moved.slice(0, COMMANDS_PER_STEP);
    return {
        kind: 'move-back',
        description: 'These resources move to a new address. Reverting the `moved` blocks alone plans to destroy them and create new ones; to move them back, add a reverse `moved` block to the revert, or move the state entries by hand:',
        ...bounded(moved.map(change => change.address)),
        blocks: shown.map(change => [
            'moved {\n  from = ',
            { address: change.address },
            '\n  to   = ',
            { address: change.previousAddress ?? '' },
            '\n}'
        ]),
        commands: shown.map(change => [
            'terraform state mv ',
            { address: change.address, shell: true },
            ' ',
            { address: change.previousAddress ?? '', shell: true }
        ])
    };
}
function undoImport(imported) {
    const shown = imported.slice(0, COMMANDS_PER_STEP);
    return {
        kind: 'undo-import',
        description: 'These existing objects are imported. Reverting the import plans to destroy them. To let go of an object without destroying it, replace its resource block with a `removed` block (`destroy = false`, Terraform 1.7 or later; it takes a resource without instance keys), or drop it from the state:',
        ...bounded(imported.map(change => change.address)),
        // A removed block names a whole resource: instance keys are not allowed in `from`.
        blocks: shown
            .filter(change => !change.address.includes('['))
            .map(change => [
            'removed {\n  from = ',
            { address: change.address },
            '\n  lifecycle {\n    destroy = false\n  }\n}'
        ]),
        commands: shown.map(change => ['terraform state rm ', { address: change.address, shell: true }])
    };
}
function reImport(forgotten) {
    const shown = forgotten.slice(0, COMMANDS_PER_STEP);
    const id = (change) => change.objectId !== undefined ? { value: hclString(change.objectId) } : '"<ID>"';
    return {
        kind: 're-import',
        description: "Terraform stops managing these objects but does not destroy them. Reverting the `removed` block alone plans to create duplicates. To manage them again, restore their resource blocks and add an `import` block for each, with the ID from this plan (check it against the resource type's import documentation):",
        ...bounded(forgotten.map(change => change.address)),
        blocks: shown.map(change => [
            'import {\n  to = ',
            { address: change.address },
            '\n  id = ',
            id(change),
            '\n}'
        ]),
        commands: []
    };
}
/** The first LIMIT.reasonAddresses addresses and how many more. */
function bounded(addresses) {
    const kept = addresses.slice(0, constants/* LIMIT */.uK.reasonAddresses);
    return addresses.length > kept.length
        ? { addresses: kept, omittedAddresses: addresses.length - kept.length }
        : { addresses: kept };
}
/** Single-quotes an address for POSIX shells (addresses hold `"` and `[]`, e.g. `aws_s3_bucket.b["logs"]`). */
function shellQuote(address) {
    return `'${address.replace(/'/g, `'\\''`)}'`;
}
/** An HCL string literal: JSON escapes are HCL escapes; template sequences are doubled. */
function hclString(text) {
    return JSON.stringify(text).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}

;// CONCATENATED MODULE: ./src/analysis/rollback.ts
/**
 * A rollback plan derived from the plan alone, chosen per resource by why it changes. Reverting the
 * commit is right for what the code caused (creates, updates, deletes, replacements), but wrong for
 * state-only operations, which the tests prove by applying, reverting and planning again: a reverted
 * `moved` block plans destroy + create (a reverse `moved` block moves back), a reverted import plans
 * a destroy (a `removed` block with `destroy = false` or `terraform state rm` lets go), a reverted
 * `removed` block plans a duplicate (an `import` block with the object's ID adopts it again), and a
 * taint or `-replace` leaves nothing to revert. Deletions of data-bearing resources need a backup.
 * The wording advises; it never promises that a rollback is safe.
 */



/** Commit SHAs are hex; anything else stays a placeholder rather than being pasted into a command. */
const COMMIT_SHA = /^[0-9a-f]{7,64}$/i;
/**
 * Derives the rollback plan for an analysed plan. When `commitSha` is a real SHA it replaces the
 * <COMMIT_SHA> placeholder in the revert command.
 */
function deriveRollbackPlan(analysis, commitSha) {
    const plan = deriveSteps(analysis);
    if (!commitSha || !COMMIT_SHA.test(commitSha))
        return plan;
    const fill = (snippet) => snippet.map(part => (typeof part === 'string' ? part.replace('<COMMIT_SHA>', commitSha) : part));
    return { ...plan, steps: plan.steps.map(step => ({ ...step, commands: step.commands.map(fill) })) };
}
function group(analysis) {
    const dataReason = analysis.risk.reasons.find(reason => reason.rule === 'data-bearing-destroy');
    const dataBearing = new Set(dataReason?.addresses ?? []);
    const changes = analysis.changes;
    const outsideConfig = changes.filter(c => c.kind === 'replace' && (0,action_reasons/* isReasonOutsideConfig */.Q)(c.actionReason));
    return {
        dataLoss: dataReason?.addresses ?? [],
        dataLossOmitted: dataReason?.omittedAddresses ?? 0,
        deleted: changes.filter(c => c.kind === 'delete' && !dataBearing.has(c.address)),
        replaced: changes.filter(c => c.kind === 'replace' && !dataBearing.has(c.address) && !outsideConfig.includes(c)),
        outsideConfig: outsideConfig.filter(c => !dataBearing.has(c.address)),
        moved: changes.filter(c => c.previousAddress !== undefined),
        imported: changes.filter(c => c.importing),
        forgotten: changes.filter(c => c.kind === 'forget' || c.kind === 'create-forget'),
        updated: changes.filter(c => c.kind === 'update'),
        // Anything but a taint or -replace came from the code (or the plan was too big to tell).
        fromConfig: analysis.omittedChanges > 0 ||
            changes.some(c => !outsideConfig.includes(c)) ||
            analysis.outputs.some(output => output.kind !== 'no-op')
    };
}
function deriveSteps(analysis) {
    const notes = [];
    if (analysis.unreadable.length > 0) {
        notes.push('The plan holds entries infra-guard could not read; this rollback plan may be incomplete.');
    }
    if (analysis.omittedChanges > 0) {
        notes.push(`Only ${analysis.changes.length} of the plan's changes are listed here; check the full plan for the rest.`);
    }
    if (!analysis.hasChanges) {
        return {
            needed: false,
            dataLoss: false,
            steps: [],
            notes: ['Nothing to undo: the plan changes no resource.', ...notes]
        };
    }
    const groups = group(analysis);
    const steps = [];
    if (groups.fromConfig)
        steps.push(revertStep(groups));
    if (groups.dataLoss.length > 0) {
        steps.push(step('restore-data', 'These data-bearing resources are deleted or replaced. Once applied, their data is gone: reverting the code creates them again, empty, as new objects. Take a backup or snapshot before applying, and restore from it to roll back. Record their current settings first:', groups.dataLoss, { commands: address => [['terraform state show ', { address, shell: true }]] }, groups.dataLossOmitted));
    }
    if (groups.deleted.length > 0) {
        steps.push(step('deleted', 'These resources are deleted. Reverting the code creates new objects with new IDs (it cannot bring the old ones back); anything outside this configuration that refers to the old IDs must be updated.', groups.deleted.map(change => change.address)));
    }
    if (groups.replaced.length > 0) {
        steps.push(step('replaced', 'These resources are replaced (destroyed, then created) because the code changed. The old objects cannot be brought back; reverting the code replaces them once more. If a new object comes up unhealthy, replace it again:', groups.replaced.map(change => change.address), { commands: address => [['terraform apply -replace=', { address, shell: true }]] }));
    }
    if (groups.outsideConfig.length > 0) {
        const reasons = [
            ...new Set(groups.outsideConfig.map(c => (0,action_reasons/* describeActionReason */.K)(c.actionReason, c.kind) ?? 'taint or `-replace`'))
        ];
        steps.push(step('nothing-to-revert', `These resources are replaced without a code change: ${reasons.join('; ')}. After apply there is nothing to revert: reverting changes nothing, and the old objects are gone. If a new object misbehaves, replace it again:`, groups.outsideConfig.map(change => change.address), { commands: address => [['terraform apply -replace=', { address, shell: true }]] }));
    }
    if (groups.moved.length > 0)
        steps.push(moveBack(groups.moved));
    if (groups.imported.length > 0)
        steps.push(undoImport(groups.imported));
    if (groups.forgotten.length > 0)
        steps.push(reImport(groups.forgotten));
    if (groups.updated.length > 0) {
        steps.push(step('review', 'These resources are updated in place; reverting the code restores the earlier values. Values shown as (sensitive) or (known after apply) cannot be checked here: compare them by hand.', groups.updated.map(change => change.address)));
    }
    return { needed: true, dataLoss: groups.dataLoss.length > 0, steps, notes };
}
function revertStep(groups) {
    const wrong = [
        [groups.moved.length, 'moves', 'destroy and recreate the moved objects'],
        [groups.imported.length, 'imports', 'destroy the imported objects'],
        [groups.forgotten.length, 'forgets', 'create duplicates of the forgotten objects']
    ];
    const present = wrong.filter(([count]) => count > 0);
    const caveat = present.length > 0
        ? ` A plain revert gets the ${present.map(([, what]) => what).join(' and ')} below wrong (it would ${present.map(([, , how]) => how).join(', ')}): add the blocks their steps give to the revert commit.`
        : '';
    return {
        kind: 'revert-commit',
        description: `Revert the commit that introduced this change and run the pipeline again (plan, review, apply). Terraform then plans the way back: it destroys what this plan creates and restores what it updates; review that plan as carefully as this one.${caveat}`,
        addresses: [],
        blocks: [],
        commands: [
            ['git revert <COMMIT_SHA>'],
            ['terraform plan -out=rollback.tfplan'],
            ['terraform apply rollback.tfplan']
        ]
    };
}
function step(kind, description, addresses, make = {}, alreadyOmitted = 0) {
    const list = bounded(addresses);
    if (alreadyOmitted > 0)
        list.omittedAddresses = (list.omittedAddresses ?? 0) + alreadyOmitted;
    return {
        kind,
        description,
        ...list,
        blocks: [],
        commands: make.commands ? list.addresses.slice(0, COMMANDS_PER_STEP).flatMap(make.commands) : []
    };
}


/***/ }),

/***/ 397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ SENSITIVE_PLACEHOLDER),
/* harmony export */   YI: () => (/* binding */ isStrongSecret),
/* harmony export */   dA: () => (/* binding */ createSecretScrubber)
/* harmony export */ });
/* unused harmony exports CUT_MARK, MIN_STRONG_CHARS, isWordLike */
/**
 * Replacing known secrets in plan-derived text: attribute values, addresses, Terraform's own plan
 * text, messages quoting them. Never run it over the action's own words (headings, verdicts,
 * counts, rule messages): a plan chooses its secrets, and it must not be able to blank those.
 *
 * Two kinds of secret, because a plan chooses them:
 * - strong (at least 4 characters and not made of words only, such as `Adm1n-pass-31`, `918273645`,
 *   a PEM line): replaced wherever it occurs, also JSON-escaped, percent-encoded, line by line when
 *   it spans lines, and as the cut-off beginning of a value that ends in `…`, however short;
 * - weak (1–3 characters, or words only, such as `Q9`, `deployment`, `Safety gate`): searching for
 *   it anywhere would blank ordinary text, so it is replaced only where it stands as a whole value:
 *   quoted (`"Q9"`, `\"Q9\"`, `&quot;Q9&quot;`), as a bare number after `=`, `:`, `->`, `[` or `,`, or as
 *   a bare map key at the start of a line of Terraform's text (`Q9 = …`) or after `{` or `,` in a
 *   one-line map (`{ Q9 = … }`, as the report shows a value copied unmarked), or as the object id
 *   of Terraform's progress lines (`[id=Q9]`).
 * Big plans carry many secrets and many values, so strong ones are matched through an index.
 */
/** What a scrubbed value is replaced with; the same word the analysis uses for masked values. */
const SENSITIVE_PLACEHOLDER = '(sensitive)';
/** The mark every cut value ends with (the analysis and the renderers both cut with it). */
const CUT_MARK = '…';
/** Strong secrets are at least this long. */
const MIN_STRONG_CHARS = 4;
/** Forms at least this long are indexed by their first KEY characters. */
const KEY = 8;
/** A cut-off beginning is looked for this far before a cut mark (values are cut to a few hundred characters). */
const CUT_WINDOW = 1000;
/** One word as prose writes it: `deployment`, `Production`, `HIGH` (not `MIIEowIBAAKC`, not 25 letters in a row). */
const WORD = String.raw `(?:\p{Lu}?\p{Ll}{1,19}|\p{Lu}{1,20})`;
const WORDS = new RegExp(`^${WORD}(?:[ _.'’-]${WORD})*$`, 'u');
/** Words only, with single spaces, `_`, `-`, `.` or apostrophes between them: reads as ordinary text. */
function isWordLike(value) {
    return WORDS.test(value);
}
/**
 * True when a secret is searched for everywhere (strong): at least MIN_STRONG_CHARS characters
 * besides surrounding white space, a letter or digit among them, and not words only. Otherwise it is
 * weak and found only as a whole value.
 */
function isStrongSecret(value) {
    const trimmed = value.trim();
    return trimmed.length >= MIN_STRONG_CHARS && /[\p{L}\p{N}]/u.test(trimmed) && !isWordLike(trimmed);
}
/**
 * Builds a scrubber for these secrets (the raw values; the forms they take are worked out here).
 * Secrets contained in the placeholder itself are ignored: they cannot be hidden by it.
 */
function createSecretScrubber(secrets, options = {}) {
    const strong = new Set();
    const weak = new Set();
    for (const secret of new Set(secrets)) {
        if (typeof secret !== 'string' || secret === '')
            continue;
        if (isStrongSecret(secret)) {
            for (const form of strongForms(secret, options))
                strong.add(form);
        }
        else if (secret.trim() !== '' && !SENSITIVE_PLACEHOLDER.includes(secret))
            weak.add(secret);
    }
    const full = strong.size > 0 ? new StrongMatcher(strong) : undefined;
    const whole = weak.size > 0 ? weakPatterns(weak, options) : [];
    if (!full && whole.length === 0)
        return text => text;
    return text => {
        let out = full ? full.scrub(text) : text;
        for (const { pattern, keep } of whole)
            out = keep
                ? out.replace(pattern, (_match, before) => before + SENSITIVE_PLACEHOLDER)
                : out.replace(pattern, SENSITIVE_PLACEHOLDER);
        return out;
    };
}
/** Every form of a strong secret that is itself long enough to search for. */
function strongForms(secret, options) {
    const forms = new Set();
    const add = (form) => {
        if (form.trim().length >= MIN_STRONG_CHARS && !SENSITIVE_PLACEHOLDER.includes(form))
            forms.add(form);
    };
    const variants = [secret, secret.trim()];
    if (/[\r\n]/.test(secret)) {
        for (const line of secret.split(/\r?\n|\r/))
            if (isStrongSecret(line.trim()))
                variants.push(line.trim());
    }
    for (const variant of variants) {
        add(variant);
        add(JSON.stringify(variant).slice(1, -1));
        add(percentEncoded(variant));
        for (const extra of options.extraForms?.(variant) ?? [])
            add(extra);
    }
    return [...forms];
}
function percentEncoded(value) {
    try {
        return encodeURIComponent(value);
    }
    catch {
        // A lone surrogate cannot be percent-encoded, so it cannot appear percent-encoded either.
        return value;
    }
}
class StrongMatcher {
    /** One entry per width: hash of a form's first `width` characters → forms, longest first. */
    widths = [];
    /** prefixes[k]: every beginning of k characters (k < KEY) of a form longer than k. */
    prefixes = [];
    longest;
    constructor(forms) {
        let longest = 0;
        for (let k = 1; k < KEY; k++)
            this.prefixes[k] = new Set();
        const byWidth = new Map();
        for (const form of forms) {
            longest = Math.max(longest, form.length);
            for (let k = 1; k < Math.min(KEY, form.length); k++)
                this.prefixes[k].add(form.slice(0, k));
            const width = Math.min(KEY, form.length);
            const byHash = byWidth.get(width) ?? new Map();
            byWidth.set(width, byHash);
            const hash = hashOf(form, 0, width);
            const bucket = byHash.get(hash);
            if (bucket)
                bucket.push(form);
            else
                byHash.set(hash, [form]);
        }
        for (const [width, byHash] of byWidth) {
            // A bit per hash bucket: most positions of most texts start no form and are passed over on one read.
            // About 32 bits per bucket, so a miss is nearly always a zero bit.
            let words = 32;
            while (words < byHash.size && words < MAX_BLOOM_WORDS)
                words *= 2;
            const bits = new Uint32Array(words);
            const mask = words - 1;
            for (const [hash, bucket] of byHash) {
                bits[(hash >>> 5) & mask] |= 1 << (hash & 31);
                bucket.sort((a, b) => b.length - a.length);
            }
            this.widths.push({ width, top: power(width - 1), forms: byHash, bits, mask });
        }
        this.longest = longest;
    }
    scrub(text) {
        // Cut beginnings first: a shorter secret that is also a beginning of the cut one must not split it.
        const out = text.includes(CUT_MARK) ? this.replaceCutBeginnings(text) : text;
        return this.replaceFull(out);
    }
    /** Every occurrence of every form, leftmost first and longest at each start. */
    replaceFull(text) {
        const found = new Map();
        for (const { width, top, forms, bits, mask } of this.widths) {
            if (text.length < width)
                continue;
            let hash = hashOf(text, 0, width);
            for (let i = 0;; i++) {
                if ((bits[(hash >>> 5) & mask] >>> (hash & 31)) & 1) {
                    const form = forms.get(hash)?.find(candidate => text.startsWith(candidate, i));
                    if (form && i + form.length > (found.get(i) ?? 0))
                        found.set(i, i + form.length);
                }
                if (i + width >= text.length)
                    break;
                hash = (Math.imul(hash - Math.imul(text.charCodeAt(i), top), BASE) + text.charCodeAt(i + width)) | 0;
            }
        }
        if (found.size === 0)
            return text;
        let out = '';
        let copied = 0;
        for (const start of [...found.keys()].sort((a, b) => a - b)) {
            if (start < copied)
                continue;
            out += text.slice(copied, start) + SENSITIVE_PLACEHOLDER;
            copied = found.get(start);
        }
        return out + text.slice(copied);
    }
    /** `Kz8Wq…` where a secret starts `Kz8Wq`: the beginning becomes the placeholder, the cut mark stays. */
    replaceCutBeginnings(text) {
        let out = '';
        let copied = 0;
        for (let cut = text.indexOf(CUT_MARK); cut >= 0; cut = text.indexOf(CUT_MARK, cut + 1)) {
            const start = this.beginningBefore(text, cut, copied);
            if (start < 0)
                continue;
            out += text.slice(copied, start) + SENSITIVE_PLACEHOLDER;
            copied = cut;
        }
        return copied === 0 ? text : out + text.slice(copied);
    }
    /** The earliest start (>= floor) from which text up to `end` begins some form without completing it; -1 if none. */
    beginningBefore(text, end, floor) {
        const from = Math.max(floor, end - Math.min(this.longest - 1, CUT_WINDOW));
        for (let start = from; start < end; start++) {
            const length = end - start;
            if (length < KEY) {
                if (this.prefixes[length].has(text.slice(start, end)))
                    return start;
                continue;
            }
            const bucket = this.widths.find(entry => entry.width === KEY)?.forms.get(hashOf(text, start, KEY));
            if (!bucket)
                continue;
            const seen = text.slice(start, end);
            if (bucket.some(form => form.length > length && form.startsWith(seen)))
                return start;
        }
        return -1;
    }
}
const BASE = 0x01000193;
/** Largest per-width bit filter, in 32-bit words (2^20 bits). */
const MAX_BLOOM_WORDS = 1 << 15;
/** The rolling hash of text[from, from + width). */
function hashOf(text, from, width) {
    let hash = 0;
    for (let i = from; i < from + width; i++)
        hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
    return hash;
}
/** BASE to the power n, as the rolling hash computes it. */
function power(n) {
    let result = 1;
    for (let i = 0; i < n; i++)
        result = Math.imul(result, BASE);
    return result;
}
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/;
const MAP_KEY = /^[\w.-]+$/;
/** Regexes that find weak secrets where they stand as a whole value. */
function weakPatterns(weak, options) {
    const quoted = new Set();
    const numbers = [];
    const keys = [];
    for (const secret of weak) {
        const json = JSON.stringify(secret).slice(1, -1);
        for (const form of [
            `"${json}"`,
            `\\"${JSON.stringify(json).slice(1, -1)}\\"`,
            `&quot;${secret}&quot;`,
            `&#34;${secret}&#34;`
        ])
            quoted.add(form);
        for (const extra of options.extraForms?.(secret) ?? [])
            quoted.add(`"${extra}"`);
        if (NUMBER.test(secret))
            numbers.push(secret);
        else if (MAP_KEY.test(secret))
            keys.push(secret);
    }
    const patterns = [
        { pattern: new RegExp(alternation(quoted), 'g'), keep: false },
        // Terraform's progress lines name an object bare: `Refreshing state... [id=Q9]`, `Importing... [id=Q9]`.
        { pattern: new RegExp(`(\\[id=)(?:${alternation(weak)})(?=\\])`, 'g'), keep: true }
    ];
    // Written with the text before the value captured (kept) rather than a lookbehind, which would be
    // tried at every position of the text.
    if (numbers.length > 0) {
        patterns.push({
            pattern: new RegExp(`((?:^|[=:>\\[,{])[ \\t]*)(?:${alternation(numbers)})(?=[ \\t]*(?:$|[,\\]}]|->))`, 'gm'),
            keep: true
        });
    }
    if (keys.length > 0) {
        patterns.push({
            pattern: new RegExp(`((?:^[ \\t]*(?:[-+~][ \\t]+)?|[{,][ \\t]*))(?:${alternation(keys)})(?=[ \\t]+=[ \\t])`, 'gm'),
            keep: true
        });
    }
    return patterns;
}
/** A regex alternation of literal texts, longest first. */
function alternation(texts) {
    return [...texts]
        .sort((a, b) => b.length - a.length)
        .map(text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|');
}


/***/ }),

/***/ 39277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P6: () => (/* binding */ looksLikeSecretText),
/* harmony export */   eh: () => (/* binding */ isSecretName)
/* harmony export */ });
/* unused harmony export nameWords */
/**
 * Names that hold a secret: an attribute, map key, output, variable or name/value pair whose value
 * is the secret itself (`password`, `client_secret`, `ssh_key`, `DB_PASSWORD`), as opposed to names
 * that only talk about a secret (`minimum_password_length`, `kms_master_key_id`, `creation_token`,
 * `password_policy`, `public_key`). The name alone never hides a value: see isSecretString, which
 * also asks whether the value looks like a secret.
 */
/** A name whose last word is one of these holds something public about a secret: ids, ARNs, lengths, policies, settings. */
const PUBLIC_LAST_WORDS = new Set(('id ids arn arns ocid name names length len count min max minimum maximum size type types kind ' +
    'version versions enabled enable disabled disable required policy policies rotation rotate period ' +
    'days hours minutes seconds ttl age expiry expiration expires expire at time timestamp date created ' +
    'updated algorithm alg format mode status state path paths file filename location url urls uri ' +
    'uris endpoint endpoints host hostname port address domain fingerprint checksum md5 sha sha1 sha256 ' +
    'hash digest ref reference references source sources config configuration settings setting options ' +
    'option rule rules strength complexity reuse history prevention attempts retries field fields prefix ' +
    'suffix label labels description tags tag group groups role roles user username users login email ' +
    'principal owner account region zone manager provider backend engine mount bucket table identifier ' +
    'identity header headers template schedule window interval timeout notification notifications scope ' +
    'scopes audience issuer subject usage spec strategy method methods protocol encoding level tier class ' +
    'flag flags metadata annotations arguments parameter parameters store reader writer hint hints ' +
    'length_min length_max lifetime validity duration window enforced enforcement behavior behaviour').split(' '));
/** A name whose last word is one of these is the secret itself. */
const SECRET_LAST_WORDS = new Set(('password passwords passwd pass pwd passcode passphrase secret secrets token tokens credential ' +
    'credentials creds dsn apikey psk sas connection connstr connectionstring privatekey secretkey').split(' '));
/** Glued words that end like a secret word (`dbpassword`, `clientsecret`, `authtoken`). */
const SECRET_WORD_ENDINGS = [
    'password',
    'passwd',
    'passphrase',
    'passcode',
    'secret',
    'token',
    'credential',
    'credentials',
    'apikey',
    'privatekey',
    'secretkey',
    'accesskey',
    'connectionstring'
];
/** These words anywhere make the name a secret's (`secret_string`, `secret_key_base`), unless it ends publicly. */
const SECRET_ANYWHERE = new Set(['password', 'passwd', 'passphrase', 'secret', 'credential', 'credentials']);
/** Words after the secret that only say how it is stored (`private_key_pem`, `secret_string`, `password_wo`). */
const STORAGE_WORDS = new Set('value string data text plain plaintext raw content pem b64 base64 hex json wo der openssh bytes binary'.split(' '));
/** `<word>_key` holds a private key or credential for these words; `kms_key`, `partition_key`, `s3_key` are not listed. */
const SECRET_KEY_QUALIFIERS = new Set(('ssh tls ssl private secret api access client account storage primary secondary master signing sign ' +
    'encryption auth shared root admin service subscription function hmac session cookie app application ' +
    'deploy consumer webhook license gpg pgp rsa ecdsa ed25519 host instrumentation recovery unseal').split(' '));
/** `<word>_token` is public for these words: idempotency and pagination tokens (`creation_token`, `next_token`). */
const PUBLIC_TOKEN_QUALIFIERS = new Set('creation idempotency continuation next page pagination sync request resume'.split(' '));
/** Words of a name: snake, kebab, dotted and camelCase split, lower-cased, trailing digits dropped. */
function nameWords(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .map(word => word.replace(/\d+$/, ''))
        .filter(word => word !== '');
}
const cache = new Map();
/** Plans repeat the same few hundred names; a hostile plan with millions of distinct ones only stops being cached. */
const CACHE_SIZE = 20_000;
/**
 * True when a value stored under `name` is the secret itself: `password`, `admin_pass`, `pwd`,
 * `passcode`, `client_secret`, `secret_string`, `api_token`, `ssh_key`, `tls_private_key_pem`, `dsn`,
 * `db_connection`, `connection_string`, `DB_PASSWORD`, `auth.rootPassword`. False for names that end
 * in a public word (`kms_master_key_id`, `minimum_password_length`, `password_policy`, `secret_arn`),
 * for public keys (`public_key`, `key_name`, `key_pair`) and idempotency tokens (`creation_token`).
 */
function isSecretName(name) {
    if (typeof name !== 'string' || name === '')
        return false;
    const cached = cache.get(name);
    if (cached !== undefined)
        return cached;
    const answer = decide(nameWords(name));
    if (cache.size < CACHE_SIZE)
        cache.set(name, answer);
    return answer;
}
function decide(allWords) {
    if (allWords.length === 0 || allWords.includes('public'))
        return false;
    if (PUBLIC_LAST_WORDS.has(allWords[allWords.length - 1]))
        return false;
    const words = [...allWords];
    while (words.length > 1 && STORAGE_WORDS.has(words[words.length - 1]))
        words.pop();
    const last = words[words.length - 1];
    const before = words.slice(0, -1);
    if (last === 'key' || last === 'keys')
        return before.some(word => SECRET_KEY_QUALIFIERS.has(word));
    if (last === 'token' || last === 'tokens')
        return !before.some(word => PUBLIC_TOKEN_QUALIFIERS.has(word));
    if (SECRET_LAST_WORDS.has(last))
        return true;
    if (SECRET_WORD_ENDINGS.some(ending => last.length > ending.length && last.endsWith(ending)))
        return true;
    return words.some(word => SECRET_ANYWHERE.has(word));
}
/** Resource ids that merely name a secret: ARNs, GCP resource names, Azure resource ids, key vault URLs. */
const RESOURCE_ID = /^(?:arn:|projects\/|organizations\/|folders\/|\/subscriptions\/|https:\/\/[\w-]+\.vault\.azure\.net\/)/i;
/** Words a setting takes, never a secret. */
const SETTING_WORDS = /^(?:true|false|yes|no|on|off|null|none|enabled|disabled|required|optional)$/i;
/** What Terraform and infra-guard write in place of a value. */
const PLACEHOLDERS = new Set(['(known after apply)', '(sensitive)', '(sensitive value)']);
/**
 * True when a string under a secret's name looks like the secret rather than a setting or a
 * reference: not empty, not a number or a setting word, not an ARN or another resource id. The name
 * heuristic hides only such strings, never numbers, booleans or ids.
 */
function looksLikeSecretText(value) {
    const text = value.trim();
    if (text === '' || PLACEHOLDERS.has(text) || SETTING_WORDS.test(text))
        return false;
    if (/^[-+]?\d+(?:\.\d+)?$/.test(text))
        return false;
    return !RESOURCE_ID.test(text);
}


/***/ }),

/***/ 43529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  no: () => (/* binding */ addAllStrings),
  ed: () => (/* binding */ collectChangeSecrets),
  v: () => (/* binding */ collectSensitiveStrings),
  Xi: () => (/* binding */ collectStateResourceSecrets),
  _3: () => (/* binding */ collectVariableSecrets),
  UO: () => (/* binding */ hasTrueMark),
  eh: () => (/* reexport */ secret_names/* isSecretName */.eh),
  cd: () => (/* binding */ isSecretString)
});

// UNUSED EXPORTS: MAX_WALK_DEPTH, childMark

// EXTERNAL MODULE: ./src/analysis/secret-names.ts
var secret_names = __webpack_require__(39277);
;// CONCATENATED MODULE: ./src/analysis/secret-shapes.ts
/**
 * Secrets recognisable by their shape, whatever they are stored under: private keys in PEM, cloud and
 * SaaS credentials with a fixed prefix, JWTs, passwords in URLs, chat webhooks, and `password=…` / `password: …` inside text (connection
 * strings, env files, query strings, YAML).
 * Each shape yields only the secret part (the password of a URL, the path of a webhook), so the rest
 * of the value stays readable. The list is closed and documented in SECURITY.md; anything else is
 * found only by name, by pair, or because Terraform marked it.
 */

const SECRET_SHAPES = [
    {
        name: 'PEM private key',
        pattern: /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----(?:\\n|[\s\S])*?-----END \1-----/g,
        group: 0
    },
    { name: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, group: 0 },
    { name: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_\w{22,255})\b/g, group: 0 },
    { name: 'GitLab token', pattern: /\bglpat-[\w-]{20,}/g, group: 0 },
    { name: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, group: 0 },
    {
        name: 'Slack webhook',
        pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/([\w/-]{8,})/g,
        group: 1
    },
    { name: 'Discord webhook', pattern: /discord(?:app)?\.com\/api\/webhooks\/(\d+\/[\w-]{16,})/g, group: 1 },
    { name: 'Google API key', pattern: /\bAIza[\w-]{35}/g, group: 0 },
    { name: 'Stripe secret key', pattern: /\b[rs]k_live_[0-9A-Za-z]{16,}/g, group: 0 },
    { name: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g, group: 0 },
    { name: 'SendGrid key', pattern: /\bSG\.[\w-]{22}\.[\w-]{43}\b/g, group: 0 },
    { name: 'JWT', pattern: /\beyJ[\w-]{5,}\.eyJ[\w-]{5,}\.[\w-]{10,}/g, group: 0 },
    { name: 'password in a URL', pattern: /\b[A-Za-z][\w+.-]*:\/\/[^\s/?#@:'"]*:([^\s/?#@'"]+)@/g, group: 1 },
    { name: 'URL signature', pattern: /[?&](?:sig|signature|x-amz-signature)=([\w%+/=-]{16,})/gi, group: 1 },
    { name: 'bearer token', pattern: /\bBearer\s+([\w.~+/-]{16,}=*)/g, group: 1 }
];
/**
 * `name=value` and `name: value` inside text (connection strings, env files, query strings, YAML in
 * user data); the value counts when the name is a secret's (isSecretName) and it looks like one.
 * The value is only looked at (a lookahead), so an assignment inside another's value is found too.
 */
const ASSIGNMENT = /(?<=^|[\s;,&?"'{(])([A-Za-z_][\w.-]*)["']?[ \t]*[=:][ \t]*(?=("[^"\n]+"|'[^'\n]+'|[^\s;,&"'}]+))/g;
/** One cheap test before the shapes: most strings of a plan contain none of these. */
const PREFILTER = /-----BEGIN|A[KS]IA|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|hooks\.slack|discord|AIza|k_live_|npm_|SG\.|eyJ|:\/\/[^\s/@]*:[^\s/@]*@|sig=|signature=|Bearer\s|(?:pass|pwd|secret|token|key|credential|dsn|connection)\w*["']?[ \t]*[=:]/i;
/** Longest string searched for shapes; a longer one is searched in its first part only. */
const MAX_SEARCH_CHARS = 1 << 20;
/**
 * The secret parts of `text` by shape (see SECRET_SHAPES), in order of appearance; empty for most
 * strings. A PEM private key yields the whole block and each line of its body, so a key printed one
 * line at a time (Terraform's heredoc) is still found line by line.
 */
function findSecretShapes(text) {
    if (text.length < 8 || !PREFILTER.test(text))
        return [];
    const searched = text.length > MAX_SEARCH_CHARS ? text.slice(0, MAX_SEARCH_CHARS) : text;
    const found = [];
    for (const shape of SECRET_SHAPES) {
        shape.pattern.lastIndex = 0;
        for (const match of searched.matchAll(shape.pattern)) {
            const secret = unquote(match[shape.group] ?? '');
            if (secret === '')
                continue;
            found.push(secret);
            if (shape.group === 0 && secret.startsWith('-----BEGIN'))
                found.push(...pemBodyLines(secret));
        }
    }
    ASSIGNMENT.lastIndex = 0;
    for (const match of searched.matchAll(ASSIGNMENT)) {
        const value = unquote(match[2]);
        if ((0,secret_names/* isSecretName */.eh)(match[1]) && (0,secret_names/* looksLikeSecretText */.P6)(value))
            found.push(value);
    }
    return found;
}
/** True when the whole of `text` (trimmed) is one secret found by shape, such as a bare token or key. */
function isSecretShape(text) {
    const trimmed = text.trim();
    const found = findSecretShapes(trimmed);
    return found.length > 0 && found[0] === trimmed;
}
/** The lines between BEGIN and END, each trimmed; real newlines or `\n` escapes (a key inside a JSON string). */
function pemBodyLines(block) {
    return block
        .split(/\\n|\r?\n/)
        .slice(1, -1)
        .map(line => line.trim())
        .filter(line => line.length >= 4);
}
function unquote(text) {
    return /^(["']).*\1$/s.test(text) ? text.slice(1, -1) : text;
}

;// CONCATENATED MODULE: ./src/analysis/sensitive-values.ts



/** Deeper values are not walked: Terraform never nests this far, and a hostile plan must not overflow the stack. */
const MAX_WALK_DEPTH = 100;
/** JSON documents in strings are parsed for names and pairs up to this size. */
const MAX_JSON_CHARS = 1 << 20;
/** A JSON document worth parsing mentions a secret-ish name (shapes were already searched in its text). */
const NAMES_IN_JSON = /pass|pwd|secret|token|key|credential|dsn|connection/i;
/** The child of a sensitivity/unknown mark tree: `true` covers all children; otherwise index into it. */
function childMark(mark, key) {
    if (mark === true)
        return true;
    if (mark === null || typeof mark !== 'object')
        return undefined;
    return mark[key];
}
/**
 * Adds everything under a `true` mark to `sink`: every non-empty string, every number as JSON
 * writes it, and every map key (a map built from a sensitive value is sensitive as a whole, keys
 * included). Booleans and null are left out.
 */
function addAllStrings(value, sink, depth = 0) {
    if (depth > MAX_WALK_DEPTH)
        return;
    if (typeof value === 'string') {
        if (value !== '')
            sink.add(value);
        return;
    }
    if (typeof value === 'number') {
        if (Number.isFinite(value))
            sink.add(String(value));
        return;
    }
    if (value === null || typeof value !== 'object')
        return;
    if (Array.isArray(value)) {
        for (const child of value)
            addAllStrings(child, sink, depth + 1);
        return;
    }
    const record = value;
    for (const key in record) {
        if (key !== '')
            sink.add(key);
        addAllStrings(record[key], sink, depth + 1);
    }
}
/**
 * Walks `value` with its sensitivity mark tree and adds to `sink` everything marked sensitive, and
 * every unmarked string that is a secret by name, shape or pair. `name` is the attribute (or output,
 * or variable) the value is stored under, when the caller knows it.
 */
function collectSensitiveStrings(value, mark, sink, depth = 0, name) {
    if (depth > MAX_WALK_DEPTH)
        return;
    if (mark === true) {
        addAllStrings(value, sink, depth);
        return;
    }
    if (typeof value === 'string') {
        inspectString(value, name, sink, depth);
        return;
    }
    if (value === null || typeof value !== 'object')
        return;
    const marks = mark !== null && typeof mark === 'object' ? mark : undefined;
    // Every value of every entry comes through here: plain loops, no per-object entry arrays.
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            collectSensitiveStrings(value[i], marks?.[i], sink, depth + 1, name);
        return;
    }
    const record = value;
    collectPair(record, sink);
    // for-in walks JSON.parse's objects from V8's enum cache without building a key array per object
    // (they have only own data properties; Object.prototype has no enumerable ones).
    for (const key in record) {
        const child = record[key];
        if (key.length >= 8)
            for (const secret of findSecretShapes(key))
                sink.add(secret);
        // Below a name that is the secret (`password = { value = … }`, `secrets = [...]`), every string that looks like one is.
        if (child !== null && typeof child === 'object' && (0,secret_names/* isSecretName */.eh)(key))
            addSecretLeaves(child, sink, depth + 1);
        collectSensitiveStrings(child, marks?.[key], sink, depth + 1, key);
    }
}
/** Both sides of one change (a resource_changes, resource_drift or output_changes entry). */
function collectChangeSecrets(change, sink, name) {
    collectSensitiveStrings(change.before, change.before_sensitive, sink, 0, name);
    collectSensitiveStrings(change.after, change.after_sensitive, sink, 0, name);
}
/**
 * One resource of `prior_state` or `planned_values` (`values` with its `sensitive_values` marks):
 * a value marked only there (a data source read while planning) is a secret too.
 */
function collectStateResourceSecrets(resource, sink) {
    if (resource === null || typeof resource !== 'object')
        return;
    const { values, sensitive_values: marks } = resource;
    collectSensitiveStrings(values, marks, sink);
}
/**
 * Values of root variables: all of a variable declared sensitive (Terraform writes its value in clear
 * in `variables`), and secrets by name, shape or pair in the others.
 */
function collectVariableSecrets(header, sink) {
    const variables = header.variables;
    if (!variables || typeof variables !== 'object')
        return;
    const sensitive = new Set(Array.isArray(header.sensitive_variables) ? header.sensitive_variables : []);
    for (const [name, variable] of Object.entries(variables)) {
        if (!variable || typeof variable !== 'object')
            continue;
        collectSensitiveStrings(variable.value, sensitive.has(name) ? true : undefined, sink, 0, name);
    }
}
/** True when any leaf of a mark tree is `true` (the value is sensitive somewhere inside). */
function hasTrueMark(mark, depth = 0) {
    if (mark === true)
        return true;
    // Too deep to inspect: assume sensitive, never the other way round.
    if (depth > MAX_WALK_DEPTH)
        return true;
    if (mark === null || typeof mark !== 'object')
        return false;
    return Object.values(mark).some(child => hasTrueMark(child, depth + 1));
}
/**
 * The differ's decision about an unmarked string Terraform did not mark: true when it sits under a
 * name that is the secret itself (any attribute or key on its path: `password`, or `password.value`
 * inside a secret block) and looks like one, or when the whole string is a secret by shape (a bare
 * token, key or JWT). Numbers, booleans, ids, ARNs, lengths and policies are never hidden by name.
 */
function isSecretString(path, value) {
    if (isSecretShape(value))
        return true;
    if (!(0,secret_names/* looksLikeSecretText */.P6)(value))
        return false;
    return path.some(step => typeof step === 'string' && step !== '{json}' && (0,secret_names/* isSecretName */.eh)(step));
}
/** Adds every string below a secret name that looks like a secret. */
function addSecretLeaves(value, sink, depth) {
    if (depth > MAX_WALK_DEPTH)
        return;
    if (typeof value === 'string') {
        if ((0,secret_names/* looksLikeSecretText */.P6)(value))
            sink.add(value);
        return;
    }
    if (value === null || typeof value !== 'object')
        return;
    for (const child of Object.values(value))
        addSecretLeaves(child, sink, depth + 1);
}
/** An unmarked string: a secret by its name, or holding secrets by shape, or a JSON document holding some. */
function inspectString(value, name, sink, depth) {
    if (value === '')
        return;
    if (name !== undefined && (0,secret_names/* isSecretName */.eh)(name) && (0,secret_names/* looksLikeSecretText */.P6)(value)) {
        sink.add(value);
        return;
    }
    for (const secret of findSecretShapes(value))
        sink.add(secret);
    const document = parseJsonDocument(value);
    if (document !== undefined)
        collectSensitiveStrings(document, undefined, sink, depth + 1);
}
/** `{ name = "DB_PASSWORD", value = "…" }`: Helm `set`, container `environment`, build environment variables. */
function collectPair(record, sink) {
    const name = firstString(record.name, record.key, record.Name, record.Key);
    if (name === undefined)
        return;
    const value = firstString(record.value, record.Value);
    if (value !== undefined && (0,secret_names/* isSecretName */.eh)(name) && (0,secret_names/* looksLikeSecretText */.P6)(value))
        sink.add(value);
}
function firstString(...candidates) {
    for (const candidate of candidates)
        if (typeof candidate === 'string')
            return candidate;
    return undefined;
}
/** The object or array a string holds as JSON, when it is one worth reading for names and pairs. */
function parseJsonDocument(text) {
    if (text.length < 2 || text.length > MAX_JSON_CHARS)
        return undefined;
    const first = text.trimStart()[0];
    if ((first !== '{' && first !== '[') || !NAMES_IN_JSON.test(text))
        return undefined;
    try {
        const parsed = JSON.parse(text);
        return parsed !== null && typeof parsed === 'object' ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 47508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ relativeToWorkspace)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Paths as the workspace sees them: annotations, manifests, markers and reports name folders and
 * files relative to the repository root, with `/` separators on every platform.
 */

/**
 * `path` (resolved against `base`, the workspace unless given) relative to the workspace, with `/`
 * separators; `.` for the workspace itself.
 */
function relativeToWorkspace(path, workspace, base = workspace) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace), (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(base, path));
    return rel === '' ? '.' : rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}


/***/ }),

/***/ 50001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   n: () => (/* binding */ isRootStack),
/* harmony export */   p1: () => (/* binding */ parseUrn),
/* harmony export */   pR: () => (/* binding */ isDefaultProvider)
/* harmony export */ });
/**
 * Pulumi resource URNs: `urn:pulumi:<stack>::<project>::<qualified type>::<name>`, where the
 * qualified type is the parent types and the resource's own type joined by `$`, and the name is
 * everything after the third `::` (names may themselves contain `::`).
 */
const PREFIX = 'urn:pulumi:';
/** Parses a URN; undefined when it does not have the four parts. */
function parseUrn(urn) {
    if (!urn.startsWith(PREFIX))
        return undefined;
    const parts = urn.slice(PREFIX.length).split('::');
    if (parts.length < 4)
        return undefined;
    const [stack, project, qualified] = parts;
    const name = parts.slice(3).join('::');
    const types = qualified.split('$');
    if (stack === '' || project === '' || types.some(type => type === ''))
        return undefined;
    return { stack, project, type: types[types.length - 1], parentTypes: types.slice(0, -1), name };
}
/** The readable `type::name` form used in reports. */
function displayName(parsed) {
    return `${parsed.type}::${parsed.name}`;
}
/** The root stack resource: `pulumi:pulumi:Stack` with no parent type. */
function isRootStack(parsed) {
    return parsed.type === 'pulumi:pulumi:Stack' && parsed.parentTypes.length === 0;
}
/**
 * A default provider: `pulumi:providers:<package>` named `default` or `default_<version>` (the
 * engine's naming, e.g. `default_6_63_0`). The engine creates these itself; they are no change a
 * reviewer made and never reach `pulumi preview --json`.
 */
function isDefaultProvider(parsed) {
    return (parsed.parentTypes.length === 0 &&
        parsed.type.startsWith('pulumi:providers:') &&
        /^default(_[0-9A-Za-z_-]+)?$/.test(parsed.name));
}


/***/ }),

/***/ 74059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ formatMoney),
/* harmony export */   x: () => (/* binding */ checkCostCeiling)
/* harmony export */ });
/** One finding for the cost check. */
function checkCostCeiling(context) {
    const rule = 'cost-ceiling';
    const ceiling = context.settings.maxMonthlyCostIncrease;
    const cost = context.cost;
    if (ceiling === undefined) {
        const change = cost ? ` Monthly change: ${formatMoney(cost.monthlyChange, cost.currency, true)}.` : '';
        return {
            rule,
            severity: 'pass',
            addresses: [],
            message: `No cost ceiling for '${context.environment}'.${change}`
        };
    }
    if (!cost) {
        if (!context.hasChanges)
            return {
                rule,
                severity: 'pass',
                addresses: [],
                message: 'The plan changes nothing, so its cost does not change.'
            };
        const overridden = context.costOverride;
        return {
            rule,
            severity: overridden ? 'warn' : context.missingCostEstimate,
            addresses: [],
            message: `'${context.environment}' has a cost ceiling of ${ceiling}/month but no Infracost estimate was given (input infracost_json), so the cost cannot be checked${overridden ? '; allowed by cost_override' + reasonText(context.overrideReason) : ''}.`,
            remedy: 'Run `infracost diff --format json --out-file infracost.json` (or breakdown) on the plan and pass the file as infracost_json.'
        };
    }
    const addresses = cost.resources
        .filter(resource => resource.monthlyChange > 0)
        .map(resource => resource.address)
        .slice(0, 20);
    const summary = `Monthly cost change ${formatMoney(cost.monthlyChange, cost.currency, true)} (before ${cost.monthlyBefore === null ? 'unknown' : formatMoney(cost.monthlyBefore, cost.currency)}, after ${formatMoney(cost.monthlyAfter, cost.currency)})`;
    const baseline = cost.monthlyBefore === null && cost.monthlyChange === cost.monthlyAfter
        ? ' The file has no past costs, so the whole total counts as the increase.'
        : '';
    if (cost.monthlyChange <= ceiling) {
        return {
            rule,
            severity: 'pass',
            addresses,
            message: `${summary} is within the ceiling of ${formatMoney(ceiling, cost.currency)} for '${context.environment}'.`
        };
    }
    if (context.costOverride) {
        return {
            rule,
            severity: 'warn',
            addresses,
            message: `${summary} exceeds the ceiling of ${formatMoney(ceiling, cost.currency)} for '${context.environment}': allowed by cost_override${reasonText(context.overrideReason)}.${baseline}`
        };
    }
    return {
        rule,
        severity: 'deny',
        addresses,
        message: `${summary} exceeds the ceiling of ${formatMoney(ceiling, cost.currency)} per month for '${context.environment}'.${baseline}`,
        remedy: 'Reduce the cost of the change, or re-run with cost_override=true (and override_reason) after the increase is approved.'
    };
}
function reasonText(reason) {
    return reason.trim() ? ` (reason: ${reason.trim()})` : '';
}
/** `+123.45 USD`, `-5.00 EUR`. */
function formatMoney(amount, currency, signed = false) {
    const sign = signed && amount > 0 ? '+' : '';
    return `${sign}${amount.toFixed(2)} ${currency}`;
}


/***/ }),

/***/ 42191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kt: () => (/* reexport */ buildWebhookPayload),
  jE: () => (/* reexport */ driftIssueTitle),
  B9: () => (/* reexport */ renderDeploymentRecord),
  EI: () => (/* reexport */ renderDriftReport),
  Et: () => (/* reexport */ renderGateLog),
  C_: () => (/* reexport */ renderGateReport),
  zk: () => (/* reexport */ renderPlanComment),
  QP: () => (/* reexport */ renderPlanReport),
  PD: () => (/* reexport */ renderValidateSummary)
});

// UNUSED EXPORTS: scrubSensitive

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/analysis/pulumi-rollback.ts
var pulumi_rollback = __webpack_require__(64839);
// EXTERNAL MODULE: ./src/analysis/rollback.ts + 1 modules
var rollback = __webpack_require__(63420);
// EXTERNAL MODULE: ./src/analysis/pulumi-facts.ts
var pulumi_facts = __webpack_require__(7884);
// EXTERNAL MODULE: ./src/analysis/instance-keys.ts
var instance_keys = __webpack_require__(86692);
;// CONCATENATED MODULE: ./src/render/address.ts
/**
 * Resource addresses as a reviewer must see them. An address is the action's anchor for "what is
 * destroyed", so it is never replaced by plan-chosen text: its type, name and module names are
 * configuration identifiers and always shown; only a sensitive value inside an instance key
 * (`db["<secret>"]`) is redacted. Invisible characters are escaped (by Terraform, and again by the
 * escaper); letters outside ASCII are named next to the address, so `db["prоd"]` with a Cyrillic `о`
 * cannot pass for `db["prod"]`. Hostile lengths are shortened visibly, keeping both ends.
 */
/** Scripts named when letters of several are mixed in one address (the usual homoglyph sources). */
const SCRIPTS = [
    'Latin',
    'Cyrillic',
    'Greek',
    'Armenian',
    'Cherokee',
    'Georgian',
    'Arabic',
    'Hebrew',
    'Devanagari',
    'Thai',
    'Han',
    'Hiragana',
    'Katakana',
    'Hangul'
];
const SCRIPT_TESTS = SCRIPTS.map(name => ({ name, test: new RegExp(`\\p{Script=${name}}`, 'u') }));
/** Distinct non-ASCII code points listed at most. */
const LISTED_CODE_POINTS = 4;
/** Instance keys are redacted by the analysis' rule, shared with the redacted plan.json. */

/** Shortens an address longer than `max` code points to its beginning and end, saying how long it is. */
function shortenAddress(address, max) {
    if (address.length <= max)
        return address;
    const chars = Array.from(address);
    if (chars.length <= max)
        return address;
    const tail = Math.min(24, Math.floor(max / 4));
    const head = Math.max(1, max - tail - 1);
    return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}
/**
 * Why an address needs a closer look: its length when shortened, and the non-ASCII characters in it
 * (with "mixed scripts" when letters of several scripts are mixed). Empty for ordinary addresses.
 */
function addressWarnings(address, shortened) {
    const warnings = [];
    if (shortened)
        warnings.push(`${Array.from(address).length} characters, shortened`);
    // eslint-disable-next-line no-control-regex
    if (!/[^\u0000-\u007f]/.test(address))
        return warnings;
    const points = [];
    const scripts = new Set();
    let more = 0;
    for (const char of new Set(Array.from(address))) {
        const code = char.codePointAt(0);
        if (code < 0x80) {
            if (/[A-Za-z]/.test(char))
                scripts.add('Latin');
            continue;
        }
        for (const script of SCRIPT_TESTS)
            if (script.test.test(char))
                scripts.add(script.name);
        if (points.length < LISTED_CODE_POINTS)
            points.push(`U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
        else
            more++;
    }
    const mixed = scripts.size > 1 ? ` (mixed scripts: ${[...scripts].join(', ')})` : '';
    warnings.push(`non-ASCII ${points.join(' ')}${more > 0 ? ` and ${more} more` : ''}${mixed}`);
    return warnings;
}

;// CONCATENATED MODULE: ./src/render/escape.ts
/**
 * Escaping for everything a plan can put into a report. Plan content (addresses, values, keys,
 * output names, messages quoting them) is hostile until proven otherwise: it must not be able to
 * start Markdown constructs, close or open HTML (`</details>`, `<!--`), break a table, @-mention
 * anyone, render math, or start a line (so it can never become a `::workflow-command::`).
 *
 * Approach: plan text never starts a line (every line begins with the renderer's own structure),
 * control characters become visible escapes, and every character that has inline meaning is
 * written as a numeric character reference. References are decoded for display, so the reader sees
 * (and copies) the real text while the Markdown parser never sees a delimiter.
 */
/**
 * Characters with inline meaning in GitHub Markdown: HTML and entities, code spans, emphasis,
 * strikethrough, tables, math, mentions and issue references. `[` `]` `(` `)` stay readable (addresses
 * are full of them); a link needs `](` or `][`, so a `(` or `[` right after `]` is encoded instead.
 */
const ALWAYS_ENCODED = new Set(['&', '<', '>', '`', '*', '|', '~', '\\', '$', '@', '#']);
/**
 * Characters a reader cannot see or that change how the text around them is shown: control
 * characters, every Unicode format character (category Cf: zero-width spaces and joiners, bidi
 * marks and overrides, soft hyphen, word joiner, invisible operators, tag characters, BOM), line and
 * paragraph separators, and the few letters and marks that render as nothing (Hangul fillers,
 * combining grapheme joiner, Khmer inherent vowels, braille blank). They are written as `\\uXXXX`.
 */
const INVISIBLE_CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115f\u1160\u2800\u3164\uffa0]|\u034f|\u17b4|\u17b5/u;
/** Zero-width joiner: placed after `@` and `#` in prose so GitHub sees no handle and no issue reference. */
const ZWJ_ENTITY = '&#8205;';
function isAsciiAlphanumeric(char) {
    return char !== undefined && /^[A-Za-z0-9]$/.test(char);
}
/** Makes control, format and direction characters visible instead of letting them act. */
function describeControl(char) {
    if (char === '\n')
        return '\\n';
    if (char === '\r')
        return '\\r';
    if (char === '\t')
        return '\\t';
    const code = char.codePointAt(0);
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * What GitHub turns into a link by itself, in plan text and even inside `<code>` (its autolinker works
 * on the Markdown text, before HTML): `scheme://` URLs, `www.` hosts, e-mail addresses (`a@b.c`) and
 * `GH-77` references. Each match names the offset (UTF-16) after which a zero-width joiner breaks it.
 */
const AUTOLINKS = [
    /\b[a-z][a-z0-9+.-]{0,30}:(?=\/\/)/giu,
    /\bwww(?=\.)/giu,
    /(?<=[\p{L}\p{N}._%+-])@(?=[\p{L}\p{N}])/gu,
    /\bgh(?=-\d)/giu
];
/** UTF-16 offsets in `text` after which a joiner must go so nothing autolinks. */
function autolinkBreaks(text) {
    const breaks = new Set();
    for (const pattern of AUTOLINKS) {
        pattern.lastIndex = 0;
        for (let match = pattern.exec(text); match; match = pattern.exec(text))
            breaks.add(match.index + match[0].length);
    }
    return breaks;
}
/**
 * Encodes text for an inline Markdown context. Invisible characters become visible escapes; every
 * character with inline meaning becomes a character reference; a zero-width joiner breaks what GitHub
 * would autolink (URLs, `www.` hosts, e-mail addresses, `GH-77`). `prose` also puts one after every
 * `@` and `#`, so even a renderer that decodes references before mention detection sees no handle or
 * issue number; code keeps copied text exact there (GitHub neither mentions nor references in `<code>`).
 */
function encodeInline(text, prose) {
    let out = '';
    const breaks = /[:@.-]/.test(text) ? autolinkBreaks(text) : undefined;
    const chars = Array.from(text);
    let offset = 0;
    for (let i = 0; i < chars.length; i++) {
        const char = chars[i];
        offset += char.length;
        if (INVISIBLE_CONTROL.test(char)) {
            out += encodeInline(describeControl(char), false);
        }
        else if (char === '@' || char === '#') {
            out += `&#${char.codePointAt(0)};${prose ? ZWJ_ENTITY : ''}`;
        }
        else if (ALWAYS_ENCODED.has(char) || ((char === '(' || char === '[') && chars[i - 1] === ']')) {
            out += `&#${char.codePointAt(0)};`;
        }
        else if (char === '_' && !(isAsciiAlphanumeric(chars[i - 1]) && isAsciiAlphanumeric(chars[i + 1]))) {
            // An underscore between letters can never open or close emphasis (terraform_data stays readable).
            out += '&#95;';
        }
        else {
            out += char;
        }
        if (breaks?.has(offset) && !(prose && (char === '@' || char === '#')))
            out += ZWJ_ENTITY;
    }
    return out;
}
/** Escapes plan-controlled text for use inside a Markdown paragraph, list item, heading or table cell. */
function escapeMarkdown(text) {
    return encodeInline(text, true);
}
/**
 * Renders text as inline code that is safe everywhere, table cells included: `<code>` with
 * character references (a backtick code span cannot hold `|` in a table nor `` ` `` runs reliably).
 */
function inlineCode(text) {
    return `<code>${encodeInline(text, false)}</code>`;
}
/** A table cell: same as prose escaping; empty cells get a visible dash so the table keeps its shape. */
function escapeTableCell(text) {
    return text === '' ? '–' : escapeMarkdown(text);
}
/**
 * Makes one log line inert for the runner: no line breaks, and nothing the runner parses as a
 * command (`::name::` at the start of a line, the legacy `##[name]` anywhere).
 */
function escapeLogLine(text) {
    const out = showInvisible(text);
    // A zero-width space inside every `::` and `##[` breaks the command syntax wherever the runner looks.
    return out.replace(/##\[/g, '##\u200b[').replace(/::/g, ':\u200b:');
}
/**
 * Plan text for a fenced code block (commands and configuration blocks to copy): nothing is encoded
 * there, so only what would act or hide is changed: control, format and direction characters become
 * `\\uXXXX`, which is also how HCL strings and Terraform addresses write them.
 */
function showInvisible(text) {
    let out = '';
    for (const char of Array.from(text))
        out += INVISIBLE_CONTROL.test(char) ? describeControl(char) : char;
    return out;
}
/** Shortens text to at most `max` characters (code points), marking the cut. */
function truncateText(text, max) {
    // UTF-16 length is never below the code point count: short text needs no splitting.
    if (text.length <= max)
        return text;
    const chars = Array.from(text);
    if (chars.length <= max)
        return text;
    return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
/** A fence longer than any backtick run inside the text, so file content cannot close it. */
function codeFence(text) {
    const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), match => match[0].length));
    return '`'.repeat(longest + 1);
}

// EXTERNAL MODULE: ./src/analysis/plan-secrets.ts
var plan_secrets = __webpack_require__(49759);
;// CONCATENATED MODULE: ./src/render/scrub.ts
/**
 * Removing secrets from text. Reports redact plan values where they are rendered (valueScrubber, on
 * the raw value before it is escaped), never the finished Markdown: the action's own words cannot be
 * replaced by a plan that marks them sensitive. scrubSensitive, which works on finished text in every
 * form a renderer could have written a secret (raw, JSON-quoted, Markdown-escaped, inside `<code>`,
 * as a log line), is for text the action does not compose, such as Terraform's own plan output.
 * What is searched for where (strong and weak secrets) is analysis/plan-secrets.ts's rule.
 */


/** The escaped forms a secret takes in rendered output, besides the raw and JSON-escaped ones. */
const RENDERED = {
    extraForms: value => [
        escapeMarkdown(value),
        inlineCode(value).slice('<code>'.length, -'</code>'.length),
        escapeLogLine(value)
    ]
};
/**
 * The scrubber for raw plan values (and JSON-quoted ones, as diffs show strings): every collected
 * secret, and a cut-off beginning of a strong one, becomes `(sensitive)`. Built once per set.
 */
function valueScrubber(sensitiveValues) {
    return (0,plan_secrets/* planSecrets */.Ds)(sensitiveValues).scrub;
}
/**
 * Replaces every secret in `text` with `(sensitive)`: strong secrets wherever they occur (also cut
 * off before `…`), weak ones (short, or words only) where they stand as a whole quoted value.
 */
function scrubSensitive(text, sensitiveValues) {
    return planSecrets(sensitiveValues, RENDERED).scrub(text);
}

;// CONCATENATED MODULE: ./src/render/context.ts
/**
 * What the renderers need besides the analysis, and the small toolkit every section uses to turn
 * plan-controlled strings into safe Markdown (redact plan values first, then cut, then escape).
 */





const SUMMARY_PROFILE = {
    addressesPerReason: 200,
    addressesPerFinding: 500,
    detailsPerReason: 100,
    addressesPerGroup: 200,
    addressChars: 400,
    linesPerResource: 400
};
const COMMENT_PROFILE = {
    addressesPerReason: 10,
    addressesPerFinding: 20,
    detailsPerReason: 10,
    addressesPerGroup: 10,
    addressChars: 120,
    linesPerResource: 60
};
/** Renders the action's own words: plain text escaped, `code` spans as inline code. */
function ownWords(text) {
    return text
        .split('`')
        .map((part, index) => (index % 2 === 1 ? inlineCode(part) : escapeMarkdown(part)))
        .join('');
}
/** Builds the toolkit. */
function createKit(sensitive, profile) {
    const scrub = valueScrubber(sensitive);
    const kit = {
        profile,
        scrub,
        own: ownWords,
        text: (value, max = 2000) => escapeMarkdown(truncateText((0,instance_keys/* redactInstanceKeys */.$)(String(value), scrub), max)),
        code: (value, max = 400) => inlineCode(truncateText(String(value), max)),
        value: (value, max = constants/* LIMIT */.uK.attributeValueChars) => inlineCode(truncateText(scrub(String(value)), max)),
        planText: (value, max = 2000) => escapeMarkdown(truncateText(scrub(String(value)), max)),
        address: address => {
            const redacted = (0,instance_keys/* redactInstanceKeys */.$)(String(address), scrub);
            const shown = shortenAddress(redacted, profile.addressChars);
            const warnings = addressWarnings(redacted, shown !== redacted);
            const code = inlineCode(shown);
            // A Pulumi URN reads as `type::name`, with the full URN (what commands and policies take) alongside.
            const display = redacted.startsWith('urn:pulumi:') ? (0,pulumi_facts/* pulumiDisplayName */.Yp)(redacted) : undefined;
            const named = display
                ? `${inlineCode(shortenAddress(display, profile.addressChars))} (URN ${code})`
                : code;
            return warnings.length > 0 ? `${named} (⚠️ ${warnings.join('; ')})` : named;
        },
        addresses: (addresses, limit, alsoOmitted = 0) => {
            const shown = addresses.slice(0, limit).map(address => kit.address(address));
            const omitted = addresses.length - shown.length + alsoOmitted;
            if (shown.length === 0)
                return omitted > 0 ? `${omitted} address(es)` : '–';
            return omitted > 0 ? `${shown.join(', ')} and ${omitted} more` : shown.join(', ');
        },
        parts: parts => parts
            .map(part => typeof part === 'string'
            ? ownWords(part)
            : 'address' in part
                ? kit.address(part.address)
                : kit.value(part.value))
            .join('')
    };
    return kit;
}

;// CONCATENATED MODULE: ./src/render/document.ts
/**
 * Assembles report sections under a size budget. A section is a head, a list of items and a tail;
 * when the whole report does not fit, essential sections (header, risk, gate, destructive changes,
 * rollback warnings) are kept first, lists are cut from the end with a visible "… N more" line,
 * optional sections that no longer fit are left out, and a note names what was left out and where the
 * full report is. Cuts fall between whole items, never inside one (an item is a whole block: a line,
 * a `<details>` with its content, a fenced command), and sections never lose their tail, so a
 * `<details>` that was opened is always closed and no character reference is ever split.
 */
const SEPARATOR = '\n\n';
/** Renders one section with its first `kept` items. */
function renderSection(section, kept) {
    const lines = [...section.head, ...section.items.slice(0, kept)];
    const omitted = section.items.length - kept + (section.alsoOmitted ?? 0);
    if (omitted > 0)
        lines.push((section.more ?? defaultMore)(omitted));
    lines.push(...section.tail);
    return lines.join('\n');
}
function defaultMore(omitted) {
    return `- … ${omitted} more not shown here`;
}
/** Joins every section in full; what a report looks like when nothing needs cutting. */
function joinSections(sections) {
    return sections.map(section => renderSection(section, section.items.length)).join(SEPARATOR);
}
/** Fits sections into the budget as described above; always returns text within the budget when possible. */
function fitSections(sections, options) {
    const full = joinSections(sections);
    if (options.measure(full) <= options.budget)
        return full;
    const { measure } = options;
    // Worst-case note: every section named. Reserving it up front means adding it can never overflow.
    let remaining = options.budget - measure(options.note(sections.map(s => s.title))) - SEPARATOR.length;
    const placed = sections.map(section => ({ section, keptItems: 0, included: false }));
    // The skeleton of every essential section (head, tail, a "more" line) comes first.
    for (const entry of placed.filter(p => p.section.essential)) {
        remaining -= measure(renderSection(entry.section, 0)) + SEPARATOR.length;
        entry.included = true;
    }
    const byPriority = (list) => list
        .map(entry => ({ entry, rank: entry.section.priority ?? placed.indexOf(entry) }))
        .sort((a, b) => a.rank - b.rank)
        .map(item => item.entry);
    const fill = (entry) => {
        for (const item of entry.section.items) {
            const cost = measure(item) + 1;
            if (cost > remaining)
                break;
            remaining -= cost;
            entry.keptItems++;
        }
    };
    for (const entry of byPriority(placed.filter(p => p.section.essential)))
        fill(entry);
    // If an essential list had to be cut, optional sections would only take space from it: leave them out.
    const essentialsCut = placed.some(p => p.section.essential && p.keptItems < p.section.items.length);
    for (const entry of byPriority(placed.filter(p => !p.section.essential && !essentialsCut))) {
        const skeleton = measure(renderSection(entry.section, 0)) + SEPARATOR.length;
        // An optional section is only worth showing if it fits with at least one item (or has none).
        const firstItem = entry.section.items.length > 0 ? measure(entry.section.items[0]) + 1 : 0;
        if (skeleton + firstItem > remaining)
            continue;
        remaining -= skeleton;
        entry.included = true;
        fill(entry);
    }
    const cut = placed
        .filter(p => !p.included || p.keptItems < p.section.items.length)
        .map(p => p.section.title);
    const body = placed.filter(p => p.included).map(p => renderSection(p.section, p.keptItems));
    // The note goes right after the first section (the header) so a reviewer sees it without scrolling.
    body.splice(Math.min(1, body.length), 0, options.note(cut));
    return body.join(SEPARATOR);
}
/** UTF-8 size, the unit GitHub uses for the job summary limit. */
function utf8Bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** UTF-16 length, never smaller than the character count GitHub checks comments against. */
function charLength(text) {
    return text.length;
}
/**
 * The longest beginning of `text` within `budget` that ends between whole blocks: never inside a
 * fenced code block or an open `<details>`, never inside a line (so never inside a character
 * reference). For text that must be cut without sections (a last resort).
 */
function cutBetweenBlocks(text, budget, measure) {
    if (measure(text) <= budget)
        return text;
    const lines = text.split('\n');
    let size = 0;
    let depth = 0;
    let fence;
    let safe = 0;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        size += measure(line) + 1;
        if (size > budget)
            break;
        const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
        if (fence !== undefined) {
            if (marker !== undefined && marker.startsWith(fence) && line.trim() === marker)
                fence = undefined;
        }
        else if (marker !== undefined) {
            fence = marker;
        }
        else {
            depth += (line.match(/<details>/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
        }
        if (fence === undefined && depth <= 0)
            safe = i + 1;
    }
    return lines.slice(0, safe).join('\n');
}

// EXTERNAL MODULE: ./src/analysis/action-reasons.ts
var action_reasons = __webpack_require__(7426);
// EXTERNAL MODULE: ./src/analysis/diff/index.ts + 16 modules
var analysis_diff = __webpack_require__(75495);
;// CONCATENATED MODULE: ./src/render/diff/render-diff.ts
/**
 * Markdown for one resource's structural diff: a nested list, one change per line, with Terraform's
 * markers (`+` added, `-` removed, `~` changed) in front of each path. No tables, so it reads on a
 * phone. Every plan string is scrubbed, then escaped as inline code; plan text never starts a line.
 */


const MARKER = { added: '+', removed: '-', changed: '~' };
/** Markdown list lines for one resource diff; empty when nothing changed. */
function renderResourceDiff(diff, options = {}) {
    const out = new Output(options.scrub ?? (text => text));
    const lines = renderNodes(out, diff, options.collapsePending !== false);
    return options.maxLines === undefined ? lines : capLines(lines, options.maxLines);
}
/**
 * Markdown list lines for one change at the bottom of a diff, at its path with list positions shown
 * as `[*]`: the line a group of identical changes across resources prints once.
 */
function renderLeaf(leaf, options = {}) {
    const out = new Output(options.scrub ?? (text => text));
    out.node(leaf.node, leaf.shownPath, 0, undefined);
    return options.maxLines === undefined ? out.lines : capLines(out.lines, options.maxLines);
}
/** The first lines up to `max`, cut before a top-level item, and a line counting the rest. */
function capLines(lines, max) {
    if (lines.length <= max)
        return lines;
    let end = max;
    // Never leave a nested entry without its parent line: cut where a top-level item starts.
    while (end > 1 && lines[end].startsWith(' '))
        end--;
    const rest = lines.slice(end);
    const items = rest.filter(line => line.startsWith('- ')).length;
    return [
        ...lines.slice(0, end),
        `- … ${rest.length} more line(s) of this diff (${items} change(s)) not shown`
    ];
}
function renderNodes(out, diff, collapse) {
    // New attributes whose value is known only after apply say one thing together: their names.
    const pending = collapse ? diff.nodes.filter(isPendingAttribute) : [];
    for (const node of diff.nodes)
        if (!pending.includes(node))
            out.node(node, node.key === '' ? [] : [node.key], 0);
    if (pending.length > 0) {
        const names = pending.map(node => out.code(formatPath([node.key]))).join(', ');
        const forcing = pending.some(node => node.forcesReplacement) ? ' — ⚠️ one or more force replacement' : '';
        out.item(0, `${inlineCode('+')} ${pending.length} attribute(s) known after apply: ${names}${forcing}`);
    }
    const listed = countListed(diff.nodes);
    if (diff.omitted > listed)
        out.item(0, `… ${diff.omitted - listed} more change(s) not shown`);
    for (const path of diff.unmatchedReplacePaths) {
        out.item(0, `${out.code(formatPath(path))} — ⚠️ forces replacement (Terraform's replace_paths)`);
    }
    return out.lines;
}
/** A top-level attribute that is new and known only after apply. */
function isPendingAttribute(node) {
    return node.kind === 'value' && node.action === 'added' && node.after?.kind === 'unknown' && node.key !== '';
}
/** Omitted counts already printed next to their nodes. */
function countListed(nodes) {
    let total = 0;
    for (const node of nodes) {
        if (node.kind === 'object' || node.kind === 'json' || node.kind === 'list')
            total += node.omitted + countListed(node.children);
    }
    return total;
}
/** `tags.Owner`, `ingress[0].cidr_blocks`, `labels["app.kubernetes.io/name"]`, `(value)` for the root. */
function formatPath(path) {
    let text = '';
    for (const segment of path) {
        if (segment === analysis_diff/* ANY_ELEMENT */.wM)
            text += '[*]';
        else if (typeof segment === 'number')
            text += `[${segment}]`;
        else if (segment === '{json}')
            text += text === '' ? '(JSON)' : ' (JSON)';
        else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment))
            text += text === '' ? segment : `.${segment}`;
        else
            text += `[${JSON.stringify(segment)}]`;
    }
    return text === '' ? '(value)' : text;
}
class Output {
    scrub;
    lines = [];
    constructor(scrub) {
        this.scrub = scrub;
    }
    code(text) {
        return inlineCode(this.scrub(text));
    }
    item(depth, text) {
        this.lines.push(`${'  '.repeat(depth)}- ${text}`);
    }
    /** `~ path` as code (or `~ label`, e.g. a list index, in place of the path). */
    head(action, path, label) {
        return inlineCode(`${MARKER[action]} ${label ?? this.scrub(formatPath(path))}`);
    }
    shown(value) {
        if (!value)
            return '_null_';
        if (value.kind === 'sensitive')
            return '_(sensitive)_';
        if (value.kind === 'unknown')
            return '_(known after apply)_';
        if (value.cut === undefined)
            return this.code(value.text);
        return `${inlineCode(`${this.scrub(value.text)}…`)} (${value.cut} more character(s))`;
    }
    node(node, path, depth, label) {
        const flags = node.forcesReplacement ? ' — ⚠️ forces replacement' : '';
        switch (node.kind) {
            case 'value': {
                const head = this.head(node.action, path, label);
                if (node.action === 'added')
                    return this.item(depth, `${head}: ${this.shown(node.after)}${flags}`);
                if (node.action === 'removed')
                    return this.item(depth, `${head}: ${this.shown(node.before)}${flags}`);
                return this.item(depth, `${head}: ${this.shown(node.before)} → ${this.shown(node.after)}${flags}`);
            }
            case 'sensitive': {
                const what = node.action === 'changed'
                    ? node.changed
                        ? '_(sensitive, changed)_'
                        : '_(sensitive, unchanged)_'
                    : '_(sensitive)_';
                const marking = node.marking === 'added'
                    ? ' — will be marked sensitive'
                    : node.marking === 'removed'
                        ? ' — will no longer be marked sensitive'
                        : '';
                return this.item(depth, `${this.head(node.action, path, label)}: ${what}${marking}${flags}`);
            }
            case 'object':
                if (flags !== '')
                    this.item(depth, `${this.head('changed', path)}${flags}`);
                for (const child of node.children)
                    this.node(child, [...path, child.key], depth);
                if (node.omitted > 0)
                    this.item(depth, `… ${node.omitted} more changed attribute(s) under ${this.code(formatPath(path))}`);
                return;
            case 'list':
                return this.list(node, path, depth, flags);
            case 'json':
                return this.json(node, path, depth, flags);
            case 'lines':
                return this.linesNode(node, path, depth, flags);
            case 'text':
                return this.text(node, path, depth, flags);
        }
    }
    list(node, path, depth, flags) {
        const counts = { added: 0, removed: 0, changed: 0 };
        for (const child of node.children)
            counts[child.action]++;
        const facts = [
            counts.removed > 0 ? `${counts.removed} removed` : '',
            counts.added > 0 ? `${counts.added} added` : '',
            counts.changed > 0 ? `${counts.changed} changed` : '',
            node.unchanged > 0 ? `${node.unchanged} unchanged` : '',
            node.omitted > 0 ? `${node.omitted} more not shown` : ''
        ].filter(fact => fact !== '');
        this.item(depth, `${this.head(node.action, path)}: ${facts.join(', ')}${flags}`);
        for (const child of node.children)
            this.element(child, depth + 1);
    }
    element(child, depth) {
        const index = child.beforeIndex !== undefined &&
            child.afterIndex !== undefined &&
            child.beforeIndex !== child.afterIndex
            ? `[${child.beforeIndex}→${child.afterIndex}]`
            : `[${child.afterIndex ?? child.beforeIndex ?? child.key}]`;
        if (child.kind === 'object' || child.kind === 'list' || child.kind === 'json') {
            const flags = child.forcesReplacement ? ' — ⚠️ forces replacement' : '';
            this.item(depth, `${inlineCode(`${MARKER[child.action]} ${index}`)}${flags}`);
            if (child.kind === 'object') {
                for (const grandchild of child.children)
                    this.node(grandchild, [grandchild.key], depth + 1);
                if (child.omitted > 0)
                    this.item(depth + 1, `… ${child.omitted} more changed attribute(s)`);
            }
            else
                this.node({ ...child, key: '' }, [], depth + 1);
            return;
        }
        // A leaf element: the index stands where the path would be.
        this.node(child, [], depth, index);
    }
    json(node, path, depth, flags) {
        if (node.whitespaceOnly) {
            return this.item(depth, `${this.head('changed', path)}: JSON text reformatted, same document${flags}`);
        }
        this.item(depth, `${this.head(node.action, path)} (JSON document):${flags}`);
        for (const child of node.children)
            this.node(child, child.key === '' ? [] : [child.key], depth + 1);
        if (node.omitted > 0)
            this.item(depth + 1, `… ${node.omitted} more change(s) in the document`);
    }
    linesNode(node, path, depth, flags) {
        const count = (op) => node.hunks.reduce((sum, hunk) => sum + hunk.filter(line => line.op === op).length, 0);
        const facts = [
            `${node.beforeLines} → ${node.afterLines} lines`,
            `${count('removed')} removed`,
            `${count('added')} added`
        ];
        if (node.omitted > 0)
            facts.push(`${node.omitted} more changed`);
        this.item(depth, `${this.head(node.action, path)} (${facts.join(', ')}):${flags}`);
        const symbol = { same: ' ', removed: '-', added: '+' };
        for (const hunk of node.hunks) {
            const first = hunk[0];
            this.item(depth + 1, `line ${first.line}:`);
            for (const line of hunk) {
                const text = `${symbol[line.op]} ${line.skipped ? '…' : ''}${this.scrub(line.text)}${line.cut ? '…' : ''}`;
                this.item(depth + 2, keepIndent(inlineCode(text)));
            }
        }
        if (node.omitted > 0)
            this.item(depth + 1, `… ${node.omitted} more changed line(s) not shown`);
    }
    text(node, path, depth, flags) {
        this.item(depth, `${this.head('changed', path)} (${node.beforeLength} → ${node.afterLength} characters, shown around each difference):${flags}`);
        for (const window of node.windows) {
            const lead = `${window.leadCut ? '…' : ''}${this.scrub(window.lead)}`;
            const trail = `${this.scrub(window.trail)}${window.trailCut ? '…' : ''}`;
            this.item(depth + 1, `at character ${window.offset + 1}:`);
            this.item(depth + 2, `${inlineCode(`- ${lead}${this.scrub(window.removed)}${trail}`)}${cutNote(window.removedCut)}`);
            this.item(depth + 2, `${inlineCode(`+ ${lead}${this.scrub(window.added)}${trail}`)}${cutNote(window.addedCut)}`);
        }
        if (node.omitted > 0)
            this.item(depth + 1, `… ${node.omitted} more difference(s) not shown`);
    }
}
function cutNote(cut) {
    return cut ? ` (${cut} character(s) of the difference left out at the …)` : '';
}
/** Keeps leading spaces of a code line visible (HTML collapses them). */
function keepIndent(code) {
    return code.replace(/^(<code>[-+ ] )( +)/, (_match, head, spaces) => head + '&#160;'.repeat(spaces.length));
}

;// CONCATENATED MODULE: ./src/render/diff/render-key-attributes.ts


/** Markdown list lines, `omitted` counted on a last line. */
function renderKeyAttributes(attributes, omitted = 0, scrub = text => text) {
    const lines = attributes.map(attribute => {
        const value = attribute.value.kind === 'sensitive'
            ? '_(sensitive)_'
            : attribute.value.kind === 'unknown'
                ? '_(known after apply)_'
                : `${inlineCode(scrub(attribute.value.text) + (attribute.value.cut ? '…' : ''))}`;
        return `- ${attribute.concern}: ${inlineCode(scrub(formatPath(attribute.path)))} = ${value}`;
    });
    if (omitted > 0)
        lines.push(`- … ${omitted} more key attribute(s)`);
    return lines;
}

;// CONCATENATED MODULE: ./src/render/resource-block.ts
/**
 * One resource's content as a collapsed block: the structural diff of an update or replacement, the
 * key attributes of a create (network exposure, IAM, encryption, public access, size) or what
 * identifies a deleted or forgotten object. Shared by the plan report and the drift report.
 */



const KIND = {
    delete: 'delete',
    replace: 'replace',
    'create-forget': 'replace, old object forgotten',
    forget: 'forget (not destroyed)',
    create: 'create',
    update: 'update in place',
    read: 'read',
    'no-op': 'no change'
};
const OUTSIDE = {
    update: 'changed outside Terraform',
    delete: 'deleted outside Terraform'
};
/**
 * `<details>` with the resource's lines, or undefined when there is nothing left to show (an update
 * whose every change is shown in a group).
 */
function resourceBlock(change, kit, options = {}) {
    const lines = [];
    let count = 0;
    const diff = options.diff;
    if (diff && (diff.nodes.length > 0 || diff.unmatchedReplacePaths.length > 0)) {
        lines.push(...renderResourceDiff(diff, { scrub: kit.scrub, maxLines: kit.profile.linesPerResource }));
        count += (0,analysis_diff/* leafChanges */.Ys)(diff).length + diff.omitted;
    }
    const keys = change.keyAttributes;
    if (keys && keys.attributes.length + keys.omitted > 0) {
        if (lines.length > 0)
            lines.push('');
        lines.push(...renderKeyAttributes(keys.attributes, keys.omitted, kit.scrub));
    }
    const what = (options.outside ? OUTSIDE[change.kind] : undefined) ?? KIND[change.kind];
    if (lines.length === 0) {
        // Every change is shown in a group elsewhere; or nothing is known beyond the address.
        if (change.diff && diff !== change.diff)
            return undefined;
        return `- ${kit.address(change.address)} — ${what}`;
    }
    const facts = [what];
    if (count > 0)
        facts.push(`${count} change${count === 1 ? '' : 's'}`);
    else if (keys)
        facts.push(`${keys.attributes.length + keys.omitted} key attribute(s)`);
    if (change.diff && diff !== change.diff)
        facts.push('besides the shared changes above');
    return [
        `<details><summary>${kit.address(change.address)} — ${facts.join(' · ')}</summary>`,
        '',
        ...lines,
        '',
        '</details>'
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/render/sections-overview.ts
const RISK_ICON = {
    none: '⚪',
    low: '🟢',
    medium: '🟡',
    high: '🟠',
    critical: '🔴'
};
const SEVERITY_ICON = { deny: '❌', warn: '⚠️', pass: '✅' };
/** "Plan: 1 to import, 1 to add, 2 to change, 3 to destroy." exactly as Terraform words it. */
function describePlanLine(counts) {
    const imports = counts.import > 0 ? `${counts.import} to import, ` : '';
    return `Plan: ${imports}${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy.`;
}
/** The tool that made the plan, for sentences that name it. */
function toolName(analysis) {
    return analysis.pulumi ? 'Pulumi' : 'Terraform';
}
/** What the plan does besides Terraform's three numbers, for the headline: only what is there. */
function describeExtras(analysis, kit) {
    const extras = analysis.pulumi ? describePulumi(analysis.pulumi, kit) : [];
    const failing = analysis.checks.length + analysis.omittedChecks;
    if (failing > 0)
        extras.push(`⚠️ **${failing} check${failing === 1 ? '' : 's'} failing**`);
    if (analysis.counts.move > 0)
        extras.push(`${analysis.counts.move} moved`);
    if (analysis.counts.forget > 0)
        extras.push(`${analysis.counts.forget} forgotten (not destroyed)`);
    const reads = analysis.reads.filter(read => read.actionReason !== undefined).length;
    if (reads > 0)
        extras.push(`${reads} data source${reads === 1 ? '' : 's'} read during apply`);
    if (analysis.driftCount > 0)
        extras.push(`🌪️ ${analysis.driftCount} changed outside ${toolName(analysis)}`);
    return extras;
}
/** A Pulumi plan says which stack it is of, and what Pulumi itself will refuse or reported as errors. */
function describePulumi(pulumi, kit) {
    const what = pulumi.isPreview === false ? 'Pulumi operation (not a preview)' : 'Pulumi preview';
    const stacks = pulumi.stacks.length > 0 ? pulumi.stacks.map(stack => kit.code(stack)).join(', ') : 'unknown';
    const facts = [`${what} of stack ${stacks}`];
    if (pulumi.errorCount > 0)
        facts.push(`🛑 **${pulumi.errorCount} Pulumi error${pulumi.errorCount === 1 ? '' : 's'}**`);
    const protectedDestroys = pulumi.protectedDestroys.length + pulumi.omittedProtectedDestroys;
    if (protectedDestroys > 0)
        facts.push(`🔒 **${protectedDestroys} protected resource${protectedDestroys === 1 ? '' : 's'} deleted or replaced** (Pulumi refuses this at apply)`);
    return facts;
}
/** One line for the gate's decision, honest about dry runs. */
function describeVerdict(verdict, dryRun, preview = false) {
    if (preview)
        return verdict.allowed ? '✅ **Gate preview: would allow**' : '❌ **Gate preview: would deny**';
    if (verdict.allowed)
        return '✅ **Gate: allowed**';
    const suffix = dryRun
        ? ' (dry run: the step does not fail; apply must be skipped on `allowed == false`)'
        : '';
    return `❌ **Gate: denied**${suffix}`;
}
/** Title plus the one-line verdict: risk, Terraform's plan line, gate decision. */
function buildHeader(kind, analysis, context, kit) {
    const head = [
        `## infra-guard ${kind}: ${kit.code(context.workingDirectory)} → ${kit.code(context.environment)}`,
        ''
    ];
    const facts = [];
    if (analysis) {
        const level = analysis.risk.level;
        facts.push(`${RISK_ICON[level]} **Risk: ${level.toUpperCase()}**`, `**${describePlanLine(analysis.counts)}**`);
    }
    else {
        // No analysis: the plan, the policy or an input stopped the gate before it could decide.
        facts.push('🛑 **The gate could not evaluate this plan**');
    }
    if (context.verdict)
        facts.push(describeVerdict(context.verdict, context.dryRun, context.gatePreview));
    if (analysis)
        facts.push(...describeExtras(analysis, kit));
    head.push(facts.join(' · '));
    // Run notes say when a check was relaxed on purpose (allow_stale_plan, overrides): reviewers must see it.
    for (const note of context.notes ?? [])
        head.push('', `> [!NOTE]\n> ${kit.text(note)}`);
    return { title: 'Header', essential: true, head, items: [], tail: [] };
}
/** Anything that makes the plan itself doubtful; the gate fails closed on all of it. */
function buildIntegrity(analysis, kit) {
    const lines = [];
    if (analysis.errored)
        lines.push(`> [!CAUTION]\n> ${toolName(analysis)} reports that planning **errored**; this plan must not be applied.`);
    else if (!analysis.complete)
        lines.push(`> [!WARNING]\n> ${toolName(analysis)} reports this plan as **incomplete** (not every change is known).`);
    if (lines.length === 0 && analysis.unreadable.length === 0)
        return undefined;
    const items = analysis.unreadable.map(entry => `- ${kit.address(entry.address)}: ${kit.text(entry.problem)}`);
    const head = [...lines];
    if (items.length > 0) {
        head.push('', `**${items.length} entr${items.length === 1 ? 'y' : 'ies'} could not be understood** (the gate refuses the plan):`);
    }
    return { title: 'Plan integrity', essential: true, head, items, tail: [] };
}
/** Risk level first, then every reason with the addresses that caused it and what fired it. */
function buildRisk(analysis, kit) {
    const { level, reasons } = analysis.risk;
    const head = [`### ${RISK_ICON[level]} Risk: ${level}`];
    if (reasons.length === 0)
        head.push('', 'No risk rule matched.');
    else
        head.push('');
    const items = reasons.map(reason => {
        const omitted = reason.omittedAddresses ?? 0;
        const details = reason.details ?? [];
        // Where the details name each address with what fired, the address list would only repeat them.
        const where = details.length === 0 && reason.addresses.length + omitted > 0
            ? `: ${kit.addresses(reason.addresses, kit.profile.addressesPerReason, omitted)}`
            : '';
        const lines = [
            `- ${RISK_ICON[reason.level]} **${reason.level}** ${kit.own(reason.description)} (${kit.code(reason.rule)})${where}`
        ];
        const limit = kit.profile.detailsPerReason;
        for (const detail of details.slice(0, limit))
            lines.push(`  - ${kit.address(detail.address)}: ${kit.parts(detail.text)}`);
        const more = details.length - Math.min(limit, details.length) + (details.length > 0 ? omitted : 0);
        if (more > 0)
            lines.push(`  - … ${more} more`);
        return lines.join('\n');
    });
    return {
        title: 'Risk reasons',
        essential: true,
        head,
        items,
        tail: [],
        more: n => `- … ${n} more reason(s)`
    };
}
/** Column titles of the counts table, in Terraform's order, then what makes the numbers up. */
const COUNT_COLUMNS = [
    ['add', 'To add'],
    ['change', 'To change'],
    ['destroy', 'To destroy'],
    ['replace', 'Replace'],
    ['import', 'Import'],
    ['move', 'Move'],
    ['forget', 'Forget'],
    ['read', 'Data reads']
];
/**
 * The counts table, only when it says more than the headline (replacements, imports, moves, forgets,
 * reads), and only with the columns that are not zero, so it fits a phone.
 */
function buildCounts(counts) {
    const columns = COUNT_COLUMNS.filter(([key]) => counts[key] > 0);
    if (!columns.some(([key]) => key !== 'add' && key !== 'change' && key !== 'destroy'))
        return undefined;
    return {
        title: 'Counts',
        essential: true,
        head: [
            `| ${columns.map(([, title]) => title).join(' | ')} |`,
            `| ${columns.map(() => '---:').join(' | ')} |`,
            `| ${columns.map(([key]) => counts[key]).join(' | ')} |`,
            '',
            '_To add_ counts creates and replacements, _to destroy_ deletes and replacements, as Terraform does; data-source reads are never changes.'
        ],
        items: [],
        tail: []
    };
}
/** The non-empty lines of a finding's message; never an empty list. */
function messageLines(message) {
    const lines = message.split(/\r?\n/).filter(line => line.trim() !== '');
    return lines.length > 0 ? lines : [message];
}
function renderFinding(finding, kit) {
    const [first, ...more] = messageLines(finding.message);
    const lines = [
        `- ${SEVERITY_ICON[finding.severity]} **${finding.severity}** ${kit.code(finding.rule)}: ${kit.text(first)}`,
        ...more.map(line => `  - ${kit.text(line.trim().replace(/^[-*]\s+/, ''))}`)
    ];
    if (finding.addresses.length > 0) {
        lines.push(`  - Addresses: ${kit.addresses(finding.addresses, kit.profile.addressesPerFinding)}`);
    }
    if (finding.remedy)
        lines.push(`  - How to proceed: ${kit.text(finding.remedy)}`);
    return lines.join('\n');
}
/** The gate's decision with denials first, then warnings, then passes. */
function buildGate(verdict, context, kit) {
    const order = ['deny', 'warn', 'pass'];
    const findings = [...verdict.findings].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
    const protection = verdict.protectedEnvironment ? 'protected' : 'not protected';
    const head = [
        context.gatePreview
            ? `### Safety gate preview: ${verdict.allowed ? '✅ would allow' : '❌ would deny'} in this environment`
            : `### Safety gate: ${verdict.allowed ? '✅ allowed' : '❌ denied'}`,
        '',
        `Environment ${kit.code(verdict.environment)} (${protection}).`
    ];
    if (!verdict.allowed && context.dryRun) {
        head.push('', '**Dry run**: the verdict is _denied_ but this step does not fail. The workflow must skip apply when `allowed` is `false`.');
    }
    if (findings.length > 0)
        head.push('');
    // Passed checks that found nothing need no paragraph each: one line lists them, so denials and
    // warnings stay what a reviewer reads.
    // A rule that also warned or denied did not pass: it is listed with that finding only.
    const flagged = new Set(findings.filter(finding => finding.severity !== 'pass').map(finding => finding.rule));
    const shown = findings.filter(finding => finding.severity !== 'pass' || !flagged.has(finding.rule));
    const quiet = shown.filter(finding => finding.severity === 'pass' && finding.addresses.length === 0);
    const items = shown.filter(finding => !quiet.includes(finding)).map(finding => renderFinding(finding, kit));
    const passed = [...new Set(quiet.map(finding => finding.rule))];
    if (passed.length > 0) {
        items.push(`- ${SEVERITY_ICON.pass} Passed: ${passed.map(rule => kit.code(rule)).join(', ')}`);
    }
    return {
        title: 'Safety gate findings',
        essential: true,
        head,
        items,
        tail: [],
        more: n => `- … ${n} more finding(s); see the job summary`
    };
}

;// CONCATENATED MODULE: ./src/render/sections-changes.ts
/**
 * Resources by what happens to them: every destroyed or replaced address first (essential), then
 * the state-only operations and reads (imports with their IDs, moves, forgets, data sources read
 * during apply), then what changes in each resource: changes shared by many resources once
 * ("498 × tags.Release: r1 → r2"), the rest per resource, grouped by module.
 */





/** A change shared by at least this many resources is shown once for all of them. */
const GROUP_MIN = 3;
/** Identity values shown next to a destroyed address, and their longest value. */
const IDENTITY_SHOWN = 2;
const IDENTITY_CHARS = 80;
function isDestructive(change) {
    return change.kind === 'delete' || change.kind === 'replace';
}
/** Why a change happens, in plain words; an unknown reason as plan text. */
function reasonText(change, kit) {
    if (change.actionReason === undefined)
        return undefined;
    const words = (0,action_reasons/* describeActionReason */.K)(change.actionReason, change.kind);
    return words !== undefined ? kit.own(words) : `reason ${kit.value(change.actionReason)}`;
}
/** Facts a reviewer needs next to a destroyed address: ordering, cause, reason, identity. */
function describeDestroyed(change, dataBearing, kit) {
    const facts = [];
    if (change.kind === 'replace')
        facts.push(change.createBeforeDestroy ? 'create before destroy' : 'destroy before create');
    const causes = change.diff ? (0,analysis_diff/* replacementCauses */.tB)(change.diff) : [];
    if (causes.length > 0)
        facts.push(`forced by ${causes.map(path => kit.value(formatPath(path))).join(', ')}`);
    const reason = reasonText(change, kit);
    if (reason)
        facts.push(reason);
    if (dataBearing)
        facts.push('🗄️ holds data: only a backup brings it back');
    if (change.deposed)
        facts.push(`deposed object ${kit.value(change.deposed)}`);
    if (change.previousAddress)
        facts.push(`moved from ${kit.address(change.previousAddress)}`);
    const identity = (change.keyAttributes?.attributes ?? [])
        .filter(attribute => attribute.concern === 'identity' && attribute.value.kind === 'value')
        .slice(0, IDENTITY_SHOWN)
        .map(attribute => {
        const value = attribute.value.kind === 'value' ? attribute.value.text : '';
        return `${kit.value(formatPath(attribute.path))} = ${kit.value(value, IDENTITY_CHARS)}`;
    });
    if (identity.length > 0)
        facts.push(identity.join(', '));
    return facts.length > 0 ? ` — ${facts.join('; ')}` : '';
}
/** Every destroyed or replaced address; essential and filled first, so a cut comment still names all it can. */
function buildDestructive(analysis, kit) {
    const total = analysis.destructiveAddresses.length + analysis.omittedDestructiveAddresses;
    if (total === 0)
        return undefined;
    const detail = new Map();
    for (const change of analysis.changes)
        if (isDestructive(change))
            detail.set(change.address, change);
    const dataBearing = new Set(analysis.risk.reasons.find(reason => reason.rule === 'data-bearing-destroy')?.addresses ?? []);
    const items = analysis.destructiveAddresses.map(address => {
        const change = detail.get(address);
        if (!change)
            return `- ${kit.address(address)}`;
        return `- **${change.kind}** ${kit.address(address)}${describeDestroyed(change, dataBearing.has(address), kit)}`;
    });
    return {
        title: 'Destructive changes',
        essential: true,
        head: [`### 🔥 Destroyed or replaced (${total})`, ''],
        items,
        tail: [],
        more: n => `- … ${n} more destroyed or replaced address(es) not shown here`,
        alsoOmitted: analysis.omittedDestructiveAddresses
    };
}
/** Imports (with the ID each is imported by), moves, forgets and data sources read during apply. */
function buildStateChanges(analysis, kit) {
    const items = [];
    const imports = analysis.changes.filter(change => change.importing);
    if (imports.length > 0) {
        items.push(`#### 📥 Import (${analysis.counts.import})`);
        for (const change of imports) {
            const id = change.importId !== undefined ? ` by ID ${kit.value(change.importId)}` : '';
            const also = change.kind === 'no-op' ? '' : `, then ${KIND_WORDS[change.kind]}`;
            items.push(`- ${kit.address(change.address)}${id}${also}`);
        }
    }
    const moves = analysis.changes.filter(change => change.previousAddress !== undefined);
    if (moves.length > 0) {
        items.push(`#### 🚚 Move (${analysis.counts.move})`);
        for (const change of moves) {
            const also = change.kind === 'no-op' ? '' : `, then ${KIND_WORDS[change.kind]}`;
            items.push(`- ${kit.address(change.previousAddress ?? '')} → ${kit.address(change.address)}${also}`);
        }
    }
    const forgets = analysis.changes.filter(change => change.kind === 'forget' || change.kind === 'create-forget');
    if (forgets.length > 0) {
        items.push(`#### 📤 Forget: removed from state, not destroyed (${analysis.counts.forget})`);
        for (const change of forgets) {
            const reason = reasonText(change, kit);
            const id = change.objectId !== undefined ? `; object ID ${kit.value(change.objectId)}` : '';
            items.push(`- ${kit.address(change.address)}${reason ? ` — ${reason}` : ''}${id}`);
        }
    }
    const reads = analysis.reads.filter(read => read.actionReason !== undefined);
    if (reads.length > 0) {
        items.push(`#### 📖 Data sources read during apply (${reads.length})`);
        for (const read of reads)
            items.push(`- ${kit.address(read.address)} — ${reasonText(read, kit)}`);
    }
    if (items.length === 0)
        return undefined;
    return {
        title: 'Imports, moves, forgets and reads',
        essential: false,
        head: ['### State changes and reads', ''],
        items,
        tail: [],
        more: n => `- … ${n} more line(s) not shown here`
    };
}
/** What happens to a resource, for "then …" and block summaries. */
const KIND_WORDS = {
    delete: 'delete',
    replace: 'replace',
    'create-forget': 'replace, old object forgotten (not destroyed)',
    forget: 'forget (removed from state, not destroyed)',
    create: 'create',
    update: 'update in place',
    read: 'read',
    'no-op': 'no change'
};
/** Order of the per-resource blocks inside a module. */
const BLOCK_ORDER = ['replace', 'delete', 'create-forget', 'forget', 'update', 'create'];
function sharedChanges(changes) {
    const byKey = new Map();
    for (const change of changes) {
        if (!change.diff || change.diff.omitted > 0)
            continue;
        const seen = new Set();
        for (const leaf of (0,analysis_diff/* leafChanges */.Ys)(change.diff)) {
            if (seen.has(leaf.key))
                continue;
            seen.add(leaf.key);
            const entry = byKey.get(leaf.key);
            if (entry)
                entry.addresses.push(change.address);
            else
                byKey.set(leaf.key, { leaf, addresses: [change.address] });
        }
    }
    const bySet = new Map();
    const grouped = new Set();
    for (const [key, entry] of byKey) {
        if (entry.addresses.length < GROUP_MIN)
            continue;
        grouped.add(key);
        const setKey = JSON.stringify(entry.addresses);
        const group = bySet.get(setKey);
        if (group)
            group.leaves.push(entry.leaf);
        else
            bySet.set(setKey, { leaves: [entry.leaf], addresses: entry.addresses });
    }
    const groups = [...bySet.values()].sort((a, b) => b.addresses.length - a.addresses.length);
    return { groups, grouped };
}
function renderGroup(group, kit) {
    const lines = [];
    group.leaves.forEach((leaf, index) => {
        const leafLines = renderLeaf(leaf, { scrub: kit.scrub, maxLines: kit.profile.linesPerResource });
        if (leafLines.length === 0)
            return;
        const prefix = index === 0 ? `- **${group.addresses.length} ×** ` : '  - and ';
        lines.push(`${prefix}${leafLines[0].slice(2)}`, ...leafLines.slice(1).map(line => (index === 0 ? line : `  ${line}`)));
    });
    lines.push(`  - on ${kit.addresses(group.addresses, kit.profile.addressesPerGroup)}`);
    return lines.join('\n');
}
/** Module path of a change, for grouping; the root module is ''. */
function moduleOf(change) {
    return change.moduleAddress ?? '';
}
/**
 * What changes in each resource: identical changes across resources once, then one collapsed block
 * per resource (its diff, or the key attributes of a create, or what identifies a delete), by module.
 */
function buildChangeDetails(analysis, kit) {
    const changes = analysis.changes.filter(change => BLOCK_ORDER.includes(change.kind));
    const { groups, grouped } = sharedChanges(changes);
    const items = [];
    if (groups.length > 0) {
        items.push(`#### Identical changes in many resources (${groups.length})`);
        for (const group of groups)
            items.push(renderGroup(group, kit));
    }
    const modules = [...new Set(changes.map(moduleOf))].sort();
    const headed = modules.length > 1 || modules[0] !== '';
    for (const module of modules) {
        const inModule = changes
            .filter(change => moduleOf(change) === module)
            .sort((a, b) => BLOCK_ORDER.indexOf(a.kind) - BLOCK_ORDER.indexOf(b.kind));
        const blocks = inModule
            .map(change => resourceBlock(change, kit, { diff: change.diff && (0,analysis_diff/* withoutLeaves */.BB)(change.diff, grouped) }))
            .filter((block) => block !== undefined);
        if (blocks.length === 0)
            continue;
        if (headed)
            items.push(`#### ${module === '' ? 'Root module' : `Module ${kit.address(module)}`} (${blocks.length})`);
        items.push(...blocks);
    }
    if (analysis.omittedChanges > 0) {
        items.push(`- … ${analysis.omittedChanges} further change(s) were counted but not kept in detail (plan too large)`);
    }
    if (items.length === 0)
        return undefined;
    return {
        title: 'Changes in detail',
        essential: false,
        head: ['### What changes', ''],
        items,
        tail: [],
        more: n => `\n… ${n} more block(s) not shown here.`
    };
}
/** Changes made outside Terraform since the last apply (`resource_drift`). */
function buildDrift(analysis, kit, first) {
    if (analysis.driftCount === 0 && analysis.drift.length === 0)
        return undefined;
    const items = analysis.drift
        .map(change => resourceBlock(change, kit, { diff: change.diff, outside: true }))
        .filter((block) => block !== undefined);
    const omitted = analysis.driftCount - analysis.drift.length;
    return {
        title: 'Drift',
        essential: first,
        head: [`### 🌪️ Drift: ${analysis.driftCount} resource(s) changed outside ${toolName(analysis)}`, ''],
        items,
        tail: [],
        alsoOmitted: omitted,
        more: n => `- … ${n} more drifted resource(s) not shown here`
    };
}

// EXTERNAL MODULE: ./src/policy/checks/cost-ceiling.ts
var cost_ceiling = __webpack_require__(74059);
;// CONCATENATED MODULE: ./src/render/sections-extra.ts





/**
 * The approvals the policy requires and the reviewer checklist, as task-list items the approver can
 * tick; nothing at all when no approval is required and there is nothing to check.
 */
function buildApprovals(context, kit) {
    const approvals = context.approvals;
    if (!approvals || (approvals.required === 0 && approvals.checklist.length === 0))
        return undefined;
    const head = approvals.required > 0
        ? [`### ✋ Required approvals: ${approvals.required}`]
        : ['### ✋ Review checklist'];
    if (approvals.required > 0 && approvals.reasons.length > 0)
        head.push('', ...approvals.reasons.map(reason => `- ${kit.text(reason)}`));
    head.push('');
    return {
        title: 'Required approvals',
        essential: false,
        head,
        items: approvals.checklist.map(item => `- [ ] ${kit.text(item)}`),
        tail: []
    };
}
/** Monthly cost before, after and the change. */
function buildCost(context) {
    const cost = context.cost;
    if (!cost)
        return undefined;
    const cell = (amount) => amount === undefined ? '–' : (0,cost_ceiling/* formatMoney */.u)(amount, escapeMarkdown(cost.currency));
    return {
        title: 'Cost',
        essential: false,
        head: [
            '### 💰 Monthly cost',
            '',
            '| Before | After | Change |',
            '| ---: | ---: | ---: |',
            `| ${cell(cost.monthlyBefore)} | ${cell(cost.monthlyAfter)} | **${(0,cost_ceiling/* formatMoney */.u)(cost.monthlyChange, escapeMarkdown(cost.currency), true)}** |`
        ],
        items: [],
        tail: []
    };
}
const STEP_TITLE = {
    'revert-commit': 'Revert the change',
    'restore-data': '⚠️ Data loss: restore from backup',
    deleted: '🗑️ Deleted objects',
    replaced: '♻️ Replaced objects',
    'nothing-to-revert': '♻️ Replaced without a code change: nothing to revert',
    'move-back': '🚚 Undo moves',
    'undo-import': '📥 Undo imports',
    're-import': '📤 Bring forgotten objects back',
    review: '✏️ Updated in place',
    recreate: '♻️ Recreate',
    'state-rm': '📥 Undo imports',
    'destroy-created': '🗑️ Destroy what was created'
};
/** A snippet's text for a fenced block: addresses with sensitive keys redacted, values redacted, nothing invisible. */
function snippetText(snippet, kit) {
    return snippet
        .map(part => {
        if (typeof part === 'string')
            return part;
        if ('value' in part)
            return showInvisible(kit.scrub(part.value));
        const address = showInvisible((0,instance_keys/* redactInstanceKeys */.$)(part.address, kit.scrub));
        return part.shell ? (0,rollback/* shellQuote */.ZL)(address) : address;
    })
        .join('');
}
/**
 * A fenced code block inside a list item (indented two spaces): copied exactly, never autolinked or
 * read as HTML. The fence is longer than any backtick run inside, and no plan part can break a line.
 */
function fenced(snippets, language, separator, kit) {
    const text = snippets.map(snippet => snippetText(snippet, kit)).join(separator);
    const fence = codeFence(text);
    return [
        `  ${fence}${language}`,
        ...text.split('\n').map(line => (line === '' ? '' : `  ${line}`)),
        `  ${fence}`
    ];
}
/** One rollback step: title, what to do, its addresses, then the blocks and commands to copy. */
function renderRollbackStep(rollbackStep, kit) {
    const lines = [`- **${STEP_TITLE[rollbackStep.kind]}**: ${kit.own(rollbackStep.description)}`];
    const omitted = rollbackStep.omittedAddresses ?? 0;
    if (rollbackStep.addresses.length + omitted > 0) {
        lines.push(`  - Addresses: ${kit.addresses(rollbackStep.addresses, kit.profile.addressesPerReason, omitted)}`);
    }
    if (rollbackStep.blocks.length > 0)
        lines.push('', ...fenced(rollbackStep.blocks, 'hcl', '\n\n', kit));
    if (rollbackStep.commands.length > 0)
        lines.push('', ...fenced(rollbackStep.commands, 'sh', '\n', kit));
    return lines.join('\n');
}
/**
 * The rollback plan: the data-loss warning first, then the steps in the order they would be taken.
 * Essential, filled after the other essentials: in a cut PR comment, optional lists go before it.
 */
function buildRollback(rollback, kit) {
    if (!rollback.needed)
        return undefined;
    const head = ['### ↩️ Rollback plan', ''];
    if (rollback.dataLoss) {
        head.push('> [!WARNING]', '> Applying this plan destroys stored data that only a backup or snapshot can bring back.', '');
    }
    const steps = [...rollback.steps].sort((a, b) => Number(b.kind === 'restore-data') - Number(a.kind === 'restore-data'));
    const items = steps.map(rollbackStep => renderRollbackStep(rollbackStep, kit));
    const tail = rollback.notes.length > 0 ? ['', ...rollback.notes.map(note => `_${kit.own(note)}_`)] : [];
    return {
        title: 'Rollback plan',
        essential: true,
        head,
        items,
        tail,
        more: n => `- … ${n} more step(s); see the job summary`
    };
}
/** A root output's diff under its own name (`~ name: "a" → "b"`, `~ name.key: …`). */
function outputLines(output, kit) {
    const nodes = output.diff.nodes.map(node => node.key === '' ? { ...node, key: output.name } : node);
    const named = nodes.every(node => node.key === output.name);
    const diff = named
        ? { ...output.diff, nodes }
        : {
            ...output.diff,
            nodes: [
                {
                    kind: 'object',
                    key: output.name,
                    action: 'changed',
                    children: nodes,
                    omitted: 0
                }
            ]
        };
    return renderResourceDiff(diff, {
        scrub: kit.scrub,
        maxLines: kit.profile.linesPerResource,
        collapsePending: false
    });
}
/** Root output changes, diffed like resources; sensitive ones say only whether they changed. */
function buildOutputs(analysis, kit) {
    const outputs = analysis.outputs.filter(output => output.kind !== 'no-op');
    if (outputs.length === 0)
        return undefined;
    return {
        title: 'Output changes',
        essential: false,
        head: [`### Output changes (${outputs.length})`, ''],
        items: outputs.map(output => {
            const lines = outputLines(output, kit);
            return lines.length > 0 ? lines.join('\n') : `- ${kit.code(output.name)}: ${output.kind}`;
        }),
        tail: [],
        more: n => `- … ${n} more output(s)`
    };
}
/** An http(s) URL percent-encoded so it cannot leave the link target; anything else is dropped. */
function safeUrl(url) {
    if (!url || !/^https?:\/\/[^\s]+$/i.test(url))
        return undefined;
    try {
        return encodeURI(url).replace(/[()<>'"`\\]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
    }
    catch {
        return undefined;
    }
}
/** Where everything else is: run, commit, plan artifact, plan source and versions. */
function buildFooter(analysis, context, kit) {
    const facts = [];
    const url = safeUrl(context.runUrl);
    if (url)
        facts.push(`[Workflow run](${url})`);
    if (context.commitSha)
        facts.push(`commit ${kit.code(context.commitSha.slice(0, 40))}`);
    if (context.artifactName)
        facts.push(`plan artifact ${kit.code(context.artifactName)}`);
    if (analysis?.terraformVersion)
        facts.push(`terraform ${kit.code(analysis.terraformVersion)}`);
    if (analysis)
        facts.push(`plan format ${kit.code(analysis.formatVersion)}`);
    const head = ['---', '', facts.join(' · ')];
    if (context.policyNote)
        head.push('', `_${kit.text(context.policyNote)}_`);
    return { title: 'Footer', essential: true, head, items: [], tail: [] };
}

;// CONCATENATED MODULE: ./src/render/plan-report.ts
/**
 * The plan report in its two forms: the job summary (up to GitHub's 1 MiB step-summary limit) and
 * the PR comment (up to 65,536 characters, found again by its hidden marker). Both carry the most
 * important facts first; when a form does not fit, essential sections are kept and the rest is cut
 * with a visible note pointing to where the whole report is.
 */








/**
 * Every section of a plan report, in reading order, with the order in which they get space when the
 * report must be cut (`priority`): the risk reasons and the gate's findings (their address lists are
 * short), then every destroyed address, then the rollback warnings; the optional lists give way first.
 * A refresh-only plan (drift, no changes) shows its drift first.
 */
function buildPlanSections(analysis, context, kit, kind = 'plan') {
    const c = analysis.counts;
    const driftOnly = analysis.driftCount > 0 && c.add + c.change + c.destroy + c.import + c.move + c.forget === 0;
    const prioritised = [
        [buildHeader(kind, analysis, context, kit), 0],
        [buildIntegrity(analysis, kit), 1],
        [driftOnly ? buildDrift(analysis, kit, true) : undefined, 5],
        [buildRisk(analysis, kit), 2],
        [buildCounts(analysis.counts), 6],
        [context.verdict ? buildGate(context.verdict, context, kit) : undefined, 3],
        [buildDestructive(analysis, kit), 4],
        [buildApprovals(context, kit), 10],
        [buildCost(context), 11],
        [buildStateChanges(analysis, kit), 12],
        [buildRollback(deriveRollback(analysis, context.commitSha), kit), 7],
        [buildChangeDetails(analysis, kit), 13],
        [driftOnly ? undefined : buildDrift(analysis, kit, false), 14],
        [buildOutputs(analysis, kit), 15],
        [buildFooter(analysis, context, kit), 8]
    ];
    return prioritised
        .filter((entry) => entry[0] !== undefined)
        .map(([section, priority]) => ({ ...section, priority }));
}
/** The rollback plan in the plan's own tool: Pulumi commands for a Pulumi preview, Terraform's otherwise. */
function deriveRollback(analysis, commitSha) {
    return analysis.pulumi
        ? (0,pulumi_rollback/* derivePulumiRollbackPlan */.F)(analysis, commitSha)
        : (0,rollback/* deriveRollbackPlan */.zT)(analysis, commitSha);
}
/** The visible note for a cut report: what was cut and where the whole report is. */
function describeCut(context, place, kit) {
    return cut => {
        const where = [];
        const url = safeUrl(context.runUrl);
        if (place === 'comment')
            where.push(url ? `the [job summary](${url})` : 'the job summary of this run');
        where.push(context.artifactName ? `the plan artifact ${kit.code(context.artifactName)}` : 'the plan artifact');
        const limit = place === 'comment' ? "GitHub's 65,536-character comment limit" : "GitHub's 1 MiB job summary limit";
        return [
            '> [!NOTE]',
            `> This report was shortened to fit ${limit}. Cut or left out: ${cut.map(title => kit.own(title)).join(', ')}.`,
            `> The full report is in ${where.join(' and ')}.`
        ].join('\n');
    };
}
/**
 * Fits the sections into `budget` (the prefix, the comment marker, included). Nothing is scrubbed
 * here: plan values were redacted where they were rendered, and the action's own words never are.
 */
function fitReport(sections, budget, measure, note, prefix = '') {
    // The prefix (the comment marker) is the action's own text and must stay byte-exact to be found again.
    const target = budget - measure(prefix) - 1;
    let text = prefix + fitSections(sections, { budget: target, measure, note });
    // Only when even the essential skeletons do not fit: cut between blocks and say so.
    if (measure(text) + 1 > budget)
        text = cutBetweenBlocks(text, budget - 64, measure) + '\n\n_… report cut at the size limit._';
    return text.endsWith('\n') ? text : `${text}\n`;
}
function render(analysis, context, profile) {
    const kit = createKit(analysis.sensitiveValues, profile);
    return { kit, sections: buildPlanSections(analysis, context, kit) };
}
/** The job summary for `plan` mode: Markdown, at most LIMIT.summaryBytes bytes of UTF-8. */
function renderPlanReport(analysis, context) {
    const { kit, sections } = render(analysis, context, SUMMARY_PROFILE);
    return fitReport(sections, constants/* LIMIT */.uK.summaryBytes, utf8Bytes, describeCut(context, 'summary', kit));
}
/**
 * The PR comment: the hidden `marker` on the first line, then the report, never longer than
 * LIMIT.commentChars - LIMIT.commentReserve characters.
 */
function renderPlanComment(analysis, context, marker) {
    const { kit, sections } = render(analysis, context, COMMENT_PROFILE);
    const budget = constants/* LIMIT */.uK.commentChars - constants/* LIMIT */.uK.commentReserve;
    return fitReport(sections, budget, charLength, describeCut(context, 'comment', kit), `${marker}\n`);
}

;// CONCATENATED MODULE: ./src/render/gate-report.ts
/**
 * The safety gate's outputs for humans: the job summary (verdict first, then the plan report) and
 * the plain log lines (deny message first, then the addresses, then how to proceed).
 */









/**
 * The safety-gate job summary. `analysis` is undefined when the plan could not be read: the report
 * then shows the verdict and its findings (which say why) and nothing that would need the plan.
 */
function renderGateReport(verdict, analysis, context) {
    const withVerdict = { ...context, verdict };
    const sensitive = analysis?.sensitiveValues ?? new Set();
    const kit = createKit(sensitive, SUMMARY_PROFILE);
    const sections = analysis
        ? buildPlanSections(analysis, withVerdict, kit, 'safety gate')
        : [
            buildHeader('safety gate', undefined, withVerdict, kit),
            buildGate(verdict, withVerdict, kit),
            buildFooter(undefined, withVerdict, kit)
        ];
    return fitReport(sections, constants/* LIMIT */.uK.summaryBytes, utf8Bytes, describeCut(withVerdict, 'summary', kit));
}
/**
 * An address as the log shows it: secrets redacted inside its instance keys only. Resource types and
 * names are identifiers from the configuration, so a destroyed address is always named, even when a
 * plan marks its text sensitive.
 */
function redactAddress(address, secrets) {
    return (0,instance_keys/* redactInstanceKeys */.$)(address, secrets.scrub);
}
/**
 * Log lines for one finding: its message, its addresses one per line, and the remedy. Only what the
 * plan wrote is redacted (the instance keys of addresses, also where the message quotes them); the
 * rule's own words never are, whatever the plan marked sensitive.
 */
function describeFinding(finding, label, secrets) {
    // A message may carry several lines (a policy file with several problems): each becomes its own
    // log line, so escaping cannot fold them into one line full of literal "\n".
    const lines = messageLines((0,instance_keys/* redactQuotedAddresses */.c)(finding.message, finding.addresses, secrets.scrub));
    if (finding.addresses.length > 0) {
        const shown = finding.addresses.slice(0, constants/* LIMIT */.uK.destructiveAddresses);
        lines.push(`${label} (${finding.addresses.length}):`, ...shown.map(address => `  - ${redactAddress(address, secrets)}`));
        if (finding.addresses.length > shown.length)
            lines.push(`  - … ${finding.addresses.length - shown.length} more`);
    }
    if (finding.remedy)
        lines.push(`How to proceed: ${(0,instance_keys/* redactQuotedAddresses */.c)(finding.remedy, finding.addresses, secrets.scrub)}`);
    return lines;
}
/**
 * Plain lines for the step log. When denied the first line is the first denial's message (for the
 * destroy guard it starts with PROD_DESTROY_MESSAGE, so `::error::` + line 1 is the familiar error),
 * followed by its addresses and how to proceed, then any further denials and warnings. Every line
 * is inert for the runner (no line breaks, no workflow commands). Sensitive values are redacted only
 * where the plan put them, inside the instance keys of addresses: the gate's own words never change.
 */
function renderGateLog(verdict, sensitiveValues = []) {
    const secrets = (0,plan_secrets/* planSecrets */.Ds)(sensitiveValues);
    const denials = verdict.findings.filter(finding => finding.severity === 'deny');
    const warnings = verdict.findings.filter(finding => finding.severity === 'warn');
    const lines = [];
    if (denials.length === 0 && !verdict.allowed) {
        // A denied verdict without a deny finding would be a bug upstream; say it rather than print nothing.
        lines.push(`Safety gate denied the plan for '${verdict.environment}' without a stated reason; treating it as a denial.`);
    }
    denials.forEach((finding, index) => {
        lines.push(...describeFinding(finding, 'Addresses', secrets));
        if (index < denials.length - 1 || warnings.length > 0)
            lines.push('');
    });
    if (verdict.allowed) {
        const protection = verdict.protectedEnvironment ? 'protected' : 'not protected';
        lines.push(`Safety gate: allowed for environment '${verdict.environment}' (${protection}).`);
    }
    for (const finding of warnings) {
        const [message, ...rest] = describeFinding(finding, 'Addresses', secrets);
        lines.push(`Warning: ${message}`, ...rest);
    }
    return lines.map(escapeLogLine);
}

;// CONCATENATED MODULE: ./src/render/drift-report.ts







/** Unreadable entries listed; the rest are counted. */
const UNREADABLE_LISTED = 20;
/** Issue title: one issue per root module and environment. */
function driftIssueTitle(context) {
    return `Infrastructure drift: ${context.directory} (${context.environment})`;
}
/**
 * The drift issue body (also the job summary), at most GitHub's comment limit minus the room kept for
 * the issue's marker. Plan values are redacted where they are rendered.
 */
function renderDriftReport(report, analysis, context) {
    const kit = createKit(analysis.sensitiveValues, SUMMARY_PROFILE);
    const sections = [header(report, analysis, context, kit)];
    if (report.unreadable > 0)
        sections.push(unreadable(report, analysis, kit));
    if (report.outsideTerraform.length > 0 || analysis.driftCount > analysis.drift.length) {
        sections.push(changeList('Changed outside Terraform', [
            '### Changed outside Terraform',
            '',
            'Terraform found these objects changed since the last apply (`resource_drift`):',
            ''
        ], report.outsideTerraform, analysis.driftCount - analysis.drift.length, true, kit));
    }
    if (report.codeDiffers.length > 0 || analysis.omittedChanges > 0) {
        sections.push(changeList('Differs from the code', [
            '### Differs from the code',
            '',
            'Applying the code now would make these changes (`resource_changes`):',
            ''
        ], report.codeDiffers, analysis.omittedChanges, false, kit));
    }
    const what = advice(report);
    if (what.head.length > 0)
        sections.push(what);
    const limit = constants/* LIMIT */.uK.commentChars - constants/* LIMIT */.uK.commentReserve;
    return fitReport(sections, limit, charLength, cut => [
        '> [!NOTE]',
        `> This report was shortened to fit GitHub's 65,536-character limit. Cut: ${cut.map(title => kit.own(title)).join(', ')}. The full plan is in the drift run's log.`
    ].join('\n'));
}
function header(report, analysis, context, kit) {
    const head = [
        `## ${report.detected ? '⚠️ Drift detected' : '✅ No drift'}: ${kit.code(context.directory)} (${kit.code(context.environment)})`,
        '',
        report.detected
            ? `${report.driftedCount} resource(s) differ from the code. ${describePlanLine(analysis.counts)}`
            : 'The infrastructure matches the code.'
    ];
    const url = safeUrl(context.runUrl);
    if (context.commit || url) {
        const parts = [
            context.commit ? `commit ${kit.code(context.commit.slice(0, 12))}` : '',
            url ? `[the drift run](${url})` : ''
        ].filter(Boolean);
        head.push('', `Checked at ${parts.join(', in ')}.`);
    }
    return { title: 'Header', essential: true, head, items: [], tail: [], priority: 0 };
}
function unreadable(report, analysis, kit) {
    return {
        title: 'Unreadable entries',
        essential: true,
        head: [`**${report.unreadable} plan entr(ies) could not be read**; inspect the plan by hand:`, ''],
        items: analysis.unreadable
            .slice(0, UNREADABLE_LISTED)
            .map(entry => `- ${kit.address(entry.address)}: ${kit.text(entry.problem)}`),
        tail: [],
        alsoOmitted: Math.max(0, analysis.unreadable.length - UNREADABLE_LISTED),
        priority: 1
    };
}
function changeList(title, head, changes, omitted, outside, kit) {
    return {
        title,
        essential: true,
        head,
        items: changes.map(change => resourceBlock(change, kit, { diff: change.diff, outside }) ?? `- ${kit.address(change.address)}`),
        tail: [],
        alsoOmitted: omitted,
        more: n => `- … ${n} more resource(s) not shown here`,
        priority: outside ? 2 : 3
    };
}
function advice(report) {
    const head = [];
    if (report.outputChanges > 0)
        head.push(`${report.outputChanges} root output(s) would change.`, '');
    if (report.detected) {
        head.push('**What to do:** either apply the code to bring the infrastructure back (a reviewed `terraform plan` and `apply`), ' +
            'or change the code to accept the new reality (`terraform plan -refresh-only` shows what a refresh would record).');
    }
    return { title: 'What to do', essential: true, head, items: [], tail: [], priority: 4 };
}

;// CONCATENATED MODULE: ./src/render/deployment-record.ts



/** Renders the job summary section. */
function renderDeploymentRecord(record) {
    const verdict = record.skipped ? '⏭️ checks skipped' : record.healthy ? '✅ healthy' : '❌ unhealthy';
    const lines = [
        `## infra-guard post-deploy: ${verdict}`,
        '',
        '| | |',
        '| --- | --- |',
        `| Environment | ${inlineCode(record.environment)} |`,
        `| Commit | ${record.commit ? inlineCode(record.commit) : '–'} |`,
        `| Root module | ${inlineCode(record.directory)} |`,
        `| Plan | ${record.plan ? escapeTableCell(formatCounts(record.plan.counts, record.plan.risk)) : escapeTableCell(record.planNote ?? 'not available')} |`,
        ''
    ];
    if (record.runUrl)
        lines.push(`Run: ${escapeMarkdown(record.runUrl)}`, '');
    if (record.skipped) {
        lines.push('Health checks and output assertions were **skipped** because `skip_tests` is true.', '');
    }
    else {
        lines.push(...renderChecks(record), ...renderAssertions(record.assertions));
    }
    if (record.rollbackRecommended)
        lines.push(...renderRollbackHint(record.plan?.rollback, record.plan?.sensitiveValues));
    return lines.join('\n');
}
/** Terraform's own wording: "Plan: 1 to add, 2 to change, 0 to destroy." plus the risk. */
function formatCounts(counts, risk) {
    return `${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy (risk: ${risk})`;
}
function renderChecks(record) {
    if (record.checks.length === 0)
        return ['No health checks configured.', ''];
    const lines = [
        `### Health checks (overall limit ${record.totalTimeoutSeconds}s)`,
        '',
        '| Check | Result | Attempts | Time | Detail |',
        '| --- | --- | --- | --- | --- |'
    ];
    for (const check of record.checks) {
        const detail = check.ok
            ? `${check.method} ${check.url}`
            : `${check.method} ${check.url}: ${check.error ?? ''}`;
        lines.push(`| ${escapeTableCell(check.name)} | ${check.ok ? '✅ pass' : '❌ fail'} | ${check.attempts.length} | ${seconds(check.durationMs)} | ${escapeTableCell(detail)} |`);
    }
    lines.push('', '<details><summary>Every attempt</summary>', '', '| Check | # | Started | Took | Status | Error |', '| --- | --- | --- | --- | --- | --- |');
    for (const check of record.checks) {
        for (const attempt of check.attempts) {
            lines.push(`| ${escapeTableCell(check.name)} | ${attempt.attempt} | ${attempt.startedAt} | ${attempt.durationMs} ms | ${attempt.status ?? '–'} | ${escapeTableCell(attempt.error ?? '')} |`);
        }
    }
    lines.push('', '</details>', '');
    return lines;
}
function renderAssertions(assertions) {
    if (assertions.length === 0)
        return [];
    const lines = ['### Output assertions', '', '| Output | Result | Detail |', '| --- | --- | --- |'];
    for (const result of assertions) {
        const name = `${result.output}${result.sensitive ? ' (sensitive)' : ''}`;
        lines.push(`| ${inlineCode(name)} | ${result.ok ? '✅ pass' : '❌ fail'} | ${escapeTableCell(result.message)} |`);
    }
    lines.push('');
    return lines;
}
function renderRollbackHint(rollback, sensitive = new Set()) {
    const lines = ['### ↩️ Rollback recommended', ''];
    if (!rollback) {
        lines.push('A check failed after its retries. The plan artifact was not available, so no rollback steps are listed: revert the commit and run the pipeline again.', '');
        return lines;
    }
    if (rollback.dataLoss)
        lines.push('> [!WARNING]', '> The deployed plan destroyed stored data; reverting does not bring it back. Restore from a backup.', '');
    const kit = createKit(sensitive, SUMMARY_PROFILE);
    for (const step of rollback.steps)
        lines.push(renderRollbackStep(step, kit));
    for (const note of rollback.notes)
        lines.push('', `_${escapeMarkdown(note)}_`);
    lines.push('');
    return lines;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)}s`;
}
/** A Slack incoming-webhook payload (`text` plus one mrkdwn block); other chat tools read `text`. */
function buildWebhookPayload(record) {
    const where = `${record.repository ? `${record.repository} ` : ''}${record.environment}`;
    const head = record.skipped
        ? `Deployment to ${where}: checks skipped (skip_tests)`
        : record.healthy
            ? `Deployment to ${where} is healthy`
            : `Deployment to ${where} FAILED its checks; rollback recommended`;
    const failed = [
        ...record.checks.filter(c => !c.ok).map(c => `• ${c.name}: ${c.error ?? 'failed'}`),
        ...record.assertions.filter(a => !a.ok).map(a => `• output ${a.output}: ${a.message}`)
    ];
    const details = [
        `commit ${record.commit ? record.commit.slice(0, 12) : 'unknown'}`,
        record.plan ? formatCounts(record.plan.counts, record.plan.risk) : undefined,
        `${record.checks.filter(c => c.ok).length}/${record.checks.length} checks passed`,
        record.runUrl
    ].filter(Boolean);
    const text = [head, details.join(' · '), ...failed].join('\n');
    return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: slackEscape(text) } }] };
}
/** Slack's mrkdwn needs &, < and > escaped, or they start links and mentions. */
function slackEscape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./src/render/validate-report.ts
/**
 * The job summary of `validate`: verdict, diagnostics table, and each unformatted file's diff.
 * Pure: returns Markdown; the mode writes it. Tool output is escaped like any other untrusted text.
 */


/** Renders the summary; diffs are cut so the whole stays under GitHub's summary limit. */
function renderValidateSummary(report) {
    const verdict = report.valid ? '✅ valid' : '❌ not valid';
    const lines = [
        `## infra-guard validate: ${verdict}`,
        '',
        `Module ${inlineCode(report.directory)}: ${report.errorCount} error(s), ${report.warningCount} warning(s), ` +
            `${report.unformatted.length} unformatted file(s)${formatNote(report)}. tflint: ${report.tflint}.`,
        ''
    ];
    if (report.diagnostics.length > 0) {
        lines.push('| Severity | Location | Source | Finding |', '| --- | --- | --- | --- |');
        for (const d of report.diagnostics.slice(0, 200)) {
            const where = d.file ? `${d.file}${d.startLine ? `:${d.startLine}` : ''}` : '';
            const finding = truncateText(`${d.title}: ${d.message}`, 300);
            lines.push(`| ${d.severity} | ${where ? inlineCode(where) : '–'} | ${d.source} | ${escapeTableCell(finding)} |`);
        }
        if (report.diagnostics.length > 200)
            lines.push('', `…and ${report.diagnostics.length - 200} more (see the annotations).`);
        lines.push('');
    }
    if (report.unformatted.length > 0) {
        lines.push('### Unformatted files', '', 'Run `terraform fmt -recursive` to fix them.', '');
        let budget = constants/* LIMIT */.uK.summaryBytes / 2;
        for (const file of report.unformatted) {
            lines.push(`<details><summary>${escapeMarkdown(file.file)}</summary>`, '');
            const diff = file.diff.length > budget ? `${file.diff.slice(0, Math.max(0, budget))}\n… (diff cut)` : file.diff;
            budget = Math.max(0, budget - diff.length);
            const fence = codeFence(diff);
            lines.push(diff ? `${fence}diff\n${diff}\n${fence}` : '(no diff printed)', '', '</details>', '');
        }
    }
    return lines.join('\n');
}
function formatNote(report) {
    return report.unformatted.length > 0 && !report.failOnFormat ? ' (fail_on_format=false: warnings only)' : '';
}

;// CONCATENATED MODULE: ./src/render/index.ts








/***/ })

};

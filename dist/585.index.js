export const id = 585;
export const ids = [585,485];
export const modules = {

/***/ 95485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeRedactedPlan: () => (/* binding */ writeRedactedPlan)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/analysis/instance-keys.ts
var instance_keys = __webpack_require__(86692);
// EXTERNAL MODULE: ./src/analysis/scrub-secrets.ts
var scrub_secrets = __webpack_require__(397);
;// CONCATENATED MODULE: ./src/analysis/redact/json-rewriter.ts
/**
 * A streaming JSON rewriter: text in, in chunks of any size; compact JSON out. Each string, number
 * and member name outside a captured value goes through a hook with its path; a container the
 * `capture` hook asks for is collected whole, parsed and handed to `rewrite`, whose JSON takes its
 * place. So a plan of any size is rewritten holding one resource entry at a time. The input is one
 * JSON document or several (an event log, one per line), each written on a line of its own; it must
 * be valid JSON (the plan reader has checked it), anything else throws.
 */
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
class JsonRewriter {
    hooks;
    write;
    frames = [];
    /** Expecting a member name (after `{` or `,` in an object). */
    expectKey = false;
    /** Text of a string, number or literal that a chunk boundary cut. */
    token = '';
    inString = false;
    escaped = false;
    /** A captured container being collected: its text so far and how deep inside it we are. */
    captured;
    captureDepth = 0;
    captureInString = false;
    captureEscaped = false;
    capturePath = [];
    constructor(hooks, write) {
        this.hooks = hooks;
        this.write = write;
    }
    /**
     * Where the next backslash of the current piece is, found once and reused until passed: searching
     * again from every string would scan to the end of the piece each time.
     */
    backslash = -1;
    nextBackslash(text, from) {
        if (this.backslash < from) {
            const at = text.indexOf('\\', from);
            this.backslash = at < 0 ? Infinity : at;
        }
        return this.backslash;
    }
    /** Feeds the next piece of the document. */
    feed(text) {
        this.backslash = -1;
        let i = 0;
        while (i < text.length) {
            if (this.captured)
                i = this.skim(text, i);
            else if (this.inString)
                i = this.readString(text, i);
            else if (this.token !== '')
                i = this.readScalar(text, i);
            else
                i = this.step(text, i);
        }
    }
    /** The document is complete. */
    end() {
        if (this.token !== '')
            this.finishScalar();
        if (this.inString || this.captured || this.frames.length > 0)
            throw new Error('the JSON document ends early');
    }
    path() {
        return this.frames.map(frame => frame.step);
    }
    step(text, i) {
        const char = text[i];
        if (WHITESPACE.has(char))
            return i + 1;
        const top = this.frames.at(-1);
        switch (char) {
            case '{':
            case '[': {
                const path = this.path();
                if (this.frames.length > 0 && this.hooks.capture(path)) {
                    this.captured = [char];
                    this.captureDepth = 1;
                    this.capturePath = path;
                    return i + 1;
                }
                this.write(char);
                this.frames.push(char === '[' ? { array: true, step: 0 } : { array: false, step: '', written: new Set() });
                this.expectKey = char === '{';
                return i + 1;
            }
            case '}':
            case ']':
                this.frames.pop();
                // A document ends: keep one per line (an event log holds one JSON document per line).
                this.write(this.frames.length === 0 ? `${char}\n` : char);
                this.expectKey = false;
                return i + 1;
            case ',':
                this.write(char);
                if (top?.array)
                    top.step = top.step + 1;
                this.expectKey = top !== undefined && !top.array;
                return i + 1;
            case ':':
                this.write(char);
                return i + 1;
            case '"':
                this.inString = true;
                this.token = '"';
                return i + 1;
            default:
                this.token = char;
                return i + 1;
        }
    }
    /** Inside a string token: up to its closing quote, which may be in a later chunk. */
    readString(text, i) {
        let j = i;
        while (j < text.length) {
            const char = text[j];
            if (this.escaped)
                this.escaped = false;
            else if (char === '\\')
                this.escaped = true;
            else if (char === '"') {
                this.token += text.slice(i, j + 1);
                this.inString = false;
                this.finishString(JSON.parse(this.token));
                this.token = '';
                return j + 1;
            }
            j++;
        }
        this.token += text.slice(i);
        return j;
    }
    finishString(value) {
        const top = this.frames.at(-1);
        if (this.expectKey && top && !top.array) {
            let name = this.hooks.key(this.path(), value);
            const written = top.written;
            for (let n = 2; written.has(name); n++)
                name = `${this.hooks.key(this.path(), value)} #${n}`;
            written.add(name);
            top.step = value;
            this.expectKey = false;
            this.write(JSON.stringify(name));
            return;
        }
        this.write(JSON.stringify(this.hooks.string(this.path(), value)));
    }
    /** A number or literal: up to the next delimiter. */
    readScalar(text, i) {
        let j = i;
        while (j < text.length && !/[\s,}\]:]/.test(text[j]))
            j++;
        this.token += text.slice(i, j);
        if (j < text.length)
            this.finishScalar();
        return j;
    }
    finishScalar() {
        const token = this.token;
        this.token = '';
        if (token === 'true' || token === 'false' || token === 'null')
            this.write(token);
        else
            this.write(this.hooks.number(this.path(), token));
    }
    /** Collects a captured container up to its end, then writes what `rewrite` makes of it. */
    skim(text, i) {
        const captured = this.captured;
        let j = i;
        while (j < text.length) {
            if (this.captureInString) {
                if (this.captureEscaped) {
                    this.captureEscaped = false;
                    j++;
                    continue;
                }
                // The closing quote is the first one not escaped; a backslash may end this piece.
                const quote = text.indexOf('"', j);
                const backslash = this.nextBackslash(text, j);
                if (backslash !== Infinity && (quote < 0 || backslash < quote)) {
                    this.captureEscaped = true;
                    j = backslash + 1;
                    continue;
                }
                if (quote < 0)
                    break;
                this.captureInString = false;
                j = quote + 1;
                continue;
            }
            // Outside strings only brackets and quotes matter, and the text up to the next quote is short.
            const quote = text.indexOf('"', j);
            const end = quote < 0 ? text.length : quote;
            for (; j < end; j++) {
                const char = text.charCodeAt(j);
                if (char === OPEN_BRACE || char === OPEN_BRACKET)
                    this.captureDepth++;
                else if ((char === CLOSE_BRACE || char === CLOSE_BRACKET) && --this.captureDepth === 0) {
                    captured.push(text.slice(i, j + 1));
                    this.captured = undefined;
                    this.write(this.hooks.rewrite(this.capturePath, captured.join('')));
                    return j + 1;
                }
            }
            if (quote < 0)
                break;
            this.captureInString = true;
            j = quote + 1;
        }
        captured.push(text.slice(i));
        return text.length;
    }
}
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

// EXTERNAL MODULE: ./src/analysis/redact/redact-values.ts
var redact_values = __webpack_require__(26548);
;// CONCATENATED MODULE: ./src/analysis/redact/redact-plan.ts
/**
 * The plan JSON as the plan artifact stores it: the same document with every secret the analysis
 * collected replaced by `(sensitive)`, so no uploaded file but the binary plan carries one in clear.
 *
 * - resource_changes / resource_drift entries and output_changes: values under a `true` mark are
 *   replaced whole (keys of sensitive maps included); unmarked strings and numbers that are collected
 *   secrets are replaced; other strings (addresses, keys, ids, import ids, replace_paths, generated
 *   config) are scrubbed;
 * - prior_state / planned_values resources and outputs: the same with `sensitive_values` and
 *   `sensitive`;
 * - configuration: `default` and `expression` of anything declared `sensitive: true`, then the rest
 *   like any value; variables and every other member: strings and numbers like any value.
 *
 * Booleans stay (see sensitive-values.ts). The result is deterministic for a given plan (the gate can
 * redact a plan it regenerates and compare). The structure, actions, types and every address
 * without a secret in it are unchanged, so the gate's counts and risk are the same as the plan's.
 */




/** Members handled one entry at a time. */
const ENTRY_SECTIONS = new Set(['resource_changes', 'resource_drift']);
/**
 * Fields that say what the plan is, never what a value is: kept as written, so a plan that marks
 * "delete" or "1.2" sensitive cannot change what the gate reads. (Identifiers from the code, not values.)
 */
const KEPT_TOP = new Set([
    'format_version',
    'terraform_version',
    'applyable',
    'complete',
    'errored',
    'timestamp'
]);
const KEPT_IN_ENTRY = new Set(['mode', 'type', 'name', 'provider_name', 'action_reason', 'schema_version']);
const KEPT_IN_CHANGE = new Set(['actions']);
/**
 * Addresses: only secrets inside their instance keys are replaced, as the reports do. A gate may judge
 * this file (an artifact without plan.tfplan): an address the plan could turn into `(sensitive)` by
 * marking its text would match no protected_resources glob.
 */
const ADDRESSES = new Set(['address', 'previous_address', 'module_address']);
/** Creates a redactor for a plan whose secrets are `secrets` (planSecrets of its analysis). */
function createPlanRedactor(secrets, write) {
    const hooks = {
        capture: path => captureKind(path) !== undefined,
        rewrite: (path, text) => {
            const kind = captureKind(path) ?? 'other';
            if (BULK.has(kind) && holdsNoSecret(text, secrets))
                return text;
            return JSON.stringify(redactCaptured(kind, JSON.parse(text), secrets));
        },
        string: (path, value) => path.length === 1 && KEPT_TOP.has(path[0]) ? value : (0,redact_values/* redactString */.rd)(value, secrets),
        number: (_path, text) => secrets.isSecretValue(Number(text)) ? JSON.stringify(scrub_secrets/* SENSITIVE_PLACEHOLDER */.Bo) : text,
        key: (_path, name) => (0,redact_values/* redactString */.rd)(name, secrets)
    };
    const rewriter = new JsonRewriter(hooks, write);
    return { feed: text => rewriter.feed(text), end: () => rewriter.end() };
}
/** Redacts a whole plan held in memory (tests, small plans). */
function redactPlanText(text, secrets) {
    const parts = [];
    const redactor = createPlanRedactor(secrets, part => parts.push(part));
    redactor.feed(text);
    redactor.end();
    return parts.join('');
}
/** The kinds a big plan has many of: each is checked as text first, and parsed only when it holds a secret. */
const BULK = new Set(['entry', 'state-resource']);
/** A sensitivity mark tree starts here; a `true` after it means something is marked. */
const MARKS = /"(?:before_sensitive|after_sensitive|sensitive_values)"/;
/**
 * True when an entry's JSON text holds nothing to redact: no secret in any form scrubbing finds in
 * JSON text, nothing marked, and no `\u` escape (which could spell a secret differently).
 */
function holdsNoSecret(text, secrets) {
    if (text.includes('\\u'))
        return false;
    const marks = text.search(MARKS);
    if (marks >= 0 && text.includes('true', marks))
        return false;
    return secrets.size === 0 || secrets.scrub(text) === text;
}
/** What the container at `path` is, when it is read whole; undefined to stream through it. */
function captureKind(path) {
    const [member] = path;
    if (typeof member !== 'string')
        return undefined;
    if (ENTRY_SECTIONS.has(member))
        return path.length === 2 ? 'entry' : undefined;
    const state = stateTail(path);
    if (state !== undefined) {
        if (state.length === 1 && state[0] === 'outputs')
            return 'state-outputs';
        return isModulePath(state) && state.length >= 2 && state.at(-2) === 'resources'
            ? 'state-resource'
            : undefined;
    }
    if (path.length !== 1)
        return undefined;
    if (member === 'output_changes')
        return 'changes';
    if (member === 'configuration')
        return 'configuration';
    return 'other';
}
/** The path below `prior_state.values` or `planned_values`; undefined elsewhere. */
function stateTail(path) {
    if (path[0] === 'planned_values')
        return path.slice(1);
    if (path[0] === 'prior_state' && path[1] === 'values')
        return path.slice(2);
    return undefined;
}
/** `root_module (.child_modules[i])* .resources[i]`, or a prefix of it. */
function isModulePath(tail) {
    if (tail[0] !== 'root_module')
        return false;
    for (let i = 1; i < tail.length; i += 2) {
        const step = tail[i];
        if (step !== 'child_modules' && step !== 'resources')
            return false;
        if (i + 1 < tail.length && typeof tail[i + 1] !== 'number')
            return false;
        if (step === 'resources' && i + 2 < tail.length)
            return false;
    }
    return true;
}
function redactCaptured(kind, value, secrets) {
    switch (kind) {
        case 'entry':
            return redactEntry(value, secrets);
        case 'changes':
            return mapRecord(value, change => redactChange(change, secrets), secrets);
        case 'state-resource':
            return redactStateResource(value, secrets);
        case 'state-outputs':
            return mapRecord(value, output => redactStateOutput(output, secrets), secrets);
        case 'configuration':
            return redactConfiguration(value, secrets);
        default:
            return (0,redact_values/* redactTrees */.hg)([value], secrets)[0];
    }
}
/** A resource_changes / resource_drift entry: its change with marks, everything else as plain values. */
function redactEntry(entry, secrets) {
    if (!isRecord(entry))
        return (0,redact_values/* redactTrees */.hg)([entry], secrets)[0];
    const { change, ...rest } = entry;
    const out = redactKeeping(rest, KEPT_IN_ENTRY, secrets);
    if (Object.hasOwn(entry, 'change'))
        out.change = redactChange(change, secrets);
    return out;
}
/** Redacts a record's fields but those in `kept`, which are copied as written. */
function redactKeeping(record, kept, secrets) {
    const redacted = Object.create(null);
    const copied = Object.create(null);
    for (const key of Object.keys(record)) {
        const value = record[key];
        if (ADDRESSES.has(key) && typeof value === 'string')
            copied[key] = (0,instance_keys/* redactInstanceKeys */.$)(value, secrets.scrub);
        else
            (kept.has(key) ? copied : redacted)[key] = value;
    }
    return Object.assign((0,redact_values/* redactTrees */.hg)([redacted], secrets)[0], copied);
}
/** `before` with `before_sensitive`, `after` with `after_sensitive` and `after_unknown`; the rest plain. */
function redactChange(change, secrets) {
    if (!isRecord(change))
        return (0,redact_values/* redactTrees */.hg)([change], secrets)[0];
    const { before, after, before_sensitive, after_sensitive, after_unknown, ...rest } = change;
    const out = redactKeeping(rest, KEPT_IN_CHANGE, secrets);
    const [b, bs] = (0,redact_values/* redactTrees */.hg)([before, before_sensitive], secrets);
    const [a, as, au] = (0,redact_values/* redactTrees */.hg)([after, after_sensitive, after_unknown], secrets);
    const set = (key, value) => {
        if (Object.hasOwn(change, key))
            out[key] = value;
    };
    set('before', b);
    set('after', a);
    set('after_unknown', au);
    set('before_sensitive', bs);
    set('after_sensitive', as);
    return out;
}
function redactStateResource(resource, secrets) {
    if (!isRecord(resource))
        return (0,redact_values/* redactTrees */.hg)([resource], secrets)[0];
    const { values, sensitive_values, ...rest } = resource;
    const out = redactKeeping(rest, KEPT_IN_ENTRY, secrets);
    const [v, sv] = (0,redact_values/* redactTrees */.hg)([values, sensitive_values], secrets);
    if (Object.hasOwn(resource, 'values'))
        out.values = v;
    if (Object.hasOwn(resource, 'sensitive_values'))
        out.sensitive_values = sv;
    return out;
}
function redactStateOutput(output, secrets) {
    if (!isRecord(output))
        return (0,redact_values/* redactTrees */.hg)([output], secrets)[0];
    const { value, ...rest } = output;
    const out = (0,redact_values/* redactTrees */.hg)([rest], secrets)[0];
    if (Object.hasOwn(output, 'value'))
        out.value = (0,redact_values/* redactTrees */.hg)([value, output.sensitive === true ? true : undefined], secrets)[0];
    return out;
}
/** Anything declared `sensitive: true` (variables, outputs, in every module) loses its default and expression. */
function redactConfiguration(value, secrets, depth = 0) {
    if (depth > 100 || value === null || typeof value !== 'object')
        return (0,redact_values/* redactTrees */.hg)([value], secrets)[0];
    if (Array.isArray(value))
        return value.map(item => redactConfiguration(item, secrets, depth + 1));
    const record = value;
    const hidden = record.sensitive === true ? new Set(['default', 'expression']) : new Set();
    const out = Object.create(null);
    for (const [key, renamed] of (0,redact_values/* memberNames */.hQ)([record], secrets)) {
        out[renamed] = hidden.has(key)
            ? scrub_secrets/* SENSITIVE_PLACEHOLDER */.Bo
            : redactConfiguration(record[key], secrets, depth + 1);
    }
    return out;
}
/** An object of named items (outputs), each redacted by `redact`, names scrubbed. */
function mapRecord(value, redact, secrets) {
    if (!isRecord(value))
        return (0,redact_values/* redactTrees */.hg)([value], secrets)[0];
    const out = Object.create(null);
    for (const [key, renamed] of (0,redact_values/* memberNames */.hQ)([value], secrets))
        out[renamed] = redact(value[key]);
    return out;
}
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/action/adapters/artifact/redacted-plan.ts
/**
 * Writes the plan JSON the artifact carries: the plan as read, with every secret the analysis
 * collected replaced (analysis/redact/redact-plan.ts), streamed so a plan of any size is rewritten
 * holding one resource entry at a time.
 */



const CHUNK = 1 << 20;
/** Reads `source` (plan JSON the analysis accepted) and writes its redacted copy to `target`. */
function writeRedactedPlan(source, target, secrets) {
    const input = (0,external_node_fs_.openSync)(source, 'r');
    const output = (0,external_node_fs_.openSync)(target, 'w', 0o600);
    try {
        // Encoded straight into one buffer: joining many small pieces first would copy them twice.
        const out = Buffer.allocUnsafe(2 * CHUNK);
        let used = 0;
        const flush = () => {
            if (used > 0)
                (0,external_node_fs_.writeSync)(output, out, 0, used);
            used = 0;
        };
        const redactor = createPlanRedactor(secrets, text => {
            if (text.length * 3 > out.length - used) {
                flush();
                if (text.length * 3 > out.length) {
                    (0,external_node_fs_.writeSync)(output, text);
                    return;
                }
            }
            used += out.write(text, used);
        });
        const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
        const buffer = Buffer.allocUnsafe(CHUNK);
        for (let position = 0;;) {
            const read = (0,external_node_fs_.readSync)(input, buffer, 0, CHUNK, position);
            if (read === 0)
                break;
            redactor.feed(decoder.decode(buffer.subarray(0, read), { stream: true }));
            position += read;
        }
        redactor.feed(decoder.decode());
        redactor.end();
        flush();
    }
    catch (error) {
        throw new errors/* ArtifactError */.nE(`Could not write the redacted plan JSON for the artifact from '${source}': ${error.message}`);
    }
    finally {
        (0,external_node_fs_.closeSync)(input);
        (0,external_node_fs_.closeSync)(output);
    }
}


/***/ }),

/***/ 79585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSafetyGate: () => (/* binding */ runSafetyGate)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(58592);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/environment.ts
var environment = __webpack_require__(97935);
// EXTERNAL MODULE: ./src/render/index.ts + 16 modules
var render = __webpack_require__(42191);
// EXTERNAL MODULE: ./src/action/adapters/terraform/obtain-plan.ts
var obtain_plan = __webpack_require__(23003);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/analysis/plan-secrets.ts
var plan_secrets = __webpack_require__(49759);
// EXTERNAL MODULE: ./src/action/adapters/artifact/redacted-plan.ts + 2 modules
var redacted_plan = __webpack_require__(95485);
// EXTERNAL MODULE: ./src/action/adapters/files.ts + 1 modules
var files = __webpack_require__(54714);
// EXTERNAL MODULE: ./src/action/adapters/terraform/cli.ts
var cli = __webpack_require__(9390);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/plan/plan-digest.ts
/**
 * A digest of what a plan would do to resources, for telling whether two plan JSON documents describe
 * the same plan: each resource change's identity and actions (address, previous address, deposed key,
 * mode, type, actions, reason, import) in document order. Attribute values are
 * left out on purpose, so a copy whose values were redacted still matches its original, while a copy
 * that changes what apply would do to any object does not. `terraform show -json` writes entries in
 * the same order every time for the same binary plan.
 */

/** How many entries are kept in readable form to name the first difference. */
const KEPT_ENTRIES = 10_000;
/** A visitor that digests resource_changes as a plan is read. */
function createPlanDigester() {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const kept = [];
    let entries = 0;
    const onResourceChange = (entry) => {
        const line = canonicalLine(entry);
        hash.update(line).update('\n');
        if (kept.length < KEPT_ENTRIES)
            kept.push(line);
        entries++;
    };
    const finish = () => ({ sha256: hash.digest('hex'), entries, kept });
    return { visitor: { onResourceChange }, finish };
}
/** One entry's identity and actions as a JSON array. */
function canonicalLine(entry) {
    const change = entry.change;
    return JSON.stringify([
        entry.address,
        entry.previous_address ?? null,
        entry.deposed ?? null,
        entry.mode ?? null,
        entry.type,
        change.actions,
        entry.action_reason ?? null,
        change.importing !== undefined && change.importing !== null
    ]);
}
/**
 * Where two digests part, in words, or undefined when they are the same plan: the first entry that
 * differs (by the canonical lines), or the entry counts.
 */
function describeDigestDifference(a, b, names) {
    if (a.sha256 === b.sha256)
        return undefined;
    const shared = Math.min(a.kept.length, b.kept.length);
    for (let i = 0; i < shared; i++) {
        if (a.kept[i] !== b.kept[i]) {
            return `resource change ${i + 1} differs: ${names[0]} has ${describeLine(a.kept[i])}, ${names[1]} has ${describeLine(b.kept[i])}`;
        }
    }
    if (a.entries !== b.entries) {
        return `${names[0]} has ${a.entries} resource change(s), ${names[1]} has ${b.entries}`;
    }
    return `they differ after the first ${shared} resource changes`;
}
function describeLine(line) {
    if (line === undefined)
        return 'no entry';
    const [address, previous, deposed, , , actions] = JSON.parse(line);
    const moved = previous ? ` (moved from ${previous})` : '';
    const object = deposed ? ` deposed object ${deposed}` : '';
    return `${address}${moved}${object} with actions ${JSON.stringify(actions)}`;
}

// EXTERNAL MODULE: ./src/plan/plan-reader.ts + 4 modules
var plan_reader = __webpack_require__(4831);
// EXTERNAL MODULE: ./src/action/modes/run-setup.ts + 3 modules
var run_setup = __webpack_require__(47243);
;// CONCATENATED MODULE: ./src/action/modes/gate-artifact.ts
/**
 * The safety-gate's plan artifact: downloaded, checked against its manifest (sha256 of every file,
 * commit, working directory, environment), and tied to the plan apply will use. When the artifact
 * holds the binary plan (plan.tfplan), the gate judges `terraform show -json` of that very file, and
 * refuses an artifact whose plan.json describes other changes; an artifact of plan JSON alone is
 * judged on that JSON. Either way the manifest's counts and risk must be what the gate's own
 * analysis finds. Anything that does not hold is an ArtifactError, so the gate denies.
 */












const PLAN_JSON = 'plan.json';
const PLAN_BINARY = 'plan.tfplan';
/** Downloads and verifies the artifact; returns the plan to judge. */
async function obtainArtifactPlan(inputs, setup, notes) {
    const { downloadPlanArtifact } = await __webpack_require__.e(/* import() */ 446).then(__webpack_require__.bind(__webpack_require__, 13446));
    const { verifyManifest } = await __webpack_require__.e(/* import() */ 520).then(__webpack_require__.bind(__webpack_require__, 77520));
    const downloaded = await downloadPlanArtifact({
        name: inputs.artifactName,
        destination: (0,external_node_path_.join)(setup.outputDir, 'artifact')
    });
    const verification = verifyManifest(downloaded.manifest, downloaded.dir, {
        commitSha: inputs.context.sha,
        workingDirectory: (0,run_setup/* workspaceRelative */.Uc)(inputs),
        environment: setup.environment.name
    }, { allowStalePlan: inputs.allowStalePlan });
    if (verification.staleRelaxed) {
        const note = `allow_stale_plan: the commit check was relaxed. The plan artifact was made for commit ${downloaded.manifest.commitSha}, this run is ${inputs.context.sha}; every other integrity check still applied.`;
        notes.push(note);
        log/* warning */.$e(note);
    }
    log/* info */.pq(log/* own */.ZV `Plan artifact '${inputs.artifactName}' verified (sha256 of every file, commit, directory, environment)`);
    const listed = new Set(downloaded.manifest.files.map(file => file.name));
    const artifactJson = listed.has(PLAN_JSON) ? (0,external_node_path_.join)(downloaded.dir, PLAN_JSON) : undefined;
    const manifest = downloaded.manifest;
    if (!listed.has(PLAN_BINARY)) {
        if (!artifactJson) {
            throw new errors/* ArtifactError */.nE(`The plan artifact '${inputs.artifactName}' holds neither ${PLAN_BINARY} nor ${PLAN_JSON}, so there is no plan to judge. Re-run the plan job`);
        }
        log/* info */.pq(log/* own */.ZV `The artifact holds plan JSON only (the plan job had no binary plan): judging ${PLAN_JSON}`);
        return {
            planJson: artifactJson,
            visitors: [],
            check: analysis => checkManifestClaims(manifest, analysis)
        };
    }
    const planFile = (0,external_node_path_.join)(downloaded.dir, PLAN_BINARY);
    const shown = (0,external_node_path_.join)(setup.outputDir, 'plan-from-binary.json');
    await showBinaryPlan(inputs, planFile, shown);
    log/* info */.pq(log/* own */.ZV `Judging ${PLAN_BINARY}, the plan apply uses, through terraform show -json`);
    return {
        planJson: shown,
        planFile,
        visitors: [],
        check: analysis => {
            // The artifact's plan.json has the plan's secrets replaced (addresses built from one included):
            // it is compared with the judged plan redacted the same way, which only this analysis can do.
            if (artifactJson) {
                const redacted = (0,external_node_path_.join)(setup.outputDir, 'plan-from-binary.redacted.json');
                (0,redacted_plan.writeRedactedPlan)(shown, redacted, (0,plan_secrets/* planSecrets */.Ds)(analysis.sensitiveValues));
                compareWithArtifactJson(artifactJson, digestOf(redacted));
            }
            checkManifestClaims(manifest, analysis);
        }
    };
}
/** `terraform show -json` on the downloaded binary plan; a plan terraform cannot read is not judged. */
async function showBinaryPlan(inputs, planFile, out) {
    if (!(0,external_node_fs_.existsSync)(inputs.workingDirectory)) {
        throw new errors/* ArtifactError */.nE(`The plan artifact holds a binary plan, which the gate reads with terraform show in working_directory '${inputs.workingDirectory}'; that folder does not exist. Check out the repository before the gate`);
    }
    try {
        await (0,obtain_plan/* showPlanJson */.t)((0,cli/* resolveTerraformBinary */.i)(inputs.terraformBinary), planFile, inputs.workingDirectory, out);
    }
    catch (error) {
        throw new errors/* ArtifactError */.nE(`The plan artifact holds ${PLAN_BINARY}, the plan apply would use, but terraform show could not read it, so the gate cannot see what it would do: ${(0,errors/* describeError */.Uc)(error)}. Install the same Terraform version as the plan job and run terraform init in working_directory before the gate`);
    }
}
/** The artifact's plan.json must describe the same changes as the binary plan. */
function compareWithArtifactJson(artifactJson, judged) {
    const difference = describeDigestDifference(judged, digestOf(artifactJson), [PLAN_BINARY, PLAN_JSON]);
    if (difference) {
        throw new errors/* ArtifactError */.nE(`The plan artifact's ${PLAN_JSON} does not describe the plan in ${PLAN_BINARY} (${difference}). The binary plan is what apply would use; an artifact whose parts disagree was not made by one plan job, so it is refused. Re-run the plan job`);
    }
}
/** The digest of a plan JSON file. */
function digestOf(path) {
    const digester = createPlanDigester();
    (0,files/* withPlanFile */.aq)(path, source => (0,plan_reader/* readPlan */.m)(source, digester.visitor));
    return digester.finish();
}
/** The manifest's counts and risk must be what the gate's own analysis of the judged plan finds. */
function checkManifestClaims(manifest, analysis) {
    const differences = [];
    for (const [key, value] of Object.entries(analysis.counts)) {
        if (manifest.counts[key] !== value)
            differences.push(`${key}: manifest ${manifest.counts[key]}, plan ${value}`);
    }
    if (manifest.risk.level !== analysis.risk.level) {
        differences.push(`risk: manifest ${manifest.risk.level}, plan ${analysis.risk.level}`);
    }
    if (differences.length > 0) {
        throw new errors/* ArtifactError */.nE(`The plan artifact's manifest.json does not match the plan it came with (${differences.join('; ')}). The manifest was not written for this plan, so the artifact is refused. Re-run the plan job (with allow_stale_plan, a policy that changed between the two commits can change the risk)`);
    }
}

// EXTERNAL MODULE: ./src/action/modes/plan-outputs.ts
var plan_outputs = __webpack_require__(22949);
// EXTERNAL MODULE: ./src/action/modes/job-summary.ts
var job_summary = __webpack_require__(13051);
;// CONCATENATED MODULE: ./src/action/modes/safety-gate.ts
/**
 * `safety-gate` mode: reads the plan (plan_json, plan_file or the plan artifact), applies the
 * environment's policy and fails the job when the verdict is deny. It fails closed: anything that
 * goes wrong before a verdict is reached is itself a denial with allowed=false.
 */











/** Runs the gate. Sets `allowed` on every path, including failures. */
async function runSafetyGate(inputs) {
    let setup;
    let analysis;
    let verdict;
    let planFile;
    const notes = [];
    try {
        setup = await (0,run_setup/* prepareRun */.Z0)(inputs);
        const plan = await log/* group */.Os('Obtain plan', () => locatePlan(inputs, setup, notes));
        const evaluation = await log/* group */.Os('Analyse plan and apply policy', async () => (0,run_setup/* evaluatePlanFile */.ZB)(plan.planJson, setup, await (0,run_setup/* gateContext */.VS)(inputs, setup, { enforceApprovals: true }), plan.visitors));
        plan.check(evaluation.analysis);
        analysis = evaluation.analysis;
        verdict = evaluation.verdict;
        (0,plan_outputs/* registerSensitiveValues */.Sn)(analysis);
        (0,plan_outputs/* setPlanOutputs */.AS)(analysis, plan.planJson);
        (0,plan_outputs/* setPolicyOutputs */.rf)(evaluation.verdict, analysis);
        planFile = plan.planFile;
        log/* info */.pq((0,plan_outputs/* describeCounts */.wv)(analysis));
    }
    catch (error) {
        analysis = undefined;
        verdict = failClosedVerdict(error, setup?.environment ?? (0,environment/* resolveEnvironment */.g9)(inputs.environmentRequest));
    }
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.allowed, String(verdict.allowed));
    // The binary plan the gate judged, for apply: only when it allowed that very plan.
    if (verdict.allowed && planFile)
        core/* setOutput */.uH(constants/* OUTPUT */.aQ.planFile, planFile);
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.gateReasons, JSON.stringify((0,plan_outputs/* scrubFindings */.m7)(verdict.findings, analysis).map(publicFinding)));
    if (!setup)
        core/* setOutput */.uH(constants/* OUTPUT */.aQ.environment, verdict.environment);
    const context = setup
        ? (0,run_setup/* reportContextFor */.Tr)(inputs, setup, verdict)
        : {
            environment: verdict.environment,
            workingDirectory: (0,run_setup/* workspaceRelative */.Uc)(inputs),
            dryRun: inputs.dryRun,
            verdict
        };
    await (0,job_summary/* writeJobSummary */.j)((0,render/* renderGateReport */.C_)(verdict, analysis, { ...context, notes, verdict, dryRun: inputs.dryRun }));
    // Scrubbed where they quote the plan; the rest is the action's own words, never scrubbed again.
    for (const finding of (0,plan_outputs/* scrubFindings */.m7)(verdict.findings, analysis).filter(f => f.severity === 'warn')) {
        log/* warning */.$e(new log/* OwnText */.QT([`${finding.rule}: ${finding.message}`], []));
    }
    if (verdict.allowed) {
        log/* info */.pq(log/* own */.ZV `Gate: allowed in '${verdict.environment}'.`);
        return;
    }
    const lines = (0,render/* renderGateLog */.Et)(verdict, analysis?.sensitiveValues);
    if (inputs.dryRun) {
        // The lines are the gate's own words with the plan's fragments already scrubbed (renderGateLog).
        log/* warning */.$e(new log/* OwnText */.QT([
            `dry_run: the gate denied this plan, but the step does not fail. Skip apply when allowed == 'false'.\n${lines.join('\n')}`
        ], []));
        return;
    }
    throw new errors/* GateDeniedError */.nN(lines.join('\n'));
}
/** plan_json or plan_file when given; otherwise the plan artifact of this run, verified. */
async function locatePlan(inputs, setup, notes) {
    if (inputs.planJson || inputs.planFile) {
        const plan = await (0,obtain_plan/* obtainPlan */.J)({
            ...inputs,
            workspace: inputs.context.workspace,
            outputDir: setup.outputDir
        });
        log/* info */.pq(log/* own */.ZV `Plan JSON from ${plan.origin}${plan.binary ? ` (${plan.binary})` : ''}: ${plan.planJson}`);
        return { planJson: plan.planJson, planFile: plan.planFile, visitors: [], check: () => undefined };
    }
    if (!inputs.context.hasActionsRuntime) {
        throw new errors/* InputError */.dz("safety-gate needs a plan: set 'plan_json' or 'plan_file', or run it in GitHub Actions after a plan step that uploaded the artifact '" +
            inputs.artifactName +
            "'");
    }
    return obtainArtifactPlan(inputs, setup, notes);
}
/** Any error before a verdict is a denial that says what went wrong. */
function failClosedVerdict(error, environment) {
    const finding = {
        rule: 'fail-closed',
        severity: 'deny',
        addresses: [],
        message: `The gate could not evaluate the plan, so it denies it: ${(0,errors/* describeError */.Uc)(error)}`,
        remedy: 'Fix the problem above and re-run; the gate never allows a plan it could not fully read.'
    };
    // When the policy itself failed to load, the environment comes from the built-in rules: for the report only.
    return {
        allowed: false,
        environment: environment.name,
        protectedEnvironment: environment.protected,
        findings: [finding]
    };
}
function publicFinding(finding) {
    return {
        rule: finding.rule,
        severity: finding.severity,
        addresses: finding.addresses,
        message: finding.message,
        remedy: finding.remedy
    };
}


/***/ }),

/***/ 26548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hQ: () => (/* binding */ memberNames),
/* harmony export */   hg: () => (/* binding */ redactTrees),
/* harmony export */   rd: () => (/* binding */ redactString)
/* harmony export */ });
/* harmony import */ var _scrub_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(397);

/** Deeper values are replaced whole: Terraform never nests this far. */
const MAX_DEPTH = 100;
/** A string as the redacted plan writes it: a collected secret whole, otherwise scrubbed. */
function redactString(value, secrets) {
    return secrets.isSecretValue(value) ? _scrub_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .SENSITIVE_PLACEHOLDER */ .Bo : secrets.scrub(value);
}
/** Redacts trees[0] under the marks in trees[1], renaming member names alike in every tree. */
function redactTrees(trees, secrets, depth = 0) {
    const [value, mark] = trees;
    // Mirrors hold booleans; anything else in them (a hostile plan) is redacted like a value.
    const mirrors = () => trees
        .slice(1)
        .map(tree => isContainer(tree) ? redactTrees([tree], secrets, depth + 1)[0] : redactLeaf(tree, secrets));
    if (mark === true)
        return [value === null || value === undefined ? value : _scrub_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .SENSITIVE_PLACEHOLDER */ .Bo, ...mirrors()];
    if (depth > MAX_DEPTH)
        return [_scrub_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .SENSITIVE_PLACEHOLDER */ .Bo, ...trees.slice(1).map(() => undefined)];
    if (!trees.some(isContainer))
        return [redactLeaf(value, secrets), ...mirrors()];
    // The value decides the shape; a mirror of another shape only contributes what matches it.
    const shape = isContainer(value) ? value : trees.find(isContainer);
    return Array.isArray(shape) ? redactArrays(trees, secrets, depth) : redactObjects(trees, secrets, depth);
}
/** A string or number as the redacted plan writes it; booleans and null as they are. */
function redactLeaf(value, secrets) {
    if (typeof value === 'string')
        return redactString(value, secrets);
    if (typeof value === 'number')
        return secrets.isSecretValue(value) ? _scrub_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .SENSITIVE_PLACEHOLDER */ .Bo : value;
    return value;
}
function redactArrays(trees, secrets, depth) {
    const length = Math.max(0, ...trees.map(tree => (Array.isArray(tree) ? tree.length : 0)));
    const out = trees.map(tree => Array.isArray(tree) ? [] : isContainer(tree) ? undefined : redactLeaf(tree, secrets));
    for (let i = 0; i < length; i++) {
        const children = redactTrees(trees.map(tree => child(tree, i)), secrets, depth + 1);
        children.forEach((result, t) => {
            const tree = trees[t];
            if (Array.isArray(tree) && i < tree.length)
                out[t].push(result);
        });
    }
    return out;
}
function redactObjects(trees, secrets, depth) {
    const names = memberNames(trees, secrets);
    const out = trees.map(tree => isRecord(tree) ? Object.create(null) : isContainer(tree) ? undefined : redactLeaf(tree, secrets));
    for (const [name, renamed] of names) {
        const children = redactTrees(trees.map(tree => child(tree, name)), secrets, depth + 1);
        children.forEach((result, t) => {
            const tree = trees[t];
            if (isRecord(tree) && Object.hasOwn(tree, name))
                out[t][renamed] = result;
        });
    }
    return out;
}
/** Every member name of every tree (the value's first), each with a scrubbed name unique among them. */
function memberNames(trees, secrets) {
    const names = new Map();
    const used = new Set();
    for (const tree of trees) {
        if (!isRecord(tree))
            continue;
        for (const name of Object.keys(tree)) {
            if (names.has(name))
                continue;
            const base = redactString(name, secrets);
            let renamed = base;
            for (let n = 2; used.has(renamed); n++)
                renamed = `${base} #${n}`;
            used.add(renamed);
            names.set(name, renamed);
        }
    }
    return names;
}
function child(tree, step) {
    if (tree === true)
        return true;
    if (!isContainer(tree))
        return undefined;
    return Object.hasOwn(tree, step) ? tree[step] : undefined;
}
function isContainer(value) {
    return value !== null && typeof value === 'object';
}
function isRecord(value) {
    return isContainer(value) && !Array.isArray(value);
}


/***/ })

};

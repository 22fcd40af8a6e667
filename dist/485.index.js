export const id = 485;
export const ids = [485];
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

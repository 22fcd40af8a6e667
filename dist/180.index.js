export const id = 180;
export const ids = [180];
export const modules = {

/***/ 54714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n$: () => (/* binding */ loadPolicyFile),
  Mo: () => (/* binding */ readCostFile),
  T8: () => (/* binding */ resolveUserPath),
  aq: () => (/* binding */ withPlanFile)
});

// UNUSED EXPORTS: MAX_POLICY_BYTES, describeFileKind

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/config/defaults.ts
var defaults = __webpack_require__(823);
;// CONCATENATED MODULE: ./src/policy/cost-estimate.ts
/**
 * Reads Infracost's JSON (`infracost breakdown --format json` or `infracost diff --format json`):
 * money is decimal text or null; the root has totalMonthlyCost, pastTotalMonthlyCost,
 * diffTotalMonthlyCost and currency; each project has pastBreakdown, breakdown and diff, each with
 * resources[] (name = address, monthlyCost). Anything else is a PolicyError naming the file.
 */

const RESOURCE_CAP = 200;
/** Parses Infracost JSON text; pure. */
function parseCostEstimate(text, file) {
    const fail = (detail) => {
        throw new errors/* PolicyError */.pn(`Infracost file '${file}' is not usable: ${detail}. Expected the output of 'infracost breakdown --format json' or 'infracost diff --format json'`);
    };
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return fail(`it is not JSON (${error.message})`);
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return fail('the document is not a JSON object');
    const root = data;
    if (typeof root.currency !== 'string' || root.currency.trim() === '')
        return fail("'currency' is missing");
    if (!('totalMonthlyCost' in root))
        return fail("'totalMonthlyCost' is missing");
    if (!Array.isArray(root.projects))
        return fail("'projects' is missing or not a list");
    const money = (value, where) => {
        if (value === null || value === undefined)
            return null;
        const number = typeof value === 'number'
            ? value
            : typeof value === 'string' && value.trim() !== ''
                ? Number(value)
                : NaN;
        return Number.isFinite(number)
            ? number
            : fail(`'${where}' is not an amount of money (got ${JSON.stringify(value)})`);
    };
    const monthlyAfter = money(root.totalMonthlyCost, 'totalMonthlyCost') ?? 0;
    const monthlyBefore = money(root.pastTotalMonthlyCost, 'pastTotalMonthlyCost');
    const diff = money(root.diffTotalMonthlyCost, 'diffTotalMonthlyCost');
    const monthlyChange = diff ?? monthlyAfter - (monthlyBefore ?? 0);
    const resources = root.projects.flatMap((project, index) => projectResources(project, index, money, fail));
    resources.sort((a, b) => Math.abs(b.monthlyChange) - Math.abs(a.monthlyChange));
    return {
        file,
        currency: root.currency,
        monthlyBefore,
        monthlyAfter,
        monthlyChange: round(monthlyChange),
        resources: resources.slice(0, RESOURCE_CAP),
        omittedResources: Math.max(0, resources.length - RESOURCE_CAP)
    };
}
function projectResources(project, index, money, fail) {
    if (project === null || typeof project !== 'object')
        return fail(`'projects[${index}]' is not an object`);
    const record = project;
    const name = typeof record.name === 'string' ? record.name : `project ${index + 1}`;
    const costs = (section) => {
        const map = new Map();
        const breakdown = record[section];
        if (breakdown === undefined || breakdown === null)
            return map;
        const resources = breakdown.resources;
        if (resources === undefined || resources === null)
            return map;
        if (!Array.isArray(resources))
            return fail(`'projects[${index}].${section}.resources' is not a list`);
        resources.forEach((resource, position) => {
            const where = `projects[${index}].${section}.resources[${position}]`;
            const item = resource;
            if (!item || typeof item.name !== 'string')
                return fail(`'${where}.name' is missing`);
            map.set(item.name, money(item.monthlyCost, `${where}.monthlyCost`));
        });
        return map;
    };
    const before = costs('pastBreakdown');
    const after = costs('breakdown');
    const diff = costs('diff');
    const addresses = new Set([...diff.keys(), ...before.keys(), ...after.keys()]);
    const out = [];
    for (const address of addresses) {
        const change = diff.has(address)
            ? (diff.get(address) ?? 0)
            : (after.get(address) ?? 0) - (before.get(address) ?? 0);
        if (change === 0 && diff.size > 0 && !diff.has(address))
            continue;
        if (change === 0 && before.get(address) === after.get(address))
            continue;
        out.push({
            project: name,
            address,
            monthlyBefore: before.get(address) ?? null,
            monthlyAfter: after.get(address) ?? null,
            monthlyChange: round(change)
        });
    }
    return out;
}
/** Cents are enough; avoids 0.1 + 0.2 noise in outputs. */
function round(value) {
    return Math.round(value * 100) / 100;
}

;// CONCATENATED MODULE: ./src/action/adapters/files.ts
/**
 * The files the action reads for the core: plan JSON (handed to the reader as a ByteSource), the
 * policy file and the Infracost file. Opening, checking that a path is a regular file, and turning
 * file-system errors into messages that name the file and input all happen here.
 *
 * Every file is opened without blocking and checked with fstat before a byte is read: a FIFO would
 * otherwise wait for a writer forever, and /dev/zero never ends. The policy file is the pull
 * request's own on pull_request runs (a committed symlink to either is followed), so it gets these
 * checks too, and a size limit.
 */





/** Policy files are a page or two of YAML; anything near this is not one. */
const MAX_POLICY_BYTES = 1 << 20;
/** Infracost JSON for a big monorepo stays well under this. */
const MAX_COST_BYTES = 256 << 20;
/** What a path that is not a regular file is: "a directory", "a FIFO (named pipe)", … */
function describeFileKind(stat) {
    if (stat.isDirectory())
        return 'a directory';
    if (stat.isFIFO())
        return 'a FIFO (named pipe)';
    if (stat.isCharacterDevice())
        return 'a character device';
    if (stat.isBlockDevice())
        return 'a block device';
    if (stat.isSocket())
        return 'a socket';
    return 'not a regular file';
}
/** Thrown by openRegularFile; `code` is the errno code when the open failed. */
class FileOpenError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
/**
 * Opens `path` without blocking and checks that it is a regular file (following symlinks) of at most
 * `maxBytes`. Returns the descriptor, which the caller closes, and the size.
 */
function openRegularFile(path, maxBytes = Infinity) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    }
    catch (error) {
        const { code, message } = error;
        throw new FileOpenError(`the file cannot be read (${message})`, code);
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile())
            throw new FileOpenError(`it is ${describeFileKind(stat)}, not a regular file`);
        if (stat.size > maxBytes) {
            throw new FileOpenError(`it is ${stat.size} bytes; at most ${maxBytes} bytes are read`);
        }
        return { fd, size: stat.size };
    }
    catch (error) {
        (0,external_node_fs_.closeSync)(fd);
        throw error;
    }
}
/** Reads a whole small file that openRegularFile accepted, as UTF-8. */
function readSmallFile(path, maxBytes) {
    const { fd, size } = openRegularFile(path, maxBytes);
    try {
        const buffer = Buffer.alloc(size);
        let filled = 0;
        while (filled < size) {
            const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, filled, size - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        return buffer.toString('utf8', 0, filled);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Finds a path the user gave in an input: an absolute path as is; a relative one against each base
 * in turn (the workspace, then working_directory). Throws InputError naming the input when nothing
 * is there, or when what is there is not a regular file (a directory, FIFO, device).
 */
function resolveUserPath(path, bases, inputName) {
    const candidates = (0,external_node_path_.isAbsolute)(path) ? [path] : [...new Set(bases.map(base => (0,external_node_path_.resolve)(base, path)))];
    for (const candidate of candidates) {
        let stat;
        try {
            stat = (0,external_node_fs_.statSync)(candidate);
        }
        catch {
            continue;
        }
        if (stat.isFile())
            return candidate;
        throw new errors/* InputError */.dz(`Input '${inputName}' names '${candidate}', which is ${describeFileKind(stat)}, not a regular file; name the file itself`);
    }
    throw new errors/* InputError */.dz(`Input '${inputName}' names '${path}', which does not exist (looked in ${candidates.join(' and ')}). ` +
        `Check the path, or make sure the step that writes it ran in this job (or download its artifact first).`);
}
/**
 * Opens a plan file and hands it to `read` as a ByteSource named by its path; closes it afterwards.
 * Throws PlanReadError when the path cannot be opened or is not a regular file.
 */
function withPlanFile(path, read) {
    let opened;
    try {
        opened = openRegularFile(path);
    }
    catch (error) {
        if (!(error instanceof FileOpenError))
            throw error;
        throw new errors/* PlanReadError */.Ap(path, `${error.message}; expected plan JSON. Check the path and the step that wrote it`);
    }
    const { fd, size } = opened;
    try {
        return read({
            name: path,
            size,
            read: (buffer, position) => (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, position)
        });
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Reads, validates and merges the policy file. A missing default file means the built-in policy; a
 * missing explicit file is an error, and so is anything that is not a regular file of at most
 * MAX_POLICY_BYTES. Throws PolicyError naming the file and each problem.
 */
async function loadPolicyFile(options) {
    let text;
    const named = `Policy file '${options.path}'${options.explicit ? " (input 'config')" : ''}`;
    try {
        text = readSmallFile(options.path, MAX_POLICY_BYTES);
    }
    catch (error) {
        if (!(error instanceof FileOpenError))
            throw error;
        if (error.code === 'ENOENT' && !options.explicit)
            return { policy: (0,defaults/* defaultPolicy */.G4)(), source: 'defaults', path: options.path };
        if (error.code === 'ENOENT') {
            throw new errors/* PolicyError */.pn(`${named} does not exist; fix the path, or remove the input to use the built-in defaults`);
        }
        throw new errors/* PolicyError */.pn(`${named} cannot be read: ${error.message}. A policy file is a YAML file in the repository`);
    }
    // The YAML and JSON Schema libraries are loaded only when there is a policy file to parse.
    const { parsePolicy } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(463), __webpack_require__.e(511)]).then(__webpack_require__.bind(__webpack_require__, 92511));
    return { policy: parsePolicy(text, options.path), source: 'file', path: options.path };
}
/** Reads and parses an Infracost JSON file (input `infracost_json`). */
function readCostFile(file) {
    let text;
    try {
        text = readSmallFile(file, MAX_COST_BYTES);
    }
    catch (error) {
        if (!(error instanceof FileOpenError))
            throw error;
        throw new errors/* PolicyError */.pn(`Infracost file '${file}' (input 'infracost_json') cannot be read: ${error.message}`);
    }
    return parseCostEstimate(text, file);
}


/***/ }),

/***/ 54253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ analysePlan)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/plan/plan-format.ts
var plan_format = __webpack_require__(17654);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/plan/model.ts
/**
 * The subset of Terraform's / OpenTofu's machine-readable plan (`terraform show -json`) that
 * infra-guard reads. Field names follow the upstream JSON exactly. Everything is optional where
 * some format_version (0.1 .. 1.x) may omit it; the reader validates shape before analysis sees it.
 */
/** The action verbs Terraform has used in `change.actions` so far. Anything else is unknown and fails the gate closed. */
const KNOWN_ACTIONS = ['no-op', 'create', 'read', 'update', 'delete', 'forget'];

// EXTERNAL MODULE: ./src/analysis/diff/index.ts + 16 modules
var diff = __webpack_require__(75495);
// EXTERNAL MODULE: ./src/analysis/pulumi-facts.ts
var pulumi_facts = __webpack_require__(7884);
;// CONCATENATED MODULE: ./src/analysis/classify-change.ts
/**
 * Classifies one `resource_changes` / `resource_drift` entry by its exact `actions` array.
 * Terraform's verbs may grow (forget arrived in 1.7); a verb or combination this table does not know
 * is never guessed at or skipped: it raises UnreadableChangeError and the gate fails closed on it.
 */




/** One entry the analysis cannot understand; the analyzer records it in `PlanAnalysis.unreadable`. */
class UnreadableChangeError extends errors/* InfraGuardError */.ye {
    address;
    problem;
    constructor(address, problem) {
        super(`Cannot classify plan entry '${address}': ${problem}`);
        this.address = address;
        this.problem = problem;
    }
}
/** The exact action arrays Terraform writes, joined with commas, and what each means. */
const ACTION_TABLE = {
    'no-op': { kind: 'no-op', createBeforeDestroy: false },
    create: { kind: 'create', createBeforeDestroy: false },
    read: { kind: 'read', createBeforeDestroy: false },
    update: { kind: 'update', createBeforeDestroy: false },
    delete: { kind: 'delete', createBeforeDestroy: false },
    'delete,create': { kind: 'replace', createBeforeDestroy: false },
    'create,delete': { kind: 'replace', createBeforeDestroy: true },
    forget: { kind: 'forget', createBeforeDestroy: false },
    'create,forget': { kind: 'create-forget', createBeforeDestroy: false },
    // Terraform's ForgetThenCreate: replaced, the old object only forgotten (removed with destroy = false).
    'forget,create': { kind: 'create-forget', createBeforeDestroy: false }
};
/** Kinds whose attribute changes are worth listing (the object exists before and after). */
const DIFFED_KINDS = new Set(['update', 'replace', 'create-forget']);
/** Kinds whose old object goes away (or out of Terraform's hands): what identifies it is shown. */
const IDENTIFIED_KINDS = new Set(['delete', 'forget']);
/** Longest import ID or object ID kept (they are pasted into commands and blocks). */
const MAX_ID_CHARS = 1000;
/** Longest actions array copied into a ClassifiedChange; real ones have at most two verbs. */
const MAX_ACTIONS_KEPT = 8;
const KNOWN = new Set(KNOWN_ACTIONS);
/** Maps an actions array to its kind; throws UnreadableChangeError naming an unknown verb or combination. */
function classifyActions(actions, address) {
    if (!Array.isArray(actions) || actions.length === 0) {
        throw new UnreadableChangeError(address, `change.actions must be a non-empty list of verbs; got ${describe(actions)}`);
    }
    const verbs = actions.slice(0, MAX_ACTIONS_KEPT);
    for (const verb of actions) {
        if (typeof verb !== 'string') {
            throw new UnreadableChangeError(address, `change.actions holds ${describe(verb)}, not a verb string`);
        }
        if (!KNOWN.has(verb)) {
            throw new UnreadableChangeError(address, `unknown action verb '${verb.slice(0, 80)}' in ${describe(verbs)}; this infra-guard version does not know what it does, so the plan is refused. Upgrade infra-guard to one that understands it.`);
        }
    }
    const entry = Object.hasOwn(ACTION_TABLE, actions.join(',')) ? ACTION_TABLE[actions.join(',')] : undefined;
    if (!entry) {
        throw new UnreadableChangeError(address, `unknown combination of actions ${describe(verbs)}; known ones are ${Object.keys(ACTION_TABLE)
            .map(k => `[${k}]`)
            .join(', ')}`);
    }
    return entry;
}
/**
 * Classifies one entry the plan reader accepted (it checked the address, type, change object and
 * actions list): kind, flags (import, move, create_before_destroy) and, unless `detail` is false, the
 * masked detail (see addDetail). Throws UnreadableChangeError for a mode or an action it does not know.
 * The analyzer passes `detail: false` and adds detail only to the entries it keeps: on a big plan
 * almost all are only counted.
 */
function classifyChange(entry, options = {}) {
    const { address, change } = entry;
    // The Pulumi reader says in its own words why it could not map a step.
    const problem = (0,pulumi_facts/* pulumiProblem */.E2)(entry);
    if (problem !== undefined)
        throw new UnreadableChangeError(address, problem);
    if (entry.mode !== 'managed' && entry.mode !== 'data') {
        throw new UnreadableChangeError(address, `mode must be 'managed' or 'data'; got ${describe(entry.mode)}`);
    }
    const { kind, createBeforeDestroy } = classifyActions(change.actions, address);
    const classified = {
        address,
        type: entry.type,
        name: typeof entry.name === 'string' ? entry.name : '',
        mode: entry.mode,
        kind,
        actions: change.actions.slice(0, MAX_ACTIONS_KEPT),
        createBeforeDestroy,
        importing: change.importing !== undefined && change.importing !== null
    };
    if (typeof entry.module_address === 'string' && entry.module_address !== '')
        classified.moduleAddress = entry.module_address;
    const importId = change.importing?.id;
    if (typeof importId === 'string' && importId !== '')
        classified.importId = importId.slice(0, MAX_ID_CHARS);
    if (typeof entry.provider_name === 'string')
        classified.providerName = entry.provider_name;
    if (typeof entry.previous_address === 'string' && entry.previous_address !== address) {
        classified.previousAddress = entry.previous_address;
    }
    if (typeof entry.action_reason === 'string')
        classified.actionReason = entry.action_reason;
    if (typeof entry.deposed === 'string')
        classified.deposed = entry.deposed;
    const pulumi = (0,pulumi_facts/* pulumiChangeFacts */.Gz)(entry);
    if (pulumi)
        classified.pulumi = pulumi;
    if (options.detail !== false)
        addDetail(classified, entry, options);
    return classified;
}
/**
 * Fills in the masked detail of an entry classifyChange accepted: the structural diff of updates and
 * replacements, the key attributes of creates (what a reviewer checks) and of deletes and forgets
 * (what identifies the object, and its `id` for an `import` block that brings it back).
 */
function addDetail(classified, entry, options = {}) {
    const { change } = entry;
    const { kind, type } = classified;
    if (DIFFED_KINDS.has(kind))
        classified.diff = (0,diff/* diffResourceChange */.ad)(change, { hideString: options.hideString });
    if (kind === 'create') {
        classified.keyAttributes = (0,diff/* keyAttributes */.PD)(type, change.after, change.after_sensitive, change.after_unknown, {
            scrub: (0,diff/* secretScrubber */.vt)(change, options)
        });
    }
    else if (IDENTIFIED_KINDS.has(kind)) {
        classified.keyAttributes = (0,diff/* keyAttributes */.PD)(type, change.before, change.before_sensitive, undefined, {
            concerns: ['identity', 'size', 'protection'],
            scrub: (0,diff/* secretScrubber */.vt)(change, options)
        });
        const id = objectId(change.before, change.before_sensitive, options);
        if (id !== undefined)
            classified.objectId = id;
    }
}
/** The object's `id` before the change, when it is a plain string that is neither marked nor hidden. */
function objectId(before, sensitive, options) {
    if (before === null || typeof before !== 'object' || Array.isArray(before))
        return undefined;
    const id = before.id;
    if (typeof id !== 'string' || id === '' || id.length > MAX_ID_CHARS)
        return undefined;
    if (sensitive === true ||
        (sensitive !== null &&
            typeof sensitive === 'object' &&
            sensitive.id === true))
        return undefined;
    return options.hideString?.(['id'], id) ? undefined : id;
}
/** True for kinds that destroy the existing object (Terraform's "to destroy"). */
function isDestructive(kind) {
    return kind === 'delete' || kind === 'replace';
}
/** Short, bounded description of an unexpected value for error messages. */
function describe(value) {
    if (value === undefined)
        return 'nothing';
    let text;
    try {
        text = JSON.stringify(value) ?? String(value);
    }
    catch {
        // JSON.stringify failed (too deep): String() of a deep array recurses just the same, so do not call it.
        text = Array.isArray(value) ? '[…]' : String(value);
    }
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

;// CONCATENATED MODULE: ./src/analysis/address-set.ts
/**
 * The (address, deposed) pairs of resource_changes seen so far, to find an address listed twice.
 * It holds one item per entry for the whole plan, so it is the one part of the analysis that grows
 * with the plan; it is kept small. Two pairs are the same exactly when
 * `address + NUL + (deposed ?? '')` is (as the analysis has always compared them), but no joined
 * string is built: entries without a deposed key (nearly all) are stored by address, and the
 * addresses of counted resources (`aws_instance.web[41]`, most of any large plan) as a number under
 * their shared prefix instead of a string each.
 */
/** Longest index stored as a number: 15 digits stay exact in a double. */
const MAX_INDEX_DIGITS = 15;
/**
 * Where the `[index]` at the end of `address` starts, when the index is a whole number in canonical
 * decimal form (no leading zeros, so the number gives back the exact text); otherwise -1.
 */
function indexStart(address) {
    const end = address.length - 1;
    if (end < 2 || address.charCodeAt(end) !== 0x5d)
        return -1;
    let i = end - 1;
    while (i >= 0 && address.charCodeAt(i) >= 0x30 && address.charCodeAt(i) <= 0x39)
        i--;
    const digits = end - 1 - i;
    if (i < 0 || address.charCodeAt(i) !== 0x5b || digits === 0 || digits > MAX_INDEX_DIGITS)
        return -1;
    if (digits > 1 && address.charCodeAt(i + 1) === 0x30)
        return -1;
    return i;
}
/** An empty set. */
function createAddressSet() {
    const indexed = new Map();
    const other = new Set();
    /** Keys `address NUL deposed` of deposed objects (rare). */
    const deposedKeys = new Set();
    // Entries of one counted resource usually come one after another: remember the last prefix's set.
    let lastPrefix = '';
    let lastIndices;
    /** The numbers stored under the prefix of `address` (ending at `bracket`), created on `create`. */
    const indicesOf = (address, bracket, create) => {
        if (lastIndices && bracket === lastPrefix.length && address.startsWith(lastPrefix))
            return lastIndices;
        const prefix = address.slice(0, bracket);
        let indices = indexed.get(prefix);
        if (!indices && create) {
            indices = new Set();
            indexed.set(prefix, indices);
        }
        if (indices) {
            lastPrefix = prefix;
            lastIndices = indices;
        }
        return indices;
    };
    const hasPlain = (address) => {
        const bracket = indexStart(address);
        if (bracket < 0)
            return other.has(address);
        return indicesOf(address, bracket, false)?.has(Number(address.slice(bracket + 1, -1))) === true;
    };
    const addPlain = (address) => {
        const bracket = indexStart(address);
        if (bracket < 0)
            other.add(address);
        else
            indicesOf(address, bracket, true)?.add(Number(address.slice(bracket + 1, -1)));
    };
    return {
        add(address, deposed) {
            if (!deposed) {
                // The joined key of a plain address ends with NUL; a deposed pair may join to the same text.
                if (hasPlain(address) || (deposedKeys.size > 0 && deposedKeys.has(`${address}\u0000`)))
                    return false;
                addPlain(address);
                return true;
            }
            const key = `${address}\u0000${deposed}`;
            if (deposedKeys.has(key) || (key.endsWith('\u0000') && hasPlain(key.slice(0, -1))))
                return false;
            deposedKeys.add(key);
            return true;
        }
    };
}

;// CONCATENATED MODULE: ./src/analysis/checks.ts
/**
 * Failed assertions from the plan's `checks` (Terraform ≥ 1.5): `check` blocks, resource pre- and
 * postconditions and output conditions. A failed `check` block is only a warning to Terraform (the
 * plan still applies), which is exactly why a reviewer must see it. Hostile input: every field is
 * checked, and lists and messages are bounded.
 */

/** Messages kept per check and characters per message. */
const MESSAGES_PER_CHECK = 10;
const MESSAGE_CHARS = 1000;
/** The failed checks of a plan (status `fail` or `error`), bounded by LIMIT.detailedChanges. */
function readFailedChecks(checks) {
    const result = [];
    let omitted = 0;
    if (!Array.isArray(checks))
        return { checks: result, omitted };
    const add = (check) => {
        if (result.length < constants/* LIMIT */.uK.detailedChanges)
            result.push(check);
        else
            omitted++;
    };
    for (const check of checks) {
        if (!isRecord(check) || !isFailed(check.status))
            continue;
        const address = display(check.address) ?? 'check';
        const instances = Array.isArray(check.instances) ? check.instances.filter(isRecord) : [];
        const failed = instances.filter(instance => isFailed(instance.status));
        if (failed.length === 0) {
            add({ address, status: check.status, messages: [] });
            continue;
        }
        for (const instance of failed) {
            add({
                address: display(instance.address) ?? address,
                status: instance.status,
                messages: messages(instance.problems)
            });
        }
    }
    return { checks: result, omitted };
}
function isFailed(status) {
    return status === 'fail' || status === 'error';
}
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** `address.to_display`, the form Terraform prints. */
function display(address) {
    if (!isRecord(address) || typeof address.to_display !== 'string' || address.to_display === '')
        return undefined;
    return address.to_display.slice(0, MESSAGE_CHARS);
}
function messages(problems) {
    if (!Array.isArray(problems))
        return [];
    return problems
        .filter(isRecord)
        .map(problem => problem.message)
        .filter((message) => typeof message === 'string' && message !== '')
        .slice(0, MESSAGES_PER_CHECK)
        .map(message => (message.length > MESSAGE_CHARS ? `${message.slice(0, MESSAGE_CHARS)}…` : message));
}

// EXTERNAL MODULE: ./src/analysis/sensitive-values.ts + 1 modules
var sensitive_values = __webpack_require__(43529);
;// CONCATENATED MODULE: ./src/analysis/output-changes.ts
/**
 * Root output changes (`output_changes`), diffed and masked like resource values: an output marked
 * sensitive, or named like a secret (`db_password`), shows `(sensitive)` and its strings join the
 * scrub list.
 */




/** Classifies and masks every output change; records unreadable ones instead of guessing. */
function analyseOutputs(outputs, sink) {
    const result = { changes: [], unreadable: [] };
    if (outputs === undefined || outputs === null)
        return result;
    if (typeof outputs !== 'object' || Array.isArray(outputs)) {
        result.unreadable.push({ address: 'output_changes', problem: 'output_changes is not an object' });
        return result;
    }
    for (const [name, change] of Object.entries(outputs)) {
        const address = `output.${name}`;
        if (change === null || typeof change !== 'object') {
            result.unreadable.push({ address, problem: 'the output change is not an object' });
            continue;
        }
        const secretName = (0,sensitive_values/* isSecretName */.eh)(name);
        const sensitive = secretName || (0,sensitive_values/* hasTrueMark */.UO)(change.before_sensitive) || (0,sensitive_values/* hasTrueMark */.UO)(change.after_sensitive);
        // An output named like a secret is hidden whole, so everything in it joins the scrub list.
        if (secretName) {
            (0,sensitive_values/* addAllStrings */.no)(change.before, sink);
            (0,sensitive_values/* addAllStrings */.no)(change.after, sink);
        }
        else
            (0,sensitive_values/* collectChangeSecrets */.ed)(change, sink, name);
        let kind;
        try {
            kind = classifyActions(change.actions, address).kind;
        }
        catch (error) {
            if (!(error instanceof UnreadableChangeError))
                throw error;
            result.unreadable.push({ address, problem: error.problem });
            continue;
        }
        if (kind === 'no-op' || result.changes.length >= constants/* LIMIT */.uK.detailedChanges)
            continue;
        result.changes.push({
            name,
            kind,
            sensitive,
            diff: (0,diff/* diffResourceChange */.ad)({
                before: change.before,
                after: change.after,
                before_sensitive: secretName ? true : change.before_sensitive,
                after_sensitive: secretName ? true : change.after_sensitive,
                after_unknown: change.after_unknown
            }, { hideString: sensitive_values/* isSecretString */.cd })
        });
    }
    return result;
}

// EXTERNAL MODULE: ./src/analysis/pulumi-types.ts
var pulumi_types = __webpack_require__(85614);
// EXTERNAL MODULE: ./src/analysis/risk.ts + 4 modules
var analysis_risk = __webpack_require__(4527);
// EXTERNAL MODULE: ./src/analysis/scrub-secrets.ts
var scrub_secrets = __webpack_require__(397);
;// CONCATENATED MODULE: ./src/analysis/late-secrets.ts
/**
 * Secrets known only once the whole plan is read: a secret marked in a later entry (or in a sensitive
 * variable) that an earlier, already kept diff shows unmarked. Runs in the analyzer's finish step.
 */


/**
 * Values were masked entry by entry, but a secret marked in a later entry may already have been
 * kept, unmarked and perhaps cut, from an earlier one. Once the whole plan is read, every kept value
 * (diffs, key attributes, IDs, check messages) is checked again against every secret the plan revealed.
 */
function rescrubKeptValues(changes, checks, sensitiveValues) {
    if (sensitiveValues.size === 0)
        return;
    const scrub = (0,scrub_secrets/* createSecretScrubber */.dA)(sensitiveValues);
    const holdsSecret = (0,diff/* secretPieceFinder */.V_)(sensitiveValues);
    for (const change of changes) {
        if (change.diff)
            (0,diff/* scrubDiffTree */.Vd)(change.diff, scrub, holdsSecret);
        for (const attribute of change.keyAttributes?.attributes ?? []) {
            (0,diff/* scrubShown */.Zk)(attribute.value, scrub);
            attribute.path = attribute.path.map(step => (typeof step === 'string' ? scrub(step) : step));
        }
        // An ID that holds a secret is not worth showing in part: drop it. Quoted too, so an ID that is a
        // weak secret whole (`id = "Q9"`, found only as a whole value) is dropped as well.
        if (change.objectId !== undefined && holdsAny(change.objectId, scrub))
            delete change.objectId;
        if (change.importId !== undefined && holdsAny(change.importId, scrub))
            delete change.importId;
    }
    for (const check of checks)
        check.messages = check.messages.map(scrub);
}
/** True when `id` holds a secret, or is a weak one whole. */
function holdsAny(id, scrub) {
    const quoted = JSON.stringify(id);
    return scrub(id) !== id || scrub(quoted) !== quoted;
}

;// CONCATENATED MODULE: ./src/analysis/analyse-plan.ts
/**
 * Turns a plan into a PlanAnalysis, one entry at a time: the reader streams entries to the analyzer's
 * visitor, which counts every entry, keeps bounded detail (destructive changes first) and feeds the
 * risk rules. Counts follow Terraform's own "Plan: X to add, Y to change, Z to destroy" line.
 */











/** Unmarked strings the diff hides: the secret detection's one predicate (sensitive-values.ts). */
const DETAIL = { hideString: sensitive_values/* isSecretString */.cd };
/**
 * Reads and analyses a plan: the entry into the analysis for every mode. Throws PlanReadError (from
 * the reader, naming `source.name`) when the plan cannot be read.
 */
function analysePlan(source, options = {}) {
    const analyzer = createPlanAnalyzer(source.name, options);
    const header = (0,plan_format/* readPlanEntries */.G)(source, analyzer.visitor, options.format);
    return analyzer.finish(header);
}
/** Counts of zero, the starting point of every analysis. */
function emptyCounts() {
    return {
        add: 0,
        change: 0,
        destroy: 0,
        replace: 0,
        import: 0,
        move: 0,
        forget: 0,
        create: 0,
        delete: 0,
        noop: 0,
        read: 0,
        total: 0
    };
}
/**
 * An incremental analyzer: feed entries through `visitor` (in any order the reader likes), then call
 * `finish` once with the plan's header. `source` names the plan in the result.
 */
function createPlanAnalyzer(source, options = {}) {
    const counts = emptyCounts();
    const pulumi = options.format === 'pulumi' ? (0,pulumi_facts/* createPulumiFactCollector */.Yl)(options) : undefined;
    const risk = new analysis_risk/* RiskAccumulator */.E({
        ...options,
        categorise: pulumi?.categorise,
        pulumiTerraformType: pulumi ? pulumi_types/* terraformTypeOf */.MG : undefined
    });
    const sensitiveValues = new Set();
    const unreadable = [];
    let omittedUnreadable = 0;
    const destructiveKept = [];
    const otherKept = [];
    let detailedSeen = 0;
    const destructiveAddresses = [];
    let omittedDestructiveAddresses = 0;
    const drift = [];
    let driftCount = 0;
    const reads = [];
    const seen = createAddressSet();
    const extra = options.visitors ?? [];
    const reportUnreadable = (address, problem) => {
        if (unreadable.length < constants/* LIMIT */.uK.detailedChanges)
            unreadable.push({ address, problem });
        else
            omittedUnreadable++;
    };
    /** Classifies or records why not; collects sensitive strings either way (an unreadable entry can still hold secrets). */
    const classify = (entry) => {
        const { change } = entry;
        (0,sensitive_values/* collectChangeSecrets */.ed)(change, sensitiveValues);
        try {
            // Detail is worked out later, only for the entries that are kept.
            return classifyChange(entry, { detail: false });
        }
        catch (error) {
            if (!(error instanceof UnreadableChangeError))
                throw error;
            reportUnreadable(error.address, error.problem);
            return undefined;
        }
    };
    const onResourceChange = (entry, index) => {
        for (const visitor of extra)
            visitor.onResourceChange(entry, index);
        const classified = classify(entry);
        if (!classified)
            return;
        if (classified.mode === 'data') {
            if (classified.kind === 'read') {
                counts.read++;
                if (reads.length < constants/* LIMIT */.uK.detailedChanges)
                    reads.push(classified);
            }
            else if (classified.kind !== 'no-op') {
                reportUnreadable(classified.address, `a data source cannot be planned with actions [${classified.actions.join(', ')}]`);
            }
            return;
        }
        if (classified.kind === 'read') {
            reportUnreadable(classified.address, 'a managed resource cannot be planned with actions [read]');
            return;
        }
        if (!seen.add(classified.address, classified.deposed)) {
            const problem = pulumi
                ? 'the URN has more than one change in the preview'
                : 'the address appears more than once in resource_changes';
            reportUnreadable(classified.address, problem);
        }
        count(counts, classified);
        risk.add(classified, entry.change);
        pulumi?.add(classified, entry);
        if (isDestructive(classified.kind)) {
            if (destructiveAddresses.length < constants/* LIMIT */.uK.destructiveAddresses)
                destructiveAddresses.push(classified.address);
            else
                omittedDestructiveAddresses++;
        }
        if (classified.kind === 'no-op' && !classified.importing && !classified.previousAddress)
            return;
        detailedSeen++;
        keep(classified, entry);
    };
    /**
     * The report shows up to LIMIT.detailedChanges changes, destructive ones first, each group in plan
     * order. Only those get a diff (the costly part), so the choice is made here, before the
     * diff: a destructive change is kept while fewer than the limit are kept, evicting the last kept
     * other change when the list is full; another change is kept only while there is room. The kept
     * lists are then exactly what keeping every change and cutting the joined list at the end gives.
     */
    const keep = (classified, entry) => {
        const room = destructiveKept.length + otherKept.length < constants/* LIMIT */.uK.detailedChanges;
        if (isDestructive(classified.kind)) {
            if (destructiveKept.length >= constants/* LIMIT */.uK.detailedChanges)
                return;
            if (!room)
                otherKept.pop();
            addDetail(classified, entry, DETAIL);
            destructiveKept.push(classified);
        }
        else if (room) {
            addDetail(classified, entry, DETAIL);
            otherKept.push(classified);
        }
    };
    const onResourceDrift = (entry, index) => {
        for (const visitor of extra)
            visitor.onResourceDrift?.(entry, index);
        const classified = classify(entry);
        if (!classified || classified.kind === 'no-op')
            return;
        driftCount++;
        if (drift.length >= constants/* LIMIT */.uK.detailedChanges)
            return;
        addDetail(classified, entry, DETAIL);
        drift.push(classified);
    };
    const finish = (header) => {
        (0,sensitive_values/* collectVariableSecrets */._3)(header, sensitiveValues);
        const outputs = analyseOutputs(header.output_changes, sensitiveValues);
        for (const problem of outputs.unreadable)
            reportUnreadable(problem.address, problem.problem);
        if (omittedUnreadable > 0) {
            unreadable.push({
                address: '(more entries)',
                problem: `${omittedUnreadable} further unreadable entries not listed`
            });
        }
        const errored = header.errored === true;
        const complete = header.complete !== false;
        const changes = [...destructiveKept, ...otherKept];
        const checks = readFailedChecks(header.checks);
        rescrubKeptValues([...changes, ...drift], checks.checks, sensitiveValues);
        const resourceChanges = counts.add + counts.change + counts.destroy + counts.import + counts.move + counts.forget > 0;
        const result = {
            source,
            formatVersion: typeof header.format_version === 'string' ? header.format_version : '',
            errored,
            complete,
            deferred: header.deferred === true,
            counts,
            hasChanges: resourceChanges || outputs.changes.some(output => output.kind !== 'no-op'),
            changes,
            omittedChanges: detailedSeen - changes.length,
            destructiveAddresses,
            omittedDestructiveAddresses,
            reads,
            checks: checks.checks,
            omittedChecks: checks.omitted,
            drift,
            driftCount,
            outputs: outputs.changes,
            risk: risk.finish({
                unreadable,
                errored,
                complete,
                checks: checks.checks,
                omittedChecks: checks.omitted
            }),
            unreadable,
            sensitiveValues
        };
        if (typeof header.terraform_version === 'string')
            result.terraformVersion = header.terraform_version;
        if (pulumi)
            result.pulumi = pulumi.finish(header);
        return result;
    };
    const onStateResource = (resource) => (0,sensitive_values/* collectStateResourceSecrets */.Xi)(resource, sensitiveValues);
    return { visitor: { onResourceChange, onResourceDrift, onStateResource }, finish };
}
/** Adds one managed change to the counts, with the meaning of Terraform's summary line. */
function count(counts, change) {
    counts.total++;
    switch (change.kind) {
        case 'create':
            counts.create++;
            counts.add++;
            break;
        case 'update':
            counts.change++;
            break;
        case 'delete':
            counts.delete++;
            counts.destroy++;
            break;
        case 'replace':
            counts.replace++;
            counts.add++;
            counts.destroy++;
            break;
        case 'forget':
            counts.forget++;
            break;
        case 'create-forget':
            counts.add++;
            counts.forget++;
            break;
        case 'no-op':
            counts.noop++;
            break;
        case 'read':
            counts.read++;
            break;
    }
    if (change.importing)
        counts.import++;
    if (change.previousAddress !== undefined)
        counts.move++;
}


/***/ }),

/***/ 77826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P3: () => (/* binding */ CAPTURE),
  tv: () => (/* binding */ CAPTURE_PARSED),
  Vq: () => (/* binding */ DESCEND),
  VF: () => (/* binding */ JsonScanner),
  q3: () => (/* binding */ JsonSyntaxError),
  _Z: () => (/* binding */ SKIP)
});

;// CONCATENATED MODULE: ./src/plan/json/json-tokens.ts
/**
 * The bytes of JSON (RFC 8259) and the scanners for its three kinds of token: strings, numbers and
 * the literals true, false and null. Each scanner is resumable: it keeps its place inside a token
 * between calls, so a token cut by a chunk boundary is continued by the next call exactly as if it
 * had been whole. None of them builds anything; they find where a token ends, or throw through the
 * scanner's `fail` at the first byte JSON.parse would refuse.
 */
const code = (char) => char.charCodeAt(0);
const QUOTE = code('"');
const OPEN_BRACE = code('{');
const CLOSE_BRACE = code('}');
const OPEN_BRACKET = code('[');
const CLOSE_BRACKET = code(']');
const COLON = code(':');
const COMMA = code(',');
const BACKSLASH = code('\\');
const MINUS = code('-');
const PLUS = code('+');
const DOT = code('.');
const ZERO = code('0');
const LOWER_E = code('e');
const UPPER_E = code('E');
const LOWER_U = code('u');
/** The first byte a string may hold unescaped: every byte below it is a control character. */
const FIRST_PRINTABLE = code(' ');
const LAST_PRINTABLE = code('~');
// Byte tables: the loops that run once per byte test a byte with one lookup in these.
/** A byte table holding `mark` for each of `chars` and 0 for every other byte. */
function table(chars, mark = 1) {
    const marks = new Uint8Array(256);
    for (const char of chars)
        marks[code(char)] = mark;
    return marks;
}
/** 1 for the four whitespace bytes JSON allows between tokens. */
const WHITESPACE = table(' \t\n\r');
/** 1 for the two bytes that end a run of string contents when nothing else in it is checked. */
const QUOTE_OR_BACKSLASH = table('"\\');
/** 1 for the bytes that end a run of plain string contents: quote, backslash, control characters. */
const STRING_STOPS = table('"\\');
for (let c = 0; c < FIRST_PRINTABLE; c++)
    STRING_STOPS[c] = 1;
/** 1 for the bytes that may follow a backslash, other than `u` (which takes four hex digits). */
const ESCAPES = table('"\\/bfnrt');
const HEX = table('0123456789abcdefABCDEF');
const DIGITS = table('0123456789');
const NUMBER_STARTS = table('-0123456789');
/** The literals, by their first byte. */
const LITERALS = new Map(['true', 'false', 'null'].map(word => [code(word), Buffer.from(word)]));
/** True for the bytes a number may start with. */
function startsNumber(c) {
    return NUMBER_STARTS[c] === 1;
}
/** How a byte is shown in an error message: itself when printable ASCII, else its hex code. */
function showByte(c) {
    return c >= FIRST_PRINTABLE && c <= LAST_PRINTABLE
        ? `'${String.fromCharCode(c)}'`
        : `byte 0x${c.toString(16).padStart(2, '0')}`;
}
/**
 * Bytes of JSON text that may span several chunks (a key the scanner records, a value it captures).
 * The part in the current chunk is only a position until the chunk ends; then it is copied, since
 * the caller may reuse the chunk's memory for the next read.
 */
class Span {
    /** The span has begun and not yet ended. */
    open = false;
    /** Absolute offset of its first byte. */
    offset = 0;
    start = 0;
    pieces = [];
    /** The span begins at b[i] of the chunk whose first byte is at absolute offset `base`. */
    begin(i, base) {
        this.open = true;
        this.start = i;
        this.offset = base + i;
        this.pieces = [];
    }
    /** The chunk b ends: keep a copy of the open span's part of it. */
    keep(b) {
        if (!this.open)
            return;
        this.pieces.push(Buffer.from(b.subarray(this.start)));
        this.start = 0;
    }
    /** The span ends just before b[end]; returns its bytes (a view of b when they lie in this chunk). */
    close(b, end) {
        this.open = false;
        const last = b.subarray(this.start, end);
        const bytes = this.pieces.length === 0 ? last : Buffer.concat([...this.pieces, last]);
        this.pieces = [];
        return bytes;
    }
    /** The bytes of the chunks kept so far (the input ended inside the span). */
    kept() {
        return Buffer.concat(this.pieces);
    }
}
// Where a string scan stands after a backslash: the escape's letter is next, or this many hex digits.
const PLAIN = 0;
const ESCAPE_LETTER = 5;
// 1..4: hex digits of a \u escape still expected.
/** A string's contents, from just past the opening quote to the closing quote. */
class StringToken {
    fail;
    escape = PLAIN;
    /** The string holds an escape (a key must then be decoded). */
    hasEscapes = false;
    constructor(fail) {
        this.fail = fail;
    }
    /** Starts a new string. */
    start() {
        this.escape = PLAIN;
        this.hasEscapes = false;
    }
    /** Scans from i; returns the position of the closing quote, or n when the chunk ends first. */
    scan(b, i, n) {
        while (i < n) {
            if (this.escape !== PLAIN) {
                this.escapeByte(b, i);
                i++;
                continue;
            }
            while (i < n && STRING_STOPS[b[i]] === 0)
                i++;
            if (i === n)
                break;
            const c = b[i];
            if (c === QUOTE)
                return i;
            if (c !== BACKSLASH)
                this.fail(b, i, 'control character inside a string (must be escaped)');
            this.escape = ESCAPE_LETTER;
            this.hasEscapes = true;
            i++;
        }
        return n;
    }
    escapeByte(b, i) {
        const c = b[i];
        if (this.escape === ESCAPE_LETTER) {
            if (c === LOWER_U)
                this.escape = 4;
            else if (ESCAPES[c] === 1)
                this.escape = PLAIN;
            else
                this.fail(b, i, 'invalid escape sequence in a string');
        }
        else {
            if (HEX[c] !== 1)
                this.fail(b, i, 'invalid \\u escape in a string (4 hex digits expected)');
            this.escape--;
        }
    }
}
// Where a number scan stands: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
const AFTER_MINUS = 0; // a digit must follow
const AFTER_ZERO = 1; // a leading 0: no more integer digits
const INTEGER = 2;
const AFTER_DOT = 3; // a digit must follow
const FRACTION = 4;
const AFTER_E = 5; // a sign or a digit must follow
const AFTER_SIGN = 6; // a digit must follow
const EXPONENT = 7;
/** A number, from its first byte to the first byte after it. */
class NumberToken {
    fail;
    phase = INTEGER;
    constructor(fail) {
        this.fail = fail;
    }
    /** Starts a new number whose first byte is c (a digit or '-'). */
    start(c) {
        this.phase = c === MINUS ? AFTER_MINUS : c === ZERO ? AFTER_ZERO : INTEGER;
    }
    /** The bytes so far form a whole number (what ends a number at the end of the input). */
    complete() {
        const phase = this.phase;
        return phase === AFTER_ZERO || phase === INTEGER || phase === FRACTION || phase === EXPONENT;
    }
    /**
     * Scans from i (past the first byte); returns the position of the first byte after the number, or
     * n when the chunk ends first (the number may go on in the next chunk).
     */
    scan(b, i, n) {
        let phase = this.phase;
        for (; i < n; i++) {
            const c = b[i];
            const digit = DIGITS[c] === 1;
            switch (phase) {
                case AFTER_MINUS:
                    if (!digit)
                        this.fail(b, i, 'a digit must follow "-"');
                    phase = c === ZERO ? AFTER_ZERO : INTEGER;
                    continue;
                case AFTER_ZERO:
                case INTEGER:
                    if (digit) {
                        if (phase === AFTER_ZERO)
                            this.fail(b, i, 'a number must not have leading zeros');
                        continue;
                    }
                    if (c === DOT)
                        phase = AFTER_DOT;
                    else if (c === LOWER_E || c === UPPER_E)
                        phase = AFTER_E;
                    else
                        return i;
                    continue;
                case AFTER_DOT:
                    if (!digit)
                        this.fail(b, i, 'a digit must follow the decimal point');
                    phase = FRACTION;
                    continue;
                case FRACTION:
                    if (digit)
                        continue;
                    if (c === LOWER_E || c === UPPER_E)
                        phase = AFTER_E;
                    else
                        return i;
                    continue;
                case AFTER_E:
                    if (c === PLUS || c === MINUS)
                        phase = AFTER_SIGN;
                    else if (digit)
                        phase = EXPONENT;
                    else
                        this.fail(b, i, 'a digit must follow the exponent');
                    continue;
                case AFTER_SIGN:
                    if (!digit)
                        this.fail(b, i, 'a digit must follow the exponent sign');
                    phase = EXPONENT;
                    continue;
                default:
                    if (!digit)
                        return i;
            }
        }
        this.phase = phase;
        return n;
    }
}
/** One of the literals true, false and null. */
class LiteralToken {
    fail;
    word = Buffer.alloc(0);
    at = 0;
    constructor(fail) {
        this.fail = fail;
    }
    /** Starts the literal whose first byte is c; false if no literal starts with c. */
    start(c) {
        const word = LITERALS.get(c);
        if (word === undefined)
            return false;
        this.word = word;
        this.at = 1;
        return true;
    }
    /** Scans from i (past the first byte); returns the position of the literal's last byte, or n when the chunk ends first. */
    scan(b, i, n) {
        const word = this.word;
        for (; i < n; i++) {
            if (b[i] !== word[this.at])
                this.fail(b, i, `invalid literal (expected '${word.toString()}')`);
            if (++this.at === word.length)
                return i;
        }
        return n;
    }
}

;// CONCATENATED MODULE: ./src/plan/json/json-skim.ts
/**
 * Finds where a JSON container ends while following only strings and brackets. The scanner uses it
 * for values that are handed to JSON.parse anyway (plan entries): JSON.parse then checks the
 * grammar, so these bytes are not checked twice, and crossing a string here is a plain byte loop
 * that looks only for the closing quote and backslashes. Resumable across chunks.
 */

// What a byte outside strings does to the skim: most bytes only pass.
const PASSES = 0;
const OPENS = 1;
const CLOSES = 2;
const STARTS_STRING = 3;
const ENDS_KEY = 4;
const ROLE = table('{[', OPENS);
ROLE[CLOSE_BRACE] = CLOSES;
ROLE[CLOSE_BRACKET] = CLOSES;
ROLE[QUOTE] = STARTS_STRING;
ROLE[COLON] = ENDS_KEY;
class ContainerSkimmer {
    /**
     * Object keys in the container so far: every ':' outside a string ends one (JSON.parse checks the
     * grammar). A parsed object with fewer keys than this had a key twice.
     */
    keys = 0;
    depth = 0;
    inString = false;
    /** The previous chunk ended inside a string right after a backslash: the next byte is escaped. */
    escaped = false;
    /** Starts a new container; the first scan begins at its opening bracket. */
    start() {
        this.keys = 0;
        this.depth = 0;
        this.inString = false;
        this.escaped = false;
    }
    /** Scans b[i..n); returns the position of the container's closing bracket, or n when the chunk ends first. */
    scan(b, i, n) {
        let depth = this.depth;
        let inString = this.inString;
        let keys = this.keys;
        while (i < n) {
            if (inString) {
                if (this.escaped) {
                    this.escaped = false;
                    i++;
                    continue;
                }
                while (i < n && QUOTE_OR_BACKSLASH[b[i]] === 0)
                    i++;
                if (i === n)
                    break;
                if (b[i] !== QUOTE) {
                    // A backslash: the byte after it is escaped, possibly in the next chunk.
                    this.escaped = i + 1 === n;
                    i += 2;
                    continue;
                }
                inString = false;
                i++;
                continue;
            }
            const role = ROLE[b[i]];
            if (role !== PASSES) {
                if (role === STARTS_STRING)
                    inString = true;
                else if (role === OPENS)
                    depth++;
                else if (role === ENDS_KEY)
                    keys++;
                else if (--depth === 0) {
                    this.keys = keys;
                    return i;
                }
            }
            i++;
        }
        this.depth = depth;
        this.inString = inString;
        this.keys = keys;
        return n;
    }
}

;// CONCATENATED MODULE: ./src/plan/json/json-scanner.ts
/**
 * A byte-level JSON scanner fed one Buffer chunk at a time. It checks the whole document against
 * JSON.parse's grammar (RFC 8259) but builds nothing, except the values a hook asks it to capture:
 * their raw bytes are handed over once the value ends. Every state survives a chunk boundary, so a
 * token may be split anywhere, even inside a multi-byte UTF-8 character or an escape.
 * docs/json-reader.md says why plans are read this way and what the scanner guarantees.
 */


/** What a hook wants done with the value that starts: nothing (it is only checked). */
const SKIP = 0;
/** Call the hook for this container's members too. */
const DESCEND = 1;
/** Hand the value's bytes to onCapture when it ends. */
const CAPTURE = 2;
/**
 * Like CAPTURE for an object or array that onCapture passes to JSON.parse: only its end is found
 * here (json-skim.ts); a SyntaxError from onCapture is turned into a positioned JsonSyntaxError.
 */
const CAPTURE_PARSED = 3;
/** A syntax error at an absolute byte offset. `reason` lets the caller word the message. */
class JsonSyntaxError extends Error {
    offset;
    reason;
    constructor(offset, reason, message) {
        super(message);
        this.offset = offset;
        this.reason = reason;
    }
}
// Where the scanner stands: between tokens, expecting...
const VALUE = 0;
const ARRAY_FIRST = 1; // a value or ']'
const OBJECT_FIRST = 2; // a key or '}'
const OBJECT_KEY = 3;
const AFTER_KEY = 4; // ':'
const AFTER_VALUE = 5; // ',' or the container's closing bracket
const END = 6; // nothing but whitespace
// ...or inside a token (possibly one that began in an earlier chunk).
const IN_KEY = 7;
const IN_STRING = 8;
const IN_NUMBER = 9;
const IN_LITERAL = 10;
const IN_SKIM = 11; // a CAPTURE_PARSED container
// What the open containers are (the stack).
const OBJECT = 1;
const ARRAY = 2;
const NO_BYTES = Buffer.alloc(0);
class JsonScanner {
    hooks;
    state = VALUE;
    stack = new Uint8Array(256);
    depth = 0;
    /** Hooks run for values at depth <= watch. */
    watch = 0;
    /** Absolute offset of the current chunk's first byte. */
    base = 0;
    /** The current member's name, when its depth is watched. */
    key;
    /** The bytes of the current key, while it is read at a watched depth. */
    keyBytes = new Span();
    /** The bytes of the value a hook asked to capture, while it is read. */
    capture = new Span();
    captureDepth = 0;
    /** Throws the syntax error at b[at], naming the byte found there. */
    fail = (b, at, message) => {
        throw new JsonSyntaxError(this.base + at, 'syntax', `${message}, found ${showByte(b[at])}`);
    };
    string = new StringToken(this.fail);
    number = new NumberToken(this.fail);
    literal = new LiteralToken(this.fail);
    skimmer = new ContainerSkimmer();
    constructor(hooks) {
        this.hooks = hooks;
    }
    /**
     * Scans one chunk. Captured values that end in it are delivered before this returns; the scanner
     * keeps no reference to `b`, so the caller may overwrite it afterwards.
     */
    feed(b) {
        this.run(b, b.length);
        this.capture.keep(b);
        this.keyBytes.keep(b);
        this.base += b.length;
    }
    /** Declares the input complete; throws if the document is unfinished. */
    end() {
        if (this.state === IN_NUMBER && this.depth === 0 && this.number.complete()) {
            // A bare top-level number only ends with the input.
            this.state = END;
            if (this.capture.open)
                this.deliver(NO_BYTES, 0, 0, undefined);
        }
        if (this.state === END)
            return;
        if (this.state === IN_SKIM)
            this.locateError(this.capture.kept(), this.capture.offset);
        const empty = this.state === VALUE && this.depth === 0;
        throw new JsonSyntaxError(this.base, empty ? 'empty' : 'truncated', 'the JSON document ends early');
    }
    /**
     * The grammar: one pass over b[0..n) that moves from state to state. Tokens are started here and
     * scanned by the IN_* states, which also take up a token the previous chunk cut off.
     */
    run(b, n) {
        let state = this.state;
        let depth = this.depth;
        let stack = this.stack;
        let i = 0;
        while (i < n) {
            // Set when a value ends just before b[i].
            let ended = false;
            let skimmed = false;
            if (state < IN_KEY) {
                const c = b[i];
                // What was expected instead of c, if c does not fit: whitespace is skipped, anything else is an error.
                let expected = '';
                switch (state) {
                    case AFTER_VALUE: {
                        const inObject = stack[depth - 1] === OBJECT;
                        if (c === COMMA) {
                            state = inObject ? OBJECT_KEY : VALUE;
                            if (!inObject)
                                this.key = undefined;
                            i++;
                            continue;
                        }
                        if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
                            depth = this.close(b, i, depth, c === CLOSE_BRACE ? OBJECT : ARRAY);
                            ended = true;
                        }
                        else {
                            expected = inObject
                                ? "expected ',' or '}' after an object member"
                                : "expected ',' or ']' after an array element";
                        }
                        break;
                    }
                    case OBJECT_FIRST:
                    case OBJECT_KEY:
                        if (c === QUOTE) {
                            if (depth <= this.watch)
                                this.keyBytes.begin(i + 1, this.base);
                            this.key = undefined;
                            this.string.start();
                            state = IN_KEY;
                        }
                        else if (c === CLOSE_BRACE && state === OBJECT_FIRST) {
                            depth = this.close(b, i, depth, OBJECT);
                            ended = true;
                        }
                        else {
                            expected = 'expected a double-quoted object key';
                        }
                        break;
                    case AFTER_KEY:
                        if (c === COLON) {
                            state = VALUE;
                            i++;
                            continue;
                        }
                        expected = "expected ':' after an object key";
                        break;
                    case VALUE:
                    case ARRAY_FIRST:
                        if (c === CLOSE_BRACKET && state === ARRAY_FIRST) {
                            depth = this.close(b, i, depth, ARRAY);
                            ended = true;
                            break;
                        }
                        if (depth <= this.watch && WHITESPACE[c] === 0 && this.announce(i, c, depth) === CAPTURE_PARSED) {
                            if (c === OPEN_BRACE || c === OPEN_BRACKET) {
                                this.skimmer.start();
                                state = IN_SKIM;
                                continue;
                            }
                        }
                        if (c === OPEN_BRACE || c === OPEN_BRACKET) {
                            if (depth === stack.length)
                                stack = this.growStack();
                            stack[depth++] = c === OPEN_BRACE ? OBJECT : ARRAY;
                            state = c === OPEN_BRACE ? OBJECT_FIRST : ARRAY_FIRST;
                            this.key = undefined;
                            i++;
                            continue;
                        }
                        if (c === QUOTE) {
                            this.string.start();
                            state = IN_STRING;
                        }
                        else if (startsNumber(c)) {
                            this.number.start(c);
                            state = IN_NUMBER;
                        }
                        else if (this.literal.start(c)) {
                            state = IN_LITERAL;
                        }
                        else {
                            expected = 'expected a JSON value';
                        }
                        break;
                    default:
                        if (WHITESPACE[c] === 1) {
                            i++;
                            continue;
                        }
                        throw new JsonSyntaxError(this.base + i, 'trailing', 'content after the end of the JSON document');
                }
                if (expected !== '') {
                    if (WHITESPACE[c] !== 1)
                        this.fail(b, i, expected);
                    i++;
                    continue;
                }
                // The byte at i opened a token (scanned below) or closed a container.
                i++;
            }
            switch (state) {
                case IN_KEY:
                case IN_STRING: {
                    const end = this.string.scan(b, i, n);
                    if (end === n)
                        return this.pause(state, depth);
                    if (state === IN_STRING)
                        ended = true;
                    else {
                        state = AFTER_KEY;
                        if (this.keyBytes.open)
                            this.keyEnded(this.keyBytes.close(b, end));
                    }
                    i = end + 1;
                    break;
                }
                case IN_NUMBER:
                    i = this.number.scan(b, i, n);
                    if (i === n)
                        return this.pause(state, depth);
                    ended = true;
                    break;
                case IN_LITERAL:
                    i = this.literal.scan(b, i, n);
                    if (i === n)
                        return this.pause(state, depth);
                    ended = true;
                    i++;
                    break;
                case IN_SKIM:
                    i = this.skimmer.scan(b, i, n);
                    if (i === n)
                        return this.pause(state, depth);
                    ended = true;
                    skimmed = true;
                    i++;
            }
            if (ended) {
                state = depth === 0 ? END : AFTER_VALUE;
                if (this.capture.open && depth === this.captureDepth)
                    this.deliver(b, i, depth, skimmed ? this.skimmer.keys : undefined);
            }
        }
        this.pause(state, depth);
    }
    /** Saves the loop's state at the end of a chunk. */
    pause(state, depth) {
        this.state = state;
        this.depth = depth;
    }
    /** Asks the hook about the value starting at b[i] and prepares its capture; returns the hook's answer. */
    announce(i, c, depth) {
        const action = this.hooks.onValueStart(depth, this.key, c);
        this.watch = action === DESCEND ? depth + 1 : depth;
        if (action === CAPTURE || action === CAPTURE_PARSED) {
            this.capture.begin(i, this.base);
            this.captureDepth = depth;
        }
        return action;
    }
    growStack() {
        const bigger = new Uint8Array(this.stack.length * 2);
        bigger.set(this.stack);
        this.stack = bigger;
        return bigger;
    }
    /** The closing bracket of a `kind` container is at b[i]; returns the depth after it. */
    close(b, i, depth, kind) {
        if (this.stack[depth - 1] !== kind)
            this.fail(b, i, kind === OBJECT ? "unexpected '}'" : "unexpected ']'");
        return depth - 1;
    }
    /** The bytes of a watched key, between its quotes, have been read. */
    keyEnded(raw) {
        const text = raw.toString('utf8');
        this.key = this.string.hasEscapes ? JSON.parse(`"${text}"`) : text;
    }
    /**
     * The captured value ended just before b[end]: hand its bytes to the hook. A SyntaxError from the
     * hook (its JSON.parse of a skimmed container) becomes a JsonSyntaxError at the offending byte.
     */
    deliver(b, end, depth, keys) {
        const bytes = this.capture.close(b, end);
        try {
            this.hooks.onCapture(depth, bytes, keys);
        }
        catch (error) {
            if (error instanceof SyntaxError)
                this.locateError(bytes, this.capture.offset);
            throw error;
        }
    }
    /** Checks skimmed bytes with a scanner of their own to find where they break JSON; throws that position (returns if none). */
    locateError(bytes, offset) {
        const checker = new JsonScanner({ onValueStart: () => SKIP, onCapture() { } });
        try {
            checker.feed(bytes);
        }
        catch (error) {
            if (error instanceof JsonSyntaxError)
                throw new JsonSyntaxError(offset + error.offset, 'syntax', error.message);
            throw error;
        }
    }
}


/***/ }),

/***/ 17654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readPlanEntries),
/* harmony export */   y: () => (/* binding */ choosePlanFormat)
/* harmony export */ });
/* harmony import */ var _plan_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4831);
/* harmony import */ var _pulumi_read_pulumi_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2705);
/* harmony import */ var _sniff_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31255);



/** Reads the plan in `source` with the reader of `format`; see readPlan and readPulumiSource. */
function readPlanEntries(source, visitor, format = 'terraform') {
    return format === 'pulumi' ? (0,_pulumi_read_pulumi_js__WEBPACK_IMPORTED_MODULE_1__/* .readPulumiSource */ .u$)(source, visitor) : (0,_plan_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .readPlan */ .m)(source, visitor);
}
/** Heads read while the first bytes do not decide yet; the last one is the reader's own limit. */
const HEAD_SIZES = [4096, 64 << 10, 1 << 20];
/**
 * Applies the `plan_format` setting: an explicit format wins; `auto` reads the first bytes of the
 * source (at most 1 MiB) and follows what they show, Terraform when they show nothing decisive (its
 * reader's errors then say what the file is).
 */
function choosePlanFormat(source, setting) {
    if (setting !== 'auto')
        return { format: setting, reason: `plan_format: ${setting}` };
    let guessed = { format: 'unknown', evidence: 'no content', needMore: false };
    for (const size of HEAD_SIZES) {
        const head = Buffer.alloc(Math.min(size, source.size));
        const length = readHead(source, head);
        const whole = length >= source.size;
        guessed = (0,_sniff_format_js__WEBPACK_IMPORTED_MODULE_2__/* .sniffPlanFormat */ .Hy)(head.subarray(0, length), whole);
        if (!guessed.needMore || whole)
            break;
    }
    return { format: (0,_sniff_format_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePlanFormat */ .ld)('auto', guessed), reason: `auto: ${guessed.evidence}` };
}
/** Fills `head` from the start of the source as far as it goes; returns the bytes read. */
function readHead(source, head) {
    let filled = 0;
    while (filled < head.length) {
        const bytesRead = source.read(head.subarray(filled), filled);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    return filled;
}


/***/ }),

/***/ 4831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ readPlan)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/plan/json/json-scanner.ts + 2 modules
var json_scanner = __webpack_require__(77826);
;// CONCATENATED MODULE: ./src/plan/json/json-keys.ts
/**
 * Keys that make two JSON readers see two different plans. JSON.parse keeps the last of a repeated
 * key; Go's encoding/json (how Terraform, OPA and most plan tools read plans) matches struct fields
 * case-insensitively, so `"actions":["delete"],"ACTIONS":["no-op"]` is a deletion to one reader and a
 * no-op to another. Terraform never writes either, so the reader refuses both: a key repeated in any
 * object it reads, and a key that differs only in case (as Go folds it) from one Terraform writes.
 */
/** The keys of a change object (resource_changes[].change, output_changes.*). */
const CHANGE = {
    known: new Set([
        'actions',
        'before',
        'after',
        'after_unknown',
        'before_sensitive',
        'after_sensitive',
        'replace_paths',
        'importing',
        'generated_config',
        'before_identity',
        'after_identity'
    ]),
    members: { importing: { known: new Set(['id', 'identity', 'unknown']) } }
};
/** One resource_changes / resource_drift entry. */
const ENTRY_SCHEMA = {
    known: new Set([
        'address',
        'previous_address',
        'module_address',
        'mode',
        'type',
        'name',
        'index',
        'provider_name',
        'deposed',
        'action_reason',
        'change'
    ]),
    members: { change: CHANGE }
};
/** The top-level `output_changes` map. */
const OUTPUT_CHANGES_SCHEMA = { each: CHANGE };
/** Top-level keys Terraform and OpenTofu write. */
const TOP_LEVEL_KEYS = new Set([
    'format_version',
    'terraform_version',
    'variables',
    'planned_values',
    'resource_drift',
    'resource_changes',
    'deferred_changes',
    'deferred_action_invocations',
    'action_invocations',
    'output_changes',
    'prior_state',
    'configuration',
    'relevant_attributes',
    'checks',
    'timestamp',
    'applyable',
    'complete',
    'errored'
]);
/**
 * A key as Go's encoding/json compares field names: ASCII letters upper-cased, and the two non-ASCII
 * letters whose case folding reaches ASCII (K KELVIN SIGN → K, ſ LONG S → S).
 */
function foldKey(key) {
    return key.replace(/[a-z\u212a\u017f]/g, char => char === '\u212a' ? 'K' : char === '\u017f' ? 'S' : char.toUpperCase());
}
/** The known key that `key` is a case variant of, or undefined. */
function caseVariantOf(key, known) {
    if (!known || known.has(key))
        return undefined;
    const folded = foldKey(key);
    for (const candidate of known)
        if (foldKey(candidate) === folded)
            return candidate;
    return undefined;
}
/**
 * How many object keys a parsed value holds, counted without recursion (values may nest thousands of
 * levels deep). Fewer than its JSON text has means a key was repeated.
 */
function countParsedKeys(root) {
    let count = 0;
    const stack = [root];
    while (stack.length > 0) {
        const value = stack.pop();
        if (value === null || typeof value !== 'object')
            continue;
        if (Array.isArray(value)) {
            for (const item of value)
                if (item !== null && typeof item === 'object')
                    stack.push(item);
            continue;
        }
        for (const key in value) {
            count++;
            const item = value[key];
            if (item !== null && typeof item === 'object')
                stack.push(item);
        }
    }
    return count;
}
/** Case variants among the keys of a parsed value's structural objects (those the schema knows). */
function findCaseVariant(value, schema, path = '') {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    for (const key of Object.keys(value)) {
        const variant = caseVariantOf(key, schema.known);
        if (variant !== undefined)
            return describeVariant(key, variant, path);
        const member = schema.members?.[key] ?? schema.each;
        if (member) {
            const found = findCaseVariant(value[key], member, join(path, key));
            if (found)
                return found;
        }
    }
    return undefined;
}
function describeVariant(key, known, path) {
    return `the key '${printable(key)}'${path ? ` in ${path}` : ''} differs only in case from '${known}', which terraform writes; terraform never writes it, and readers that match keys case-insensitively (Go's encoding/json) would read another plan`;
}
function join(path, key) {
    return path === '' ? key : `${path}.${printable(key)}`;
}
/** A key for a message: non-printable and non-ASCII characters as \u escapes, long keys cut. */
function printable(key) {
    const escaped = key.replace(/[^\x20-\x7e]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return escaped.length > 60 ? `${escaped.slice(0, 60)}…` : escaped;
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;
/**
 * The first key repeated in an object of valid JSON `bytes`, described with its path, or undefined.
 * Keys are compared after unescaping (`"act\u0069ons"` is `actions`). Slow path: called only when a
 * count says a key was repeated somewhere, to say where.
 */
function findRepeatedKey(bytes) {
    const stack = [];
    let i = 0;
    const n = bytes.length;
    while (i < n) {
        const c = bytes[i];
        if (c === QUOTE) {
            const start = i + 1;
            let escaped = false;
            i = start;
            while (i < n && bytes[i] !== QUOTE) {
                if (bytes[i] === BACKSLASH) {
                    escaped = true;
                    i++;
                }
                i++;
            }
            const raw = bytes.toString('utf8', start, i);
            i++;
            let j = i;
            while (j < n && (bytes[j] === 0x20 || bytes[j] === 0x09 || bytes[j] === 0x0a || bytes[j] === 0x0d))
                j++;
            const top = stack[stack.length - 1];
            if (j < n && bytes[j] === COLON && top?.keys) {
                const key = escaped ? JSON.parse(`"${raw}"`) : raw;
                if (top.keys.has(key)) {
                    return `the key '${printable(key)}' appears twice in ${top.path || 'the entry'}; terraform never writes a key twice, and JSON readers disagree on which one counts`;
                }
                top.keys.add(key);
                top.pending = key;
                i = j + 1;
            }
            continue;
        }
        if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            const top = stack[stack.length - 1];
            const path = !top ? '' : top.keys ? join(top.path, top.pending ?? '') : `${top.path}[]`;
            stack.push(c === OPEN_BRACE ? { keys: new Set(), path } : { path });
        }
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
            stack.pop();
        }
        i++;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/plan/state-resources.ts
/**
 * The resources of `prior_state` and `planned_values`, for PlanVisitor.onStateResource: their values
 * carry `sensitive_values` marks that resource_changes may not repeat (a data source read while
 * planning appears only there). The scanner walks down to each resource
 * (`[values.]root_module[.child_modules[*]]*.resources[*]`) and captures its bytes; only a resource
 * whose marks hold a `true` is parsed, so a plan without such marks costs one copy per resource.
 */

const state_resources_OPEN_BRACE = 0x7b;
const state_resources_OPEN_BRACKET = 0x5b;
const MARKS_KEY = Buffer.from('"sensitive_values"');
const TRUE = Buffer.from('true');
const STATE_SECTIONS = new Set(['prior_state', 'planned_values']);
class StateResourceWalker {
    onResource;
    roles = [];
    constructor(onResource) {
        this.onResource = onResource;
    }
    /** Called for the section's own value (depth 1). */
    start(section, firstByte) {
        if (firstByte !== state_resources_OPEN_BRACE)
            return json_scanner/* SKIP */._Z;
        this.roles.length = 0;
        this.roles[1] = section === 'prior_state' ? 'section' : 'values';
        return json_scanner/* DESCEND */.Vq;
    }
    /** A value inside the section starts at `depth` (>= 2). */
    onValueStart(depth, key, firstByte) {
        const role = childRole(this.roles[depth - 1], key);
        if (role === 'resource')
            return firstByte === state_resources_OPEN_BRACE ? json_scanner/* CAPTURE */.P3 : json_scanner/* SKIP */._Z;
        const container = role === 'resources' || role === 'modules' ? state_resources_OPEN_BRACKET : state_resources_OPEN_BRACE;
        if (role === undefined || firstByte !== container)
            return json_scanner/* SKIP */._Z;
        this.roles[depth] = role;
        return json_scanner/* DESCEND */.Vq;
    }
    /** A resource's bytes: parsed and handed on only when its `sensitive_values` hold a `true`. */
    onCapture(bytes) {
        const marks = bytes.lastIndexOf(MARKS_KEY);
        if (marks < 0 || bytes.indexOf(TRUE, marks + MARKS_KEY.length) < 0)
            return;
        this.onResource(JSON.parse(bytes.toString('utf8')));
    }
}
function childRole(parent, key) {
    switch (parent) {
        case 'section':
            return key === 'values' ? 'values' : undefined;
        case 'values':
            return key === 'root_module' ? 'module' : undefined;
        case 'module':
            return key === 'resources' ? 'resources' : key === 'child_modules' ? 'modules' : undefined;
        case 'resources':
            return 'resource';
        case 'modules':
            return 'module';
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/plan/plan-validate.ts
/**
 * Checks shared by every way of reading a plan: what the first bytes say about the file (empty,
 * binary plan, UTF-16, setup-terraform wrapper), whether a parsed document is a plan at all, and
 * whether each resource entry has the fields the analysis relies on. Everything fails closed with
 * a PlanReadError that says what was found and how to produce a proper plan JSON.
 */

/** What every message ends with when the file is not what we expected. */
const EXPECTED_PLAN = 'expected the JSON output of `terraform show -json <planfile>` (or `tofu show -json`)';
const WRAPPER_HINT = "hashicorp/setup-terraform's wrapper adds its own lines ('[command]…', '::debug::…') to stdout. " +
    'Run the real binary ("$TERRAFORM_CLI_PATH/terraform-bin" show -json <planfile>), set `terraform_wrapper: false` ' +
    "on setup-terraform, or pass the binary plan as 'plan_file' and let infra-guard run show";
/** Top-level keys only a plan has; a document with none of them is some other `-json` output. */
const PLAN_KEYS = [
    'planned_values',
    'resource_changes',
    'resource_drift',
    'prior_state',
    'configuration',
    'output_changes'
];
/** Keys a `terraform.tfstate` file has at its top level. */
const STATE_FILE_KEYS = ['lineage', 'serial'];
/** The header keys copied from the top-level object, in the order PlanHeader lists them. */
const HEADER_KEYS = [
    'format_version',
    'terraform_version',
    'applyable',
    'complete',
    'errored',
    'variables',
    'output_changes',
    'checks'
];
/**
 * Looks at the first bytes of a plan file. Returns how many bytes to skip (a UTF-8 byte order mark)
 * or throws for files that cannot be plan JSON whatever follows.
 */
function sniffPlanStart(head, file, fileSize) {
    if (fileSize === 0)
        throw new errors/* PlanReadError */.Ap(file, `the file is empty; ${EXPECTED_PLAN}. Check the step that wrote it.`);
    if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
        throw new errors/* PlanReadError */.Ap(file, "this is a binary plan file (zip, as written by `terraform plan -out`), not JSON; pass it as 'plan_file' " +
            "instead of 'plan_json', or convert it with `terraform show -json <planfile> > plan.json`");
    }
    const utf16 = describeUtf16(head);
    if (utf16) {
        throw new errors/* PlanReadError */.Ap(file, `the file is UTF-16 encoded (${utf16}); save it as UTF-8 ` +
            "(PowerShell's `>` writes UTF-16: use `terraform show -json tfplan | Out-File -Encoding utf8 plan.json`)");
    }
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
        return 3;
    return 0;
}
/** Names the UTF-16 evidence in the first bytes, or undefined. */
function describeUtf16(head) {
    if (head[0] === 0xff && head[1] === 0xfe)
        return 'little-endian byte order mark FF FE';
    if (head[0] === 0xfe && head[1] === 0xff)
        return 'big-endian byte order mark FE FF';
    // Without a BOM, ASCII text in UTF-16 has a NUL in every other byte.
    const n = Math.min(head.length, 64);
    for (let i = 0; i < n; i++)
        if (head[i] === 0)
            return `NUL bytes between characters, first at byte ${i}`;
    return undefined;
}
/** Throws unless the (whitespace-trimmed) text can start a JSON value and is not wrapper output. */
function checkDocumentStart(file, text) {
    if (isWrapperText(text) || !/^[{["\d\-tfn]/.test(text))
        throw describeBadStart(file, text);
}
/** Builds the error for text that is not JSON where the document should start. */
function describeBadStart(file, text) {
    if (isWrapperText(text)) {
        return new errors/* PlanReadError */.Ap(file, `the file starts with '${firstLine(text)}', not with JSON. ${WRAPPER_HINT}.`);
    }
    return new errors/* PlanReadError */.Ap(file, `the file starts with '${firstLine(text)}', which is not JSON; ${EXPECTED_PLAN}`);
}
/** Builds the error for anything that follows the first complete JSON document. */
function describeTrailing(file, text, where) {
    if (isWrapperText(text)) {
        return new errors/* PlanReadError */.Ap(file, `the JSON document is followed by other output ('${firstLine(text)}' at ${where}). ${WRAPPER_HINT}.`);
    }
    if (text.startsWith('{') || text.startsWith('[')) {
        return new errors/* PlanReadError */.Ap(file, `the file holds several JSON documents (a second one starts at ${where}); ${EXPECTED_PLAN}, exactly one document. ` +
            'Write only the output of one `terraform show -json` to the file.');
    }
    return new errors/* PlanReadError */.Ap(file, `unexpected content '${firstLine(text)}' after the end of the JSON document at ${where}; the file may be corrupted. ` +
        'Regenerate it with `terraform show -json <planfile>`.');
}
function isWrapperText(text) {
    return /^(\[command\]|::debug::|::set-output|::error::|::warning::|::notice::|::group::)/.test(text);
}
function firstLine(text) {
    const line = text.split(/\r?\n/, 1)[0];
    return line.length > 80 ? `${line.slice(0, 80)}…` : line;
}
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
/**
 * Decides from the top-level keys whether the document is a plan, and fails with what it looks like
 * instead. `get` reads an already-parsed top-level value (the streaming reader only has the small ones).
 */
function checkPlanShape(file, keys, get) {
    const hasPlanKey = PLAN_KEYS.some(key => keys.has(key));
    if (STATE_FILE_KEYS.every(key => keys.has(key)) ||
        (keys.has('resources') && keys.has('version') && !hasPlanKey)) {
        throw new errors/* PlanReadError */.Ap(file, 'this is a Terraform state file (terraform.tfstate), not a plan; ' +
            `${EXPECTED_PLAN}. Run \`terraform plan -out=tfplan\` then \`terraform show -json tfplan\`.`);
    }
    if (keys.has('values') && !hasPlanKey) {
        throw new errors/* PlanReadError */.Ap(file, "this is state JSON (it has 'values' but no 'planned_values' or 'resource_changes'): `terraform show -json` " +
            'was run without a plan file. Run `terraform plan -out=tfplan` then `terraform show -json tfplan`.');
    }
    if (!keys.has('format_version')) {
        throw new errors/* PlanReadError */.Ap(file, `the JSON document has no 'format_version', so it is not a plan; ${EXPECTED_PLAN}`);
    }
    checkFormatVersion(file, get('format_version'));
    if (!hasPlanKey) {
        throw new errors/* PlanReadError */.Ap(file, `the JSON document has 'format_version' but none of ${PLAN_KEYS.join(', ')}, so it is not a plan ` +
            `(the output of another \`-json\` command, or show on an empty state?); ${EXPECTED_PLAN}`);
    }
    checkHeaderTypes(file, get);
}
/** Throws unless `version` is a 0.x or 1.x format_version string (checked as soon as it is read). */
function checkFormatVersion(file, version) {
    if (typeof version !== 'string' || !/^\d+\.\d+/.test(version)) {
        throw new errors/* PlanReadError */.Ap(file, `'format_version' must be a string like "1.2"; got ${JSON.stringify(version)}`);
    }
    const major = Number(version.split('.')[0]);
    if (major !== 0 && major !== 1) {
        throw new errors/* PlanReadError */.Ap(file, `unsupported plan format_version ${version}; infra-guard reads 0.x and 1.x. Use a Terraform/OpenTofu version ` +
            'whose plan format is 1.x, or upgrade infra-guard.');
    }
}
function checkHeaderTypes(file, get) {
    for (const key of ['terraform_version']) {
        const value = get(key);
        if (value !== undefined && typeof value !== 'string') {
            throw new errors/* PlanReadError */.Ap(file, `'${key}' must be a string; got ${kindOf(value)}`);
        }
    }
    for (const key of ['applyable', 'complete', 'errored']) {
        const value = get(key);
        if (value !== undefined && typeof value !== 'boolean') {
            throw new errors/* PlanReadError */.Ap(file, `'${key}' must be true or false; got ${kindOf(value)}`);
        }
    }
    for (const key of ['variables', 'output_changes']) {
        const value = get(key);
        if (value !== undefined && kindOf(value) !== 'an object') {
            throw new errors/* PlanReadError */.Ap(file, `'${key}' must be an object; got ${kindOf(value)}`);
        }
    }
}
/** The error for a resource_changes / resource_drift value that is not an array. */
function notAnArray(file, section, value) {
    return new errors/* PlanReadError */.Ap(file, `'${section}' must be an array of resource changes; got ${kindOf(value)}`);
}
/** Checks one resource_changes / resource_drift entry; the analysis may then rely on these fields. */
function checkPlanEntry(file, section, index, entry) {
    const where = `${section}[${index}]`;
    if (kindOf(entry) !== 'an object')
        throw new errors/* PlanReadError */.Ap(file, `${where} must be an object; got ${kindOf(entry)}`);
    const record = entry;
    if (record.address === undefined && section === 'resource_drift') {
        // Terraform 1.0.0 wrote resource_drift entries without an address. Drift is informational (it
        // never changes what apply does), so the entry is named from its parts instead of refused.
        record.address = driftAddress(record, index);
    }
    if (typeof record.address !== 'string' || record.address === '') {
        throw new errors/* PlanReadError */.Ap(file, `${where} has no 'address' string; the plan is incomplete or not from terraform`);
    }
    const named = `${where} (${record.address})`;
    if (typeof record.type !== 'string' || record.type === '') {
        throw new errors/* PlanReadError */.Ap(file, `${named} has no 'type' string`);
    }
    if (record.mode !== undefined && typeof record.mode !== 'string') {
        throw new errors/* PlanReadError */.Ap(file, `${named} has a 'mode' that is not a string`);
    }
    const change = record.change;
    if (kindOf(change) !== 'an object')
        throw new errors/* PlanReadError */.Ap(file, `${named} has no 'change' object`);
    const actions = change.actions;
    if (!Array.isArray(actions) || actions.length === 0 || !actions.every(a => typeof a === 'string')) {
        throw new errors/* PlanReadError */.Ap(file, `${named} has no 'change.actions' list of strings`);
    }
    return record;
}
/** `module.x.aws_s3_bucket.logs["a"]` from an entry's parts, or a placeholder naming the drift entry. */
function driftAddress(record, index) {
    const { module_address: module, mode, type, name, index: key } = record;
    if (typeof type !== 'string' || typeof name !== 'string' || type === '' || name === '')
        return `(resource_drift[${index}], no address)`;
    const prefix = typeof module === 'string' && module !== '' ? `${module}.` : '';
    const data = mode === 'data' ? 'data.' : '';
    const instance = typeof key === 'number' ? `[${key}]` : typeof key === 'string' ? `[${JSON.stringify(key)}]` : '';
    return `${prefix}${data}${type}.${name}${instance}`;
}
/** Copies the header fields that are present (absent ones stay absent, as in JSON.parse). */
function pickHeader(get, sensitiveVariables) {
    const header = {};
    for (const key of HEADER_KEYS) {
        const value = get(key);
        if (value !== undefined)
            header[key] = value;
    }
    header.sensitive_variables = sensitiveVariables;
    return header;
}

// EXTERNAL MODULE: ./src/plan/sniff-format.ts
var sniff_format = __webpack_require__(31255);
;// CONCATENATED MODULE: ./src/plan/plan-collector.ts
/**
 * The plan-specific half of the streaming reader: scanner hooks that pick out the header fields,
 * hand each resource_changes / resource_drift entry to the visitor as soon as it ends, and read
 * `configuration.root_module.variables.*.sensitive` while everything else in `configuration` (and all
 * of planned_values / prior_state) is only scanned.
 */






const HEADER = new Set(HEADER_KEYS);
const SECTIONS = new Set(['resource_changes', 'resource_drift']);
/** Header values that are objects the gate reads, and the keys Terraform writes in them. */
const HEADER_SCHEMAS = {
    output_changes: OUTPUT_CHANGES_SCHEMA,
    variables: { each: { known: new Set(['value']) } }
};
/** The one key read at each depth of `configuration` (variable names, depth 4, are any name). */
const CONFIGURATION_PATH = {
    2: 'root_module',
    3: 'variables',
    5: 'sensitive'
};
const plan_collector_OPEN_BRACE = 0x7b;
const plan_collector_OPEN_BRACKET = 0x5b;
/** What a document that does not start with '{' is, from its first byte. */
function describeFirstByte(c) {
    if (c === plan_collector_OPEN_BRACKET)
        return 'an array';
    if (c === 0x22)
        return 'a string';
    if (c === 0x74 || c === 0x66)
        return 'a boolean';
    if (c === 0x6e)
        return 'null';
    return 'a number';
}
class PlanCollector {
    file;
    visitor;
    keys = new Set();
    values = new Map();
    /** Root variable name → declared sensitive; Map keeps JSON.parse's "first position, last value" order. */
    sensitive = new Map();
    notObject;
    member = '';
    variable = '';
    index = 0;
    /** Keys seen in the object open at each depth of `configuration` that the collector descends into. */
    configurationKeys = new Map();
    /** prior_state / planned_values resources, for visitors that collect their sensitive values. */
    state;
    constructor(file, visitor) {
        this.file = file;
        this.visitor = visitor;
        const onStateResource = visitor.onStateResource?.bind(visitor);
        if (onStateResource)
            this.state = new StateResourceWalker(onStateResource);
    }
    onValueStart(depth, key, firstByte) {
        if (depth >= 2 && this.state && STATE_SECTIONS.has(this.member))
            return this.state.onValueStart(depth, key, firstByte);
        switch (depth) {
            case 0:
                if (firstByte === plan_collector_OPEN_BRACE)
                    return json_scanner/* DESCEND */.Vq;
                this.notObject = describeFirstByte(firstByte);
                return json_scanner/* SKIP */._Z;
            case 1: {
                const action = this.onMember(key, firstByte);
                if (action === json_scanner/* DESCEND */.Vq)
                    this.configurationKeys.set(2, new Set());
                return action;
            }
            case 2:
                // Entries are JSON.parse'd right away, which validates them: the scanner only finds their end.
                if (SECTIONS.has(this.member))
                    return json_scanner/* CAPTURE_PARSED */.tv;
                this.checkConfigurationKey(depth, key);
                // Only configuration is descended into below depth 1.
                if (key === 'root_module' && firstByte === plan_collector_OPEN_BRACE) {
                    this.sensitive.clear();
                    return this.descend(depth);
                }
                return json_scanner/* SKIP */._Z;
            case 3:
                this.checkConfigurationKey(depth, key);
                if (key === 'variables' && firstByte === plan_collector_OPEN_BRACE) {
                    this.sensitive.clear();
                    return this.descend(depth);
                }
                return json_scanner/* SKIP */._Z;
            case 4:
                this.checkConfigurationKey(depth, key);
                this.variable = key;
                this.sensitive.set(this.variable, false);
                return firstByte === plan_collector_OPEN_BRACE ? this.descend(depth) : json_scanner/* SKIP */._Z;
            default:
                this.checkConfigurationKey(depth, key);
                return key === 'sensitive' ? json_scanner/* CAPTURE */.P3 : json_scanner/* SKIP */._Z;
        }
    }
    /** Descends into the object starting at `depth`: its members' keys are tracked afresh. */
    descend(depth) {
        this.configurationKeys.set(depth + 1, new Set());
        return json_scanner/* DESCEND */.Vq;
    }
    /** A key of `configuration` the collector reads: refused when repeated or a case variant. */
    checkConfigurationKey(depth, key) {
        const where = `configuration (depth ${depth})`;
        const seen = this.configurationKeys.get(depth);
        if (seen?.has(key)) {
            throw new errors/* PlanReadError */.Ap(this.file, `the key '${key}' appears twice in ${where}; terraform never writes that`);
        }
        seen?.add(key);
        const expected = CONFIGURATION_PATH[depth];
        if (expected !== undefined && caseVariantOf(key, new Set([expected])) !== undefined) {
            throw new errors/* PlanReadError */.Ap(this.file, `the key '${key}' in ${where} differs only in case from '${expected}', which terraform writes; terraform never writes it`);
        }
    }
    onMember(key, firstByte) {
        if (this.keys.has(key)) {
            throw new errors/* PlanReadError */.Ap(this.file, `the top-level key '${key}' appears twice; terraform never writes that`);
        }
        const variant = caseVariantOf(key, TOP_LEVEL_KEYS);
        if (variant !== undefined) {
            throw new errors/* PlanReadError */.Ap(this.file, `the top-level key '${key}' differs only in case from '${variant}', which terraform writes; terraform never writes it, and readers that match keys case-insensitively (Go's encoding/json) would read another plan`);
        }
        this.keys.add(key);
        this.member = key;
        // Only Pulumi writes these: say which tool made the file (plan_format chose the wrong reader).
        const pulumi = (0,sniff_format/* describePulumiKey */.Jk)(key);
        if (pulumi)
            throw new errors/* PlanReadError */.Ap(this.file, pulumi);
        if (HEADER.has(key))
            return json_scanner/* CAPTURE */.P3;
        if (SECTIONS.has(key)) {
            this.index = 0;
            return firstByte === plan_collector_OPEN_BRACKET ? json_scanner/* DESCEND */.Vq : json_scanner/* CAPTURE */.P3;
        }
        if (key === 'configuration')
            return firstByte === plan_collector_OPEN_BRACE ? json_scanner/* DESCEND */.Vq : json_scanner/* SKIP */._Z;
        if (this.state && STATE_SECTIONS.has(key))
            return this.state.start(key, firstByte);
        return json_scanner/* SKIP */._Z;
    }
    onCapture(depth, bytes, keys) {
        if (depth >= 2 && this.state && STATE_SECTIONS.has(this.member))
            return this.state.onCapture(bytes);
        const value = JSON.parse(bytes.toString('utf8'));
        if (depth === 2) {
            this.checkEntryKeys(value, bytes, keys);
            const entry = checkPlanEntry(this.file, this.member, this.index, value);
            if (this.member === 'resource_changes')
                this.visitor.onResourceChange(entry, this.index);
            else
                this.visitor.onResourceDrift?.(entry, this.index);
            this.index++;
        }
        else if (depth === 1) {
            if (SECTIONS.has(this.member))
                throw notAnArray(this.file, this.member, value);
            // Terraform writes format_version first: refuse an unknown major before reading entries of an unknown shape.
            if (this.member === 'format_version')
                checkFormatVersion(this.file, value);
            const schema = HEADER_SCHEMAS[this.member];
            if (schema) {
                const problem = findRepeatedKey(bytes) ?? findCaseVariant(value, schema);
                if (problem)
                    throw new errors/* PlanReadError */.Ap(this.file, `'${this.member}': ${problem}`);
            }
            this.values.set(this.member, value);
        }
        else {
            this.sensitive.set(this.variable, value === true);
        }
    }
    /**
     * A resource change is refused when a key repeats anywhere in it (its JSON has more keys than
     * JSON.parse kept: the scanner counted them) or a key of the entry, its change or importing object
     * differs only in case from Terraform's.
     */
    checkEntryKeys(value, bytes, keys) {
        const repeated = keys !== undefined && countParsedKeys(value) !== keys;
        const problem = repeated
            ? (findRepeatedKey(bytes) ?? 'a key appears twice in it')
            : findCaseVariant(value, ENTRY_SCHEMA);
        if (!problem)
            return;
        const address = value !== null &&
            typeof value === 'object' &&
            typeof value.address === 'string'
            ? ` (${value.address})`
            : '';
        throw new errors/* PlanReadError */.Ap(this.file, `${this.member}[${this.index}]${address}: ${problem}`);
    }
    /** After the whole document was scanned: is it a plan? Returns its header. */
    finish() {
        if (this.notObject) {
            throw new errors/* PlanReadError */.Ap(this.file, `the JSON document is ${this.notObject}, not an object, so it is not a plan`);
        }
        const get = (key) => this.values.get(key);
        checkPlanShape(this.file, this.keys, get);
        const names = [...this.sensitive].filter(([, isSensitive]) => isSensitive).map(([name]) => name);
        const header = pickHeader(get, names);
        if (this.keys.has('deferred_changes'))
            header.deferred = true;
        return header;
    }
}

;// CONCATENATED MODULE: ./src/plan/plan-reader.ts
/**
 * The one plan reader every mode uses. It streams a ByteSource in chunks through a validating byte
 * scanner, materialises one resource_changes / resource_drift entry at a time and returns the small
 * top-level fields, so memory is bounded by the largest entry, not by the plan (plans can be larger
 * than V8's maximum string). Every kind of bad input becomes a PlanReadError naming the source.
 */




const DEFAULT_CHUNK = 1 << 20;
/**
 * Reads the plan; calls visitor.onResourceChange for each resource_changes entry and
 * visitor.onResourceDrift for each resource_drift entry, in document order; returns the top-level
 * header fields. Throws PlanReadError naming `source.name`. The visitor may already have seen entries
 * when a later part of the plan turns out to be bad: discard its results on a throw.
 */
function readPlan(source, visitor, options = {}) {
    const { name, size } = source;
    const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
    const head = Buffer.alloc(Math.min(size, 4096));
    const headLength = readFully(source, head, 0);
    const skip = sniffPlanStart(head.subarray(0, headLength), name, size);
    const start = head.toString('utf8', skip, headLength).trimStart();
    if (start !== '')
        checkDocumentStart(name, start);
    const collector = new PlanCollector(name, visitor);
    const scanner = new json_scanner/* JsonScanner */.VF(collector);
    try {
        // One buffer for every read: a fresh Buffer per read would pile up as garbage outside V8's heap
        // until a major GC.
        const chunk = Buffer.allocUnsafe(Math.max(1, Math.min(chunkSize, size - skip)));
        for (let position = skip; position < size;) {
            const bytesRead = source.read(chunk.subarray(0, Math.min(chunk.length, size - position)), position);
            if (bytesRead === 0)
                break;
            scanner.feed(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
            position += bytesRead;
        }
        scanner.end();
    }
    catch (error) {
        if (error instanceof json_scanner/* JsonSyntaxError */.q3)
            throw describeSyntaxError(source, error);
        throw error;
    }
    return collector.finish();
}
/** Fills `buffer` from `position` as far as the source goes; returns the bytes read. */
function readFully(source, buffer, position) {
    let filled = 0;
    while (filled < buffer.length) {
        const bytesRead = source.read(buffer.subarray(filled), position + filled);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    return filled;
}
/** Words a scanner error with its line and column (found by a second pass; error path only). */
function describeSyntaxError(source, error) {
    const where = locateOffset(source, error.offset);
    switch (error.reason) {
        case 'empty':
            return new errors/* PlanReadError */.Ap(source.name, 'the file holds only whitespace; expected plan JSON');
        case 'truncated':
            return new errors/* PlanReadError */.Ap(source.name, `the JSON ends early at ${where}; the file is truncated. Regenerate it with \`terraform show -json <planfile>\`.`);
        case 'trailing': {
            const tail = Buffer.alloc(Math.max(0, Math.min(200, source.size - error.offset)));
            const bytesRead = readFully(source, tail, error.offset);
            return describeTrailing(source.name, tail.toString('utf8', 0, bytesRead), where);
        }
        default:
            return new errors/* PlanReadError */.Ap(source.name, `invalid JSON at ${where}: ${error.message}`);
    }
}
function locateOffset(source, offset) {
    let line = 1;
    let lineStart = 0;
    const chunk = Buffer.allocUnsafe(Math.max(1, Math.min(DEFAULT_CHUNK, offset)));
    for (let position = 0; position < offset;) {
        const bytesRead = source.read(chunk.subarray(0, Math.min(chunk.length, offset - position)), position);
        if (bytesRead === 0)
            break;
        for (let i = chunk.indexOf(0x0a); i !== -1 && i < bytesRead; i = chunk.indexOf(0x0a, i + 1)) {
            line++;
            lineStart = position + i + 1;
        }
        position += bytesRead;
    }
    return `line ${line} column ${offset - lineStart + 1} (byte ${offset})`;
}


/***/ }),

/***/ 2705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u$: () => (/* binding */ readPulumiSource),
  Y4: () => (/* binding */ readPulumiStacks)
});

// UNUSED EXPORTS: EXPECTED_PULUMI

// EXTERNAL MODULE: ./src/plan/json/json-scanner.ts + 2 modules
var json_scanner = __webpack_require__(77826);
// EXTERNAL MODULE: ./src/plan/sniff-format.ts
var sniff_format = __webpack_require__(31255);
;// CONCATENATED MODULE: ./src/plan/pulumi/types.ts
/** `format_version` of the header, so reports say which kind of document was read. */
const PULUMI_FORMAT_VERSION = {
    'preview-json': 'pulumi-preview-json',
    'event-log': 'pulumi-event-log'
};
/** Bounds on what the reader keeps; every cut is counted, never silent. */
const PULUMI_LIMITS = {
    /** Diagnostics kept in the header. */
    diagnostics: 100,
    /** Characters kept of one diagnostic message. */
    messageChars: 2000,
    /** Stack / project names kept. */
    names: 20,
    /** Reasons kept per entry. */
    reasons: 50,
    /** Replacement halves waiting for their `replace` step; more is refused (see step-mapper.ts). */
    pendingHalves: 100_000,
    /** Longest event-log line (one event) read, in bytes. */
    lineBytes: 64 << 20
};

;// CONCATENATED MODULE: ./src/plan/pulumi/diagnostics.ts
/**
 * Pulumi's diagnostics, failed steps and policy violations, kept so that an error can never vanish:
 * every error is counted (and the header then says `errored`, which the gate denies), the first
 * PULUMI_LIMITS.diagnostics errors and warnings are kept with colour codes removed, the rest counted.
 * A severity this version does not know counts as an error.
 */

/** Severities that are neither errors nor warnings (program output, debug logging). */
const QUIET_SEVERITIES = new Set(['info', 'info#err', 'debug']);
/** Pulumi's colour directives, e.g. `<{%reset%}>`, `<{%fg 1%}>`. */
const COLOUR_CODES = /<\{%[^%]*%\}>/g;
/** Collects diagnostics while a document is read. */
class DiagnosticLog {
    kept = [];
    errorCount = 0;
    warningCount = 0;
    omitted = 0;
    /** Records one diagnostic; `severity` is taken as Pulumi wrote it. */
    add(severity, message, source, urn) {
        const level = QUIET_SEVERITIES.has(severity) ? 'quiet' : severity === 'warning' ? 'warning' : 'error';
        if (level === 'quiet')
            return;
        if (level === 'warning')
            this.warningCount++;
        else
            this.errorCount++;
        if (this.kept.length >= PULUMI_LIMITS.diagnostics) {
            this.omitted++;
            return;
        }
        const diagnostic = {
            severity: level === 'error' && severity !== 'error' ? `error (severity '${severity.slice(0, 40)}')` : level,
            message: cleanMessage(message),
            source
        };
        if (urn !== undefined && urn !== '')
            diagnostic.urn = urn.length > 2000 ? `${urn.slice(0, 1999)}…` : urn;
        this.kept.push(diagnostic);
    }
    /** Records an error the reader itself derived (a failed step, a failed result). */
    addError(message, source, urn) {
        this.add('error', message, source, urn);
    }
}
/** Removes colour directives, trims, and cuts the message to PULUMI_LIMITS.messageChars. */
function cleanMessage(message) {
    const plain = message.replace(COLOUR_CODES, '').trim();
    return plain.length > PULUMI_LIMITS.messageChars
        ? `${plain.slice(0, PULUMI_LIMITS.messageChars - 1)}…`
        : plain;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/plan/pulumi/urn.ts
var pulumi_urn = __webpack_require__(50001);
// EXTERNAL MODULE: ./src/plan/pulumi/values.ts
var values = __webpack_require__(70378);
;// CONCATENATED MODULE: ./src/plan/pulumi/entries.ts



/** What every entry of one step carries from it, whatever its actions. */
function stepFacts(step) {
    return {
        ops: [step.op],
        sources: [step.source],
        protect: step.old?.protect === true,
        protectAfter: step.new?.protect === true,
        retainOnDelete: step.old?.retainOnDelete === true,
        replaceReasons: step.replaceReasons,
        diffReasons: step.diffReasons
    };
}
/** Ops that change nothing: `same`, and the engine's internal bookkeeping steps. */
const NO_OP_OPS = new Set(['same', 'remove-pending-replace', 'extend-parameterize']);
/**
 * The spec of a step that is not part of a replacement or a refresh (see step-mapper.ts for the
 * table). `deposed` names an old object left pending deletion by an earlier run.
 */
function specForStep(step, deposed) {
    const { op, old, new: next } = step;
    const base = stepFacts(step);
    if (NO_OP_OPS.has(op))
        return { ...base, actions: ['no-op'], mode: 'managed', before: old, after: next };
    switch (op) {
        case 'create':
            return { ...base, actions: ['create'], mode: 'managed', after: next };
        case 'update':
            return { ...base, actions: ['update'], mode: 'managed', before: old, after: next };
        case 'delete': {
            const spec = {
                ...base,
                actions: [base.retainOnDelete ? 'forget' : 'delete'],
                mode: 'managed',
                before: old
            };
            // Like Terraform's deposed object, it may share its URN with the live resource's own step.
            if (old?.delete === true)
                spec.deposed = deposed('pending-delete');
            return spec;
        }
        case 'import':
            return { ...base, actions: ['no-op'], mode: 'managed', after: next, importing: true };
        case 'read':
            return { ...base, actions: ['read'], mode: 'data', after: next };
        default:
            // discard: a read resource leaves the stack; nothing is deleted.
            return { ...base, actions: ['no-op'], mode: 'data', before: old };
    }
}
/** Builds one entry for `step`'s resource from `spec`. */
function buildEntry(step, spec) {
    const { parsed } = step;
    const pick = (state) => (spec.outputs ? state?.outputs : state?.inputs);
    const before = spec.before ? (0,values/* convertValue */.nf)(pick(spec.before) ?? {}, false) : undefined;
    const after = spec.after ? (0,values/* convertValue */.nf)(pick(spec.after) ?? {}, true) : undefined;
    const change = {
        actions: spec.actions,
        before: before ? before.value : null,
        after: after ? after.value : null,
        after_unknown: after?.unknown ?? {},
        before_sensitive: before?.sensitive ?? false,
        after_sensitive: after?.sensitive ?? false
    };
    if (spec.importing) {
        const id = spec.after?.importID ?? spec.after?.id;
        change.importing = typeof id === 'string' ? { id } : {};
    }
    if (spec.replaceReasons && spec.replaceReasons.length > 0) {
        change.replace_paths = spec.replaceReasons.map(splitPropertyPath);
    }
    const info = {
        urn: step.urn,
        display: (0,pulumi_urn/* displayName */.QC)(parsed),
        stack: parsed.stack,
        project: parsed.project,
        parentTypes: parsed.parentTypes,
        ops: spec.ops,
        protect: spec.protect,
        protectAfter: spec.protectAfter,
        retainOnDelete: spec.retainOnDelete,
        component: isComponent(spec.before ?? spec.after),
        sources: spec.sources
    };
    if (spec.replaceReasons && spec.replaceReasons.length > 0)
        info.replaceReasons = spec.replaceReasons;
    if (spec.diffReasons && spec.diffReasons.length > 0)
        info.diffReasons = spec.diffReasons;
    if (spec.problem !== undefined)
        info.problem = spec.problem;
    if (spec.assumed !== undefined)
        info.assumed = spec.assumed;
    const entry = {
        address: step.urn,
        mode: spec.mode,
        type: parsed.type,
        name: parsed.name,
        provider_name: parsed.type.split(':')[0],
        change,
        pulumi: info
    };
    const previous = spec.before?.urn;
    if (typeof previous === 'string' && previous !== step.urn && spec.after)
        entry.previous_address = previous;
    if (spec.deposed !== undefined)
        entry.deposed = spec.deposed;
    return entry;
}
/** The verb an entry carries when the reader cannot map it: never one of Terraform's, so the analysis denies. */
function problemVerb(text) {
    return `pulumi: ${text}`.slice(0, 80);
}
/** Builds an entry for something the reader could not map; the analysis lists it as unreadable. */
function buildProblemEntry(step, verb, problem) {
    return buildEntry(step, {
        actions: [problemVerb(verb)],
        mode: 'managed',
        before: step.old,
        after: step.new,
        ops: [step.op.slice(0, 80)],
        sources: [step.source],
        protect: step.old?.protect === true,
        protectAfter: step.new?.protect === true,
        retainOnDelete: step.old?.retainOnDelete === true,
        problem
    });
}
/**
 * A Pulumi property path (`tags.Owner`, `ingress[0].cidrBlocks`, `["a.b"].c`) as path segments, the
 * shape of Terraform's replace_paths. Anything it cannot split stays one segment.
 */
function splitPropertyPath(path) {
    const segments = [];
    const pattern = /\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|([^.[\]]+)/g;
    for (const match of path.matchAll(pattern)) {
        if (match[1] !== undefined)
            segments.push(Number(match[1]));
        else if (match[2] !== undefined)
            segments.push(match[2].replace(/\\(.)/g, '$1'));
        else
            segments.push(match[3]);
    }
    return segments.length > 0 ? segments : [path];
}
/**
 * An entry for a problem with the document rather than with one step (a changeSummary count no
 * step accounts for, an unknown event kind): its address names where the problem is.
 */
function buildDocumentProblem(address, type, verb, problem, source) {
    return {
        address,
        mode: 'managed',
        type,
        name: address,
        change: { actions: [problemVerb(verb)], before: null, after: null },
        pulumi: {
            urn: address,
            display: address,
            stack: '',
            project: '',
            parentTypes: [],
            ops: [],
            protect: false,
            protectAfter: false,
            retainOnDelete: false,
            component: false,
            sources: [source],
            problem
        }
    };
}
/** A component resource (`custom: false`) groups others and has no cloud object of its own. */
function isComponent(state) {
    return state?.custom === false;
}
/** Keeps the first PULUMI_LIMITS.reasons strings of a reasons list. */
function keepReasons(value) {
    if (!Array.isArray(value))
        return [];
    return value
        .filter((reason) => typeof reason === 'string')
        .slice(0, PULUMI_LIMITS.reasons);
}

;// CONCATENATED MODULE: ./src/plan/pulumi/step-shape.ts
/**
 * Shape checks for one step, shared by both formats: a `preview --json` step
 * (`op`, `urn`, `oldState`, `newState`, `replaceReasons`, `diffReasons`) and the `metadata` of an
 * engine event (`op`, `urn`, `type`, `old`, `new`, `keys`, `diffs`). Every field the gate relies
 * on (op, URN, type, protect, retainOnDelete, delete, inputs) must have its documented type, or the
 * document is refused with a PlanReadError that names the step.
 */



/** Field names of the two formats. */
const DIGEST_FIELDS = { old: 'oldState', new: 'newState', keys: 'replaceReasons', diffs: 'diffReasons' };
const EVENT_FIELDS = { old: 'old', new: 'new', keys: 'keys', diffs: 'diffs' };
/** What a value is, for messages. */
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
/** Checks a `steps[i]` value of `preview --json`. */
function checkDigestStep(file, value, source) {
    return checkStep(file, value, source, DIGEST_FIELDS);
}
/**
 * Checks the `metadata` of a resourcePreEvent / resOutputsEvent / resOpFailedEvent. An event's state
 * omits `custom` when it is false (`StepEventStateMetadata.Custom` is omitempty, unlike the digest's
 * ResourceV3), so an absent `custom` there is a component resource.
 */
function checkEventStep(file, value, source) {
    const step = checkStep(file, value, source, EVENT_FIELDS);
    if (step.old)
        step.old = { ...step.old, custom: step.old.custom ?? false };
    if (step.new)
        step.new = { ...step.new, custom: step.new.custom ?? false };
    return step;
}
function checkStep(file, value, source, fields) {
    if (kindOf(value) !== 'an object')
        throw new errors/* PlanReadError */.Ap(file, `${source} must be an object; got ${kindOf(value)}`);
    const step = value;
    const urn = step.urn;
    if (typeof urn !== 'string' || urn === '')
        throw new errors/* PlanReadError */.Ap(file, `${source} has no 'urn' string`);
    const parsed = (0,pulumi_urn/* parseUrn */.p1)(urn);
    if (!parsed) {
        throw new errors/* PlanReadError */.Ap(file, `${source} has the URN '${shorten(urn)}', which is not urn:pulumi:<stack>::<project>::<type>::<name>`);
    }
    const op = step.op;
    if (typeof op !== 'string' || op === '') {
        throw new errors/* PlanReadError */.Ap(file, `${source} (${shorten(urn)}) has no 'op' string`);
    }
    const where = `${source} (${shorten(urn)})`;
    if (step.type !== undefined && step.type !== parsed.type) {
        throw new errors/* PlanReadError */.Ap(file, `${where} says its type is ${describe(step.type)} but its URN says '${parsed.type}'`);
    }
    const normal = {
        op,
        urn,
        parsed,
        replaceReasons: replaceReasons(step[fields.keys], step.detailedDiff),
        diffReasons: keepReasons(step[fields.diffs]),
        source
    };
    const old = checkState(file, step[fields.old], `${where} ${fields.old}`);
    const next = checkState(file, step[fields.new], `${where} ${fields.new}`);
    if (old)
        normal.old = old;
    if (next) {
        // The new state is the resource this URN names (an old state may carry an aliased URN and type).
        if (next.type !== undefined && next.type !== parsed.type) {
            throw new errors/* PlanReadError */.Ap(file, `${where} ${fields.new}.type is '${shorten(next.type)}' but its URN says '${parsed.type}'`);
        }
        normal.new = next;
    }
    return normal;
}
/**
 * The keys forcing a replacement: `replaceReasons`/`keys`, or else the detailedDiff paths whose
 * kind (`kind` in the preview JSON, `diffKind` in events) is one of the `*-replace` kinds.
 */
function replaceReasons(keys, detailedDiff) {
    const listed = keepReasons(keys);
    if (listed.length > 0 || kindOf(detailedDiff) !== 'an object')
        return listed;
    const paths = Object.entries(detailedDiff)
        .filter(([, diff]) => {
        const kind = diff?.kind ??
            diff?.diffKind;
        return typeof kind === 'string' && kind.endsWith('-replace');
    })
        .map(([path]) => path);
    return keepReasons(paths);
}
/** Checks one state object; null and absent mean "no state". */
function checkState(file, value, where) {
    if (value === undefined || value === null)
        return undefined;
    if (kindOf(value) !== 'an object')
        throw new errors/* PlanReadError */.Ap(file, `${where} must be an object; got ${kindOf(value)}`);
    const state = value;
    for (const key of ['urn', 'type']) {
        if (state[key] !== undefined && typeof state[key] !== 'string') {
            throw new errors/* PlanReadError */.Ap(file, `${where}.${key} must be a string; got ${kindOf(state[key])}`);
        }
    }
    for (const key of ['custom', 'delete', 'protect', 'retainOnDelete']) {
        if (state[key] !== undefined && typeof state[key] !== 'boolean') {
            throw new errors/* PlanReadError */.Ap(file, `${where}.${key} must be true or false; got ${kindOf(state[key])}`);
        }
    }
    for (const key of ['inputs', 'outputs']) {
        if (state[key] !== undefined && state[key] !== null && kindOf(state[key]) !== 'an object') {
            throw new errors/* PlanReadError */.Ap(file, `${where}.${key} must be an object; got ${kindOf(state[key])}`);
        }
    }
    return state;
}
function describe(value) {
    return typeof value === 'string' ? `'${shorten(value)}'` : kindOf(value);
}
/** Bounds text taken from the document before it goes into a message. */
function shorten(text, max = 200) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

;// CONCATENATED MODULE: ./src/plan/pulumi/preview-collector.ts
/**
 * `pulumi preview --json` (the preview digest, one document) through the project's byte scanner:
 * hooks that take each `steps[i]` and `diagnostics[i]` as soon as it ends (JSON.parse validates
 * it), capture the small top-level values, and skip everything else, so memory is bounded by the
 * largest step as for Terraform plans.
 */




const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const LISTS = new Set(['steps', 'diagnostics']);
const CAPTURED = new Set(['config', 'changeSummary', 'duration', 'maybeCorrupt']);
class PreviewCollector {
    file;
    mapper;
    diagnostics;
    keys = new Set();
    values = new Map();
    member = '';
    index = 0;
    notObject = false;
    constructor(file, mapper, diagnostics) {
        this.file = file;
        this.mapper = mapper;
        this.diagnostics = diagnostics;
    }
    onValueStart(depth, key, firstByte) {
        if (depth === 0) {
            if (firstByte === OPEN_BRACE)
                return json_scanner/* DESCEND */.Vq;
            this.notObject = true;
            return json_scanner/* SKIP */._Z;
        }
        if (depth === 2)
            return json_scanner/* CAPTURE_PARSED */.tv;
        const name = key;
        if (this.keys.has(name)) {
            throw new errors/* PlanReadError */.Ap(this.file, `the top-level key '${shorten(name, 80)}' appears twice; pulumi never writes that`);
        }
        this.keys.add(name);
        this.member = name;
        if (sniff_format/* TERRAFORM_KEYS */.OA.has(name)) {
            throw new errors/* PlanReadError */.Ap(this.file, `this is a Terraform plan (top-level key '${name}'), not a Pulumi preview; set plan_format to 'terraform' or 'auto'`);
        }
        if (name === 'deployment' || name === 'checkpoint')
            throw stateError(this.file, name);
        if (LISTS.has(name)) {
            this.index = 0;
            return firstByte === OPEN_BRACKET ? json_scanner/* DESCEND */.Vq : json_scanner/* CAPTURE */.P3;
        }
        return CAPTURED.has(name) ? json_scanner/* CAPTURE */.P3 : json_scanner/* SKIP */._Z;
    }
    onCapture(depth, bytes) {
        const value = JSON.parse(bytes.toString('utf8'));
        if (depth === 2) {
            const source = `${this.member}[${this.index++}]`;
            if (this.member === 'steps')
                this.mapper.step(checkDigestStep(this.file, value, source));
            else
                this.diagnostic(value, source);
            return;
        }
        if (LISTS.has(this.member)) {
            throw new errors/* PlanReadError */.Ap(this.file, `'${this.member}' must be an array; got ${kindOf(value)}`);
        }
        this.values.set(this.member, value);
    }
    /** After the whole document was scanned: checks what a preview must have; returns the top-level facts. */
    finish() {
        if (this.notObject) {
            throw new errors/* PlanReadError */.Ap(this.file, 'the JSON document is not an object, so it is not a Pulumi preview');
        }
        if (![...this.keys].some(key => sniff_format/* PULUMI_PREVIEW_KEYS */.BC.has(key))) {
            throw new errors/* PlanReadError */.Ap(this.file, `the JSON object has none of the keys of \`pulumi preview --json\` (${[...sniff_format/* PULUMI_PREVIEW_KEYS */.BC].join(', ')}); write the preview with \`pulumi preview --json > preview.json\``);
        }
        if (!this.keys.has('steps')) {
            throw new errors/* PlanReadError */.Ap(this.file, "the preview has no 'steps' (pulumi lists at least the stack's own step); it is incomplete or edited. Write it again with `pulumi preview --json`");
        }
        return {
            config: checkConfig(this.file, this.values.get('config')),
            changeSummary: checkChangeSummary(this.file, this.values.get('changeSummary'), "'changeSummary'"),
            maybeCorrupt: checkFlag(this.file, this.values.get('maybeCorrupt'), "'maybeCorrupt'")
        };
    }
    diagnostic(value, source) {
        if (kindOf(value) !== 'an object')
            throw new errors/* PlanReadError */.Ap(this.file, `${source} must be an object; got ${kindOf(value)}`);
        const record = value;
        const severity = record.severity ?? '';
        const message = record.message ?? '';
        const urn = record.urn;
        if (typeof severity !== 'string' ||
            typeof message !== 'string' ||
            (urn !== undefined && typeof urn !== 'string')) {
            throw new errors/* PlanReadError */.Ap(this.file, `${source} must have string 'severity', 'message' and 'urn' fields`);
        }
        this.diagnostics.add(severity, message, source, urn);
    }
}
/** The error for a stack export or checkpoint given as a preview. */
function stateError(file, key) {
    return new errors/* PlanReadError */.Ap(file, `this is Pulumi stack state (top-level key '${key}', as written by \`pulumi stack export\` or a backend checkpoint), not a preview; gate the output of \`pulumi preview --json\``);
}
/** `config`: a map of strings (secret values are already "[secret]"). */
function checkConfig(file, value) {
    if (value === undefined || value === null)
        return undefined;
    if (kindOf(value) !== 'an object' || Object.values(value).some(v => typeof v !== 'string')) {
        throw new errors/* PlanReadError */.Ap(file, "'config' must be an object of strings");
    }
    return value;
}
/** `changeSummary` / `resourceChanges`: op → whole number of steps. */
function checkChangeSummary(file, value, where) {
    if (value === undefined || value === null)
        return undefined;
    if (kindOf(value) !== 'an object' ||
        Object.values(value).some(count => !Number.isSafeInteger(count) || count < 0)) {
        throw new errors/* PlanReadError */.Ap(file, `${where} must map ops to whole numbers of steps`);
    }
    return value;
}
/** An optional boolean. */
function checkFlag(file, value, where) {
    if (value === undefined || value === null)
        return false;
    if (typeof value !== 'boolean')
        throw new errors/* PlanReadError */.Ap(file, `${where} must be true or false; got ${kindOf(value)}`);
    return value;
}

;// CONCATENATED MODULE: ./src/plan/pulumi/document-checks.ts
/**
 * Checks on the document as a whole, before and while it is scanned: what the first bytes say
 * (empty, UTF-16, another tool's output), and the wording of scanner errors (position, fix).
 */




/** The whole-document expectation every "not a preview" message ends with. */
const EXPECTED_PULUMI = 'expected the output of `pulumi preview --json` or an engine event log (`pulumi preview --event-log FILE`)';
/** The format a sniffed guess stands for; throws for what is not Pulumi JSON. */
function formatFromGuess(file, guessed) {
    switch (guessed.format) {
        case 'pulumi-events':
            return 'event-log';
        case 'terraform':
            throw new errors/* PlanReadError */.Ap(file, `this is a Terraform plan or state (${guessed.evidence}), not Pulumi JSON; set plan_format to 'terraform' or 'auto'`);
        case 'pulumi-state':
            throw stateError(file, guessed.evidence.replace(/^top-level key '|'$/g, ''));
        case 'pulumi-text':
            throw new errors/* PlanReadError */.Ap(file, `this is the human-readable output of pulumi (${guessed.evidence}), not JSON; ${EXPECTED_PULUMI}`);
        default:
            return 'preview-json';
    }
}
/**
 * A scanner error as a PlanReadError with its position (`linesBefore`: lines before the chunk);
 * other errors pass unchanged.
 */
function describeScanError(file, error, chunk, chunkStart, linesBefore) {
    if (!(error instanceof json_scanner/* JsonSyntaxError */.q3))
        return error;
    const where = locate(error.offset, chunk, chunkStart, linesBefore);
    switch (error.reason) {
        case 'empty':
            return new errors/* PlanReadError */.Ap(file, `the file holds only whitespace; ${EXPECTED_PULUMI}`);
        case 'truncated':
            return new errors/* PlanReadError */.Ap(file, `the JSON ends early at ${where}; the file is truncated. Write it again with \`pulumi preview --json > preview.json\` and let the command finish.`);
        case 'trailing': {
            const at = error.offset - chunkStart;
            const text = at >= 0 ? chunk.toString('utf8', at, Math.min(chunk.length, at + 80)).split(/\r?\n/, 1)[0] : '';
            return new errors/* PlanReadError */.Ap(file, `the preview JSON is followed by other content ('${shorten(text, 80)}' at ${where}); write only the stdout of \`pulumi preview --json\` to the file`);
        }
        default:
            return new errors/* PlanReadError */.Ap(file, `invalid JSON at ${where}: ${error.message}`);
    }
}
/** `line L column C (byte B)` when the offset lies in the current chunk, else `byte B`. */
function locate(offset, chunk, chunkStart, linesBefore) {
    const at = offset - chunkStart;
    if (at < 0 || at > chunk.length)
        return `byte ${offset}`;
    let line = linesBefore;
    let lineStart = -1;
    for (let i = chunk.indexOf(0x0a); i !== -1 && i < at; i = chunk.indexOf(0x0a, i + 1)) {
        line++;
        lineStart = i;
    }
    const column = lineStart === -1 ? undefined : at - lineStart;
    return column === undefined
        ? `line ${line} (byte ${offset})`
        : `line ${line} column ${column} (byte ${offset})`;
}
/** Refuses what cannot be Pulumi JSON whatever follows: empty, blank, UTF-16. */
function checkText(file, body) {
    if (body.length === 0)
        throw new errors/* PlanReadError */.Ap(file, `the file is empty; ${EXPECTED_PULUMI}. Check the step that wrote it.`);
    const probe = body.subarray(0, 64);
    if ((probe[0] === 0xff && probe[1] === 0xfe) ||
        (probe[0] === 0xfe && probe[1] === 0xff) ||
        probe.includes(0)) {
        throw new errors/* PlanReadError */.Ap(file, "the file is UTF-16 encoded (or binary); save it as UTF-8 (PowerShell's `>` writes UTF-16: use `| Out-File -Encoding utf8`)");
    }
    if (firstNonSpace(body) === body.length) {
        throw new errors/* PlanReadError */.Ap(file, `the file starts with only whitespace; ${EXPECTED_PULUMI}`);
    }
}
/** Refuses a document that does not start with an object (after what sniffing could explain). */
function checkObjectStart(file, body) {
    const start = firstNonSpace(body);
    if (body[start] === 0x7b)
        return;
    const text = body.toString('utf8', start, Math.min(body.length, start + 200));
    throw new errors/* PlanReadError */.Ap(file, `the file starts with '${shorten(text.split(/\r?\n/, 1)[0], 80)}', which is not a JSON object; ${EXPECTED_PULUMI}`);
}
function firstNonSpace(body) {
    let at = 0;
    while (at < body.length &&
        (body[at] === 0x20 || body[at] === 0x0a || body[at] === 0x0d || body[at] === 0x09))
        at++;
    return at;
}

;// CONCATENATED MODULE: ./src/plan/pulumi/event-log.ts
/**
 * The engine event log (`--event-log FILE`, `up --json`, the Automation API): one JSON event per
 * line, read line by line with a bounded line length. Each event has `sequence`, `timestamp` and
 * exactly one payload key. Steps come from resourcePreEvent; resOutputsEvent carries refresh
 * results; errors from diagnosticEvent, resOpFailedEvent, errorEvent, mandatory policyEvent and a
 * summaryEvent whose result is not `succeeded`. A log must end with its one summaryEvent: without
 * it the operation did not finish or the file was cut. An event kind this version does not know
 * becomes an entry the analysis cannot read (it might have carried a step).
 */





/** Payload keys that carry nothing the gate needs. */
const IGNORED_EVENTS = new Set([
    'cancelEvent',
    'stdoutEvent',
    'policyRemediationEvent',
    'policyLoadEvent',
    'policyAnalyzeSummaryEvent',
    'policyRemediateSummaryEvent',
    'policyAnalyzeStackSummaryEvent',
    'startDebuggingEvent',
    'progressEvent'
]);
const HANDLED_EVENTS = new Set([
    'preludeEvent',
    'summaryEvent',
    'diagnosticEvent',
    'resourcePreEvent',
    'resOutputsEvent',
    'resOpFailedEvent',
    'policyEvent',
    'errorEvent'
]);
const NEWLINE = 0x0a;
class EventLogReader {
    file;
    mapper;
    diagnostics;
    maxLineBytes;
    pieces = [];
    pieceBytes = 0;
    line = 0;
    summaryLine = 0;
    facts = { maybeCorrupt: false };
    constructor(file, mapper, diagnostics, maxLineBytes = PULUMI_LIMITS.lineBytes) {
        this.file = file;
        this.mapper = mapper;
        this.diagnostics = diagnostics;
        this.maxLineBytes = maxLineBytes;
    }
    /** Reads the complete lines in `chunk`; keeps the unfinished last one (bounded). */
    feed(chunk) {
        const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        let start = 0;
        for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
            this.checkLength(end - start);
            const last = bytes.subarray(start, end);
            this.onLine(this.pieces.length === 0 ? last : Buffer.concat([...this.pieces, last]), false);
            this.pieces = [];
            this.pieceBytes = 0;
            start = end + 1;
        }
        if (start < bytes.length) {
            this.checkLength(bytes.length - start);
            // A copy: the caller may reuse its buffer for the next read.
            this.pieces.push(Buffer.from(bytes.subarray(start)));
            this.pieceBytes += bytes.length - start;
        }
    }
    /** The input is complete: reads a last line without newline and checks the log was whole. */
    end() {
        if (this.pieceBytes > 0)
            this.onLine(Buffer.concat(this.pieces), true);
        this.pieces = [];
        if (this.summaryLine === 0) {
            throw new errors/* PlanReadError */.Ap(this.file, `the event log ends after ${this.line} line(s) without a summaryEvent: the operation did not finish (cancelled or crashed) or the file was cut. Gate the log of a preview that ran to the end.`);
        }
        return this.facts;
    }
    checkLength(more) {
        if (this.pieceBytes + more > this.maxLineBytes) {
            throw new errors/* PlanReadError */.Ap(this.file, `line ${this.line + 1} is longer than ${this.maxLineBytes} bytes; an event log has one event per line, and no event is that large. Is this an event log?`);
        }
    }
    onLine(bytes, last) {
        this.line++;
        const text = bytes.toString('utf8').replace(/\r$/, '');
        if (text.trim() === '')
            return;
        let event;
        try {
            event = JSON.parse(text);
        }
        catch (error) {
            throw this.syntaxError(text, last, error);
        }
        if (kindOf(event) !== 'an object') {
            throw new errors/* PlanReadError */.Ap(this.file, `line ${this.line} is ${kindOf(event)}, not an engine event object`);
        }
        const record = event;
        const payloads = Object.keys(record).filter(key => key !== 'sequence' && key !== 'timestamp');
        if (payloads.length !== 1) {
            throw new errors/* PlanReadError */.Ap(this.file, `line ${this.line} holds ${payloads.length} event payloads (${payloads
                .slice(0, 5)
                .map(k => `'${shorten(k, 40)}'`)
                .join(', ') || 'none'}); an engine event has exactly one`);
        }
        const kind = payloads[0];
        if (this.summaryLine !== 0 && kind !== 'cancelEvent') {
            throw new errors/* PlanReadError */.Ap(this.file, `line ${this.line} (${shorten(kind, 40)}) follows the summaryEvent of line ${this.summaryLine}: the file joins the logs of several operations. Write one preview per file.`);
        }
        if (IGNORED_EVENTS.has(kind))
            return;
        if (!HANDLED_EVENTS.has(kind))
            return this.unknownEvent(kind);
        const payload = record[kind];
        if (kindOf(payload) !== 'an object') {
            throw new errors/* PlanReadError */.Ap(this.file, `line ${this.line}: '${kind}' must be an object; got ${kindOf(payload)}`);
        }
        this.onEvent(kind, payload);
    }
    onEvent(kind, payload) {
        const where = `line ${this.line}`;
        switch (kind) {
            case 'resourcePreEvent':
                return this.mapper.step(checkEventStep(this.file, payload.metadata, `${where} resourcePreEvent.metadata`));
            case 'resOutputsEvent':
                this.mapper.refreshResult(checkEventStep(this.file, payload.metadata, `${where} resOutputsEvent.metadata`));
                return;
            case 'resOpFailedEvent': {
                const step = checkEventStep(this.file, payload.metadata, `${where} resOpFailedEvent.metadata`);
                const status = typeof payload.status === 'number' ? ` (status ${payload.status})` : '';
                return this.diagnostics.addError(`the ${shorten(step.op, 40)} step failed${status}`, where, step.urn);
            }
            case 'diagnosticEvent':
                if (payload.ephemeral === true)
                    return;
                return this.diagnostics.add(typeof payload.severity === 'string' ? payload.severity : '', `${typeof payload.prefix === 'string' ? payload.prefix : ''}${typeof payload.message === 'string' ? payload.message : ''}`, where, typeof payload.urn === 'string' ? payload.urn : undefined);
            case 'policyEvent':
                return this.policy(payload, where);
            case 'errorEvent':
                return this.diagnostics.addError(typeof payload.error === 'string' ? payload.error : 'errorEvent', where);
            case 'preludeEvent':
                this.facts.config = checkConfig(this.file, payload.config);
                return;
            default:
                return this.summary(payload);
        }
    }
    summary(payload) {
        this.summaryLine = this.line;
        const where = `line ${this.line} summaryEvent`;
        this.facts.changeSummary = checkChangeSummary(this.file, payload.resourceChanges, `${where}.resourceChanges`);
        this.facts.maybeCorrupt = checkFlag(this.file, payload.maybeCorrupt, `${where}.maybeCorrupt`);
        if (payload.isPreview !== undefined)
            this.facts.isPreview = checkFlag(this.file, payload.isPreview, `${where}.isPreview`);
        if (payload.result !== undefined) {
            if (typeof payload.result !== 'string')
                throw new errors/* PlanReadError */.Ap(this.file, `${where}.result must be a string`);
            this.facts.result = payload.result;
            if (payload.result !== 'succeeded') {
                this.diagnostics.addError(`Pulumi reports the operation's result as '${shorten(payload.result, 40)}'`, `line ${this.line}`);
            }
        }
    }
    policy(payload, where) {
        const level = typeof payload.enforcementLevel === 'string' ? payload.enforcementLevel : '';
        if (level === 'disabled')
            return;
        const name = [payload.policyPackName, payload.policyName]
            .filter(part => typeof part === 'string')
            .join('/');
        const message = `policy ${name || '(unnamed)'} (${level || 'no enforcement level'}): ${typeof payload.message === 'string' ? payload.message : ''}`;
        const urn = typeof payload.resourceUrn === 'string' ? payload.resourceUrn : undefined;
        // Advisory violations warn; mandatory and anything unknown fail, as Pulumi fails the preview.
        this.diagnostics.add(level === 'advisory' ? 'warning' : 'error', message, where, urn);
    }
    unknownEvent(kind) {
        const name = shorten(kind, 60);
        const problem = `line ${this.line} holds a '${name}' event, which infra-guard does not know; it may carry a step, so the log is refused`;
        const source = `line ${this.line}`;
        this.mapper.emitProblem(buildDocumentProblem(`event-log.${source}`, 'pulumi:event', `unknown event ${name}`, problem, source));
    }
    syntaxError(text, last, error) {
        if (last) {
            return new errors/* PlanReadError */.Ap(this.file, `the last line (${this.line}) is not a complete event: the file is truncated. Gate the log of a preview that ran to the end.`);
        }
        if (this.line === 1 && text.trim() === '{') {
            return new errors/* PlanReadError */.Ap(this.file, 'line 1 is only "{": this is pretty-printed JSON, not an event log (one event per line, as `pulumi preview --event-log FILE` writes it). Pass the file pulumi wrote, unchanged.');
        }
        return new errors/* PlanReadError */.Ap(this.file, `line ${this.line} is not valid JSON (${shorten(error.message, 120)}); an event log has one JSON event per line`);
    }
}

;// CONCATENATED MODULE: ./src/plan/pulumi/change-sink.ts
class ChangeSink {
    visitor;
    index = 0;
    held = new Map();
    /** Managed URNs already passed on with a change. */
    changed = new Set();
    /** Held entries dropped because another step on their URN said more. */
    superseded = 0;
    constructor(visitor) {
        this.visitor = visitor;
    }
    emit(entry) {
        if (entry.mode !== 'managed' || entry.deposed !== undefined || entry.pulumi.problem !== undefined) {
            this.pass(entry);
            return;
        }
        const address = entry.address;
        const held = this.held.get(address);
        if (isUnchanged(entry)) {
            const importing = entry.change.importing !== undefined;
            if (this.changed.has(address)) {
                // Nothing to fold an import into any more: pass it on (a duplicate the analysis refuses).
                if (importing)
                    this.pass(entry);
                else
                    this.superseded++;
                return;
            }
            if (held && (held.change.importing !== undefined || !importing)) {
                this.superseded++;
                return;
            }
            if (held)
                this.superseded++;
            this.held.set(address, withoutValues(entry));
            return;
        }
        if (held) {
            this.held.delete(address);
            this.superseded++;
            if (held.change.importing !== undefined && entry.change.importing === undefined) {
                entry.change.importing = held.change.importing;
                entry.pulumi.ops = [...held.pulumi.ops, ...entry.pulumi.ops];
                entry.pulumi.sources = [...held.pulumi.sources, ...entry.pulumi.sources];
            }
        }
        this.changed.add(address);
        this.pass(entry);
    }
    /** Passes on every entry still held (at the end of the document). */
    flush() {
        for (const entry of this.held.values())
            this.pass(entry);
        this.held.clear();
    }
    pass(entry) {
        this.visitor.onResourceChange(entry, this.index++);
    }
}
function isUnchanged(entry) {
    const actions = entry.change.actions;
    return actions.length === 1 && actions[0] === 'no-op';
}
function withoutValues(entry) {
    return {
        ...entry,
        change: {
            ...entry.change,
            before: null,
            after: null,
            after_unknown: {},
            before_sensitive: false,
            after_sensitive: false
        }
    };
}

;// CONCATENATED MODULE: ./src/plan/pulumi/replacements.ts
/**
 * Replacements. The engine plans a replacement as three steps on one URN: the logical `replace`
 * and two halves, a new-side one (`create-replacement`, or `import-replacement` / `read-replacement`
 * when the new object is imported or read) and an old-side one (`delete-replaced`, or
 * `discard-replaced` when the old object was only read). Create-before-delete emits
 * new half, replace, …, old half (after all other creates and updates); delete-before-replace emits
 * old half, replace, new half. `preview --json` shows only `replace` unless --show-replacement-steps.
 *
 * Each replacement becomes one entry (two when the new object is only read: a delete and a data
 * read), emitted when its `replace` step arrives. Halves read before it are folded in; a side not
 * seen yet is assumed to be the most destructive one (a create and a delete, delete first), so a
 * later half can only show the entry over-counted, never under-counted. Halves that never meet a
 * `replace` (a failed or partial run) are emitted on their own at the end: an old half as a delete
 * of a deposed object, a new half as a create, import or read.
 *
 *   new side × old side   → entry
 *   create   × delete     → ["create","delete"] / ["delete","create"] in the order read ("forget" for retainOnDelete)
 *   import   × delete     → the same, with `importing`
 *   read     × delete     → ["delete"] (or ["forget"]) plus a data source ["read"]
 *   create   × discard    → ["create"]          import × discard → ["no-op"] + importing
 *   read     × discard    → a data source ["read"]
 */



const NEW_HALVES = {
    'create-replacement': 'create',
    'import-replacement': 'import',
    'read-replacement': 'read'
};
const OLD_HALVES = {
    'delete-replaced': 'delete',
    'discard-replaced': 'discard'
};
class ReplacementGroups {
    file;
    sink;
    groups = new Map();
    pendingCount = 0;
    seq = 0;
    constructor(file, sink) {
        this.file = file;
        this.sink = sink;
    }
    /** True for `replace` and the halves. */
    accepts(op) {
        return op === 'replace' || Object.hasOwn(NEW_HALVES, op) || Object.hasOwn(OLD_HALVES, op);
    }
    add(step) {
        const seq = this.seq++;
        let group = this.groups.get(step.urn);
        if (!group) {
            group = { pending: [] };
            this.groups.set(step.urn, group);
        }
        if (step.op === 'replace')
            return this.replace(step, group);
        const isNew = Object.hasOwn(NEW_HALVES, step.op);
        const replaced = group.replaced;
        if (replaced) {
            // A half after its replace step is folded in once per side, unless it says more than the
            // emitted entry did (protected where the entry was not, a real delete where the entry only
            // forgot the old object): then it goes out on its own, so nothing it says is lost.
            const seen = isNew ? replaced.newSeen : replaced.oldSeen;
            const raises = (step.old?.protect === true && !replaced.protect) ||
                (!isNew && replaced.retained && step.op === 'delete-replaced' && step.old?.retainOnDelete !== true);
            if (!seen && !raises) {
                if (isNew)
                    replaced.newSeen = true;
                else
                    replaced.oldSeen = true;
                return;
            }
            return this.emitHalf(step);
        }
        if (this.pendingCount >= PULUMI_LIMITS.pendingHalves) {
            throw new errors/* PlanReadError */.Ap(this.file, `more than ${PULUMI_LIMITS.pendingHalves} replacement steps wait for their 'replace' step; the document is not one infra-guard can check`);
        }
        this.pendingCount++;
        group.pending.push({ step, seq });
    }
    /** Emits every half that never met a replace step. */
    finish() {
        for (const group of this.groups.values()) {
            for (const half of group.pending)
                this.emitHalf(half.step);
            group.pending = [];
        }
        this.pendingCount = 0;
    }
    replace(marker, group) {
        const newHalf = this.take(group, half => Object.hasOwn(NEW_HALVES, half.step.op));
        const oldHalf = this.take(group, half => Object.hasOwn(OLD_HALVES, half.step.op));
        const newKind = newHalf ? NEW_HALVES[newHalf.step.op] : 'create';
        const oldKind = oldHalf ? OLD_HALVES[oldHalf.step.op] : 'delete';
        const deleteFirst = oldHalf ? !newHalf || oldHalf.seq < newHalf.seq : !newHalf;
        const halves = [newHalf, oldHalf]
            .filter((half) => half !== undefined)
            .sort((a, b) => a.seq - b.seq);
        const before = marker.old ?? oldHalf?.step.old;
        const after = marker.new ?? newHalf?.step.new;
        const protect = [marker, ...halves.map(half => half.step)].some(step => step.old?.protect === true);
        // Only forgotten when every old state read says so: doubt is a delete.
        const olds = [marker.old, oldHalf?.step.old].filter(old => old !== undefined);
        const retain = olds.length > 0 && olds.every(old => old.retainOnDelete === true);
        const base = {
            before,
            after,
            // Halves folded in here were read before the replace step.
            ops: [...halves.map(half => half.step.op), marker.op],
            sources: [...halves.map(half => half.step.source), marker.source],
            protect,
            protectAfter: marker.new?.protect === true || newHalf?.step.new?.protect === true,
            retainOnDelete: retain,
            replaceReasons: marker.replaceReasons.length > 0 ? marker.replaceReasons : (newHalf?.step.replaceReasons ?? []),
            diffReasons: marker.diffReasons.length > 0 ? marker.diffReasons : (newHalf?.step.diffReasons ?? [])
        };
        const assumed = describeAssumption(newHalf, oldHalf);
        if (assumed)
            base.assumed = assumed;
        group.replaced = {
            newSeen: newHalf !== undefined,
            oldSeen: oldHalf !== undefined,
            protect,
            retained: retain
        };
        const destroy = retain ? 'forget' : 'delete';
        if (oldKind === 'delete') {
            if (newKind === 'read') {
                this.sink.change(buildEntry(marker, { ...base, after: undefined, actions: [destroy], mode: 'managed' }));
                this.sink.change(buildEntry(marker, { ...base, before: undefined, actions: ['read'], mode: 'data' }));
                return;
            }
            const actions = retain
                ? ['create', 'forget']
                : deleteFirst
                    ? ['delete', 'create']
                    : ['create', 'delete'];
            this.sink.change(buildEntry(marker, { ...base, actions, mode: 'managed', importing: newKind === 'import' }));
            return;
        }
        // The old object was only read (discard-replaced): nothing is deleted.
        if (newKind === 'read') {
            this.sink.change(buildEntry(marker, { ...base, before: undefined, actions: ['read'], mode: 'data' }));
        }
        else {
            const actions = newKind === 'import' ? ['no-op'] : ['create'];
            this.sink.change(buildEntry(marker, { ...base, actions, mode: 'managed', importing: newKind === 'import' }));
        }
    }
    /** Removes and returns the first pending half that matches. */
    take(group, match) {
        const index = group.pending.findIndex(match);
        if (index === -1)
            return undefined;
        this.pendingCount--;
        return group.pending.splice(index, 1)[0];
    }
    /** A half on its own: the old side is a deposed object's delete, the new side a create/import/read. */
    emitHalf(step) {
        const common = stepFacts(step);
        const spec = (() => {
            switch (step.op) {
                case 'create-replacement':
                    return { ...common, actions: ['create'], mode: 'managed', after: step.new };
                case 'import-replacement':
                    return { ...common, actions: ['no-op'], mode: 'managed', after: step.new, importing: true };
                case 'read-replacement':
                    return { ...common, actions: ['read'], mode: 'data', after: step.new };
                case 'discard-replaced':
                    return { ...common, actions: ['no-op'], mode: 'data', before: step.old };
                default:
                    return {
                        ...common,
                        actions: [common.retainOnDelete ? 'forget' : 'delete'],
                        mode: 'managed',
                        before: step.old,
                        deposed: this.sink.deposed(step.urn, 'replaced')
                    };
            }
        })();
        this.sink.change(buildEntry(step, spec));
    }
}
function describeAssumption(newHalf, oldHalf) {
    if (!newHalf && !oldHalf) {
        return 'only the replace step is listed: the old object is assumed deleted before the new one is created';
    }
    if (!newHalf)
        return 'the new object is assumed created (its step follows the replace step)';
    if (!oldHalf)
        return 'the old object is assumed deleted (its step follows the replace step)';
    return undefined;
}

;// CONCATENATED MODULE: ./src/plan/pulumi/summary-check.ts
/**
 * The changeSummary cross-check. Counts come from the steps, never from `changeSummary`: a step
 * that fails (a protected delete) is listed but not counted there, and `same` is counted there even
 * when hidden. The reverse cannot happen in Pulumi's own output: every counted create, update,
 * delete, replace and import is a listed step (refreshes are counted under their result, update or
 * delete). So a summary that counts more of these than the steps list means steps are missing from
 * the document (edited, trimmed, or from another run), and an op this version does not know, counted
 * there, is a step it could not read. Either becomes an entry the analysis cannot read: a denial.
 */

/** Ops whose summary count cannot exceed the number of listed steps. */
const CHECKED_OPS = ['create', 'update', 'delete', 'replace', 'import'];
/** Problem entries for every count the steps do not account for (none for a consistent document). */
function checkSummary(summary, stepOps, knownOps) {
    const problems = [];
    const listed = (op) => stepOps.get(op) ?? 0;
    let refreshes = listed('refresh');
    for (const op of CHECKED_OPS) {
        const counted = Object.hasOwn(summary, op) ? summary[op] : 0;
        let missing = counted - listed(op);
        if ((op === 'update' || op === 'delete') && missing > 0) {
            const covered = Math.min(missing, refreshes);
            refreshes -= covered;
            missing -= covered;
        }
        if (missing > 0) {
            problems.push(problemEntry(op, `changeSummary counts ${counted} ${op} but ${counted - missing} ${op} step(s) are listed: ${missing} step(s) are missing from the document. Gate the unedited output of one preview.`));
        }
    }
    for (const [op, count] of Object.entries(summary)) {
        if (knownOps.has(op) || count === 0)
            continue;
        problems.push(problemEntry(op, `changeSummary counts ${count} step(s) with op '${op.slice(0, 80)}', which infra-guard does not know`));
    }
    return problems;
}
function problemEntry(op, problem) {
    return buildDocumentProblem(`changeSummary.${op.slice(0, 80)}`, 'pulumi:changeSummary', problem, problem, 'changeSummary');
}

;// CONCATENATED MODULE: ./src/plan/pulumi/step-mapper.ts
/**
 * Maps Pulumi steps (either format, already shape-checked) to plan entries for a PlanVisitor:
 *   create → ["create"]; update → ["update"]; delete → ["delete"] (["forget"] with retainOnDelete);
 *   same, remove-pending-replace, extend-parameterize → ["no-op"]; import → ["no-op"] + importing;
 *   read → a data source ["read"]; discard → a data source ["no-op"] (a read resource leaves the
 *   stack, nothing is deleted); refresh → a drift entry (a refresh changes the stack's record of
 *   the world, not the world: Terraform's resource_drift), with the result op of the event log's
 *   resOutputsEvent; a `refresh` left in a preview document found no change (Pulumi rewrites those
 *   that did into update/delete steps, which are then counted as changes: an over-count, never an
 *   under-count);
 *   a replacement → one entry (replacements.ts); any other op → an entry the analysis cannot read.
 * The root `pulumi:pulumi:Stack` and default providers are never emitted (they are counted in
 * `skipped`). A second step with the same URN and op is folded into the first unless it says more
 * (raises protection, or really deletes what the first only retained), in which case both go out
 * and the analysis refuses the duplicate address; an entry that changes nothing gives way to a
 * later step on its URN (change-sink.ts).
 */







/** Every op this version maps (pkg/resource/deploy/step.go), except `diff`, whose effect it does not know. */
const KNOWN_OPS = new Set([
    'same',
    'create',
    'update',
    'delete',
    'replace',
    'create-replacement',
    'delete-replaced',
    'read',
    'read-replacement',
    'refresh',
    'discard',
    'discard-replaced',
    'remove-pending-replace',
    'import',
    'import-replacement',
    'extend-parameterize'
]);
class StepMapper {
    file;
    visitor;
    driftIndex = 0;
    changes;
    urns = new Map();
    stepOps = new Map();
    replacements;
    stacks = new Set();
    projects = new Set();
    /** Event log: refresh steps waiting for the resOutputsEvent that carries their result. */
    refreshes = new Map();
    skipped = { stack: 0, defaultProviders: 0 };
    repeatedSteps = 0;
    /** True for the event log: refresh results arrive later, through refreshResult. */
    deferRefresh = false;
    constructor(file, visitor) {
        this.file = file;
        this.visitor = visitor;
        this.changes = new ChangeSink(visitor);
        this.replacements = new ReplacementGroups(file, {
            change: entry => this.emitChange(entry),
            deposed: (urn, base) => this.nextDeposed(urn, base)
        });
    }
    /** Maps one resource step (a digest step or a resourcePreEvent). */
    step(step) {
        const { op, parsed } = step;
        if (KNOWN_OPS.has(op))
            this.stepOps.set(op, (this.stepOps.get(op) ?? 0) + 1);
        if (this.stacks.size < PULUMI_LIMITS.names)
            this.stacks.add(parsed.stack);
        if (this.projects.size < PULUMI_LIMITS.names)
            this.projects.add(parsed.project);
        if (!KNOWN_OPS.has(op)) {
            const problem = `op '${op.slice(0, 80)}' is not one this infra-guard version knows, so the preview is refused; upgrade infra-guard`;
            this.emitChange(buildProblemEntry(step, `unknown op ${op}`, problem));
            return;
        }
        if ((0,pulumi_urn/* isRootStack */.n)(parsed))
            return void this.skipped.stack++;
        if ((0,pulumi_urn/* isDefaultProvider */.pR)(parsed))
            return void this.skipped.defaultProviders++;
        if (op === 'refresh')
            return this.refresh(step);
        if (this.replacements.accepts(op)) {
            if (op === 'replace' && this.isRepeat(step))
                return;
            this.replacements.add(step);
            return;
        }
        if (this.isRepeat(step))
            return;
        this.emitChange(buildEntry(step, specForStep(step, base => this.nextDeposed(step.urn, base))));
    }
    /** Emits an entry for a problem with the document itself (see buildDocumentProblem). */
    emitProblem(entry) {
        this.emitChange(entry);
    }
    /**
     * Event log: a resOutputsEvent. When it ends a refresh step, its op is the refresh's result
     * (same, update or delete) and a drift entry goes out; returns whether it did.
     */
    refreshResult(result) {
        const step = this.refreshes.get(result.urn);
        if (!step)
            return false;
        this.refreshes.delete(result.urn);
        const verbs = { same: 'no-op', update: 'update', delete: 'delete' };
        const verb = Object.hasOwn(verbs, result.op) ? verbs[result.op] : undefined;
        if (verb === undefined) {
            const problem = `the refresh of this resource ended with op '${result.op.slice(0, 80)}', which infra-guard does not know`;
            this.drift(buildProblemEntry(step, `refresh result ${result.op}`, problem));
            return true;
        }
        this.drift(buildEntry(step, {
            actions: [verb],
            mode: 'managed',
            before: step.old,
            after: result.new,
            outputs: true,
            ops: ['refresh', result.op],
            sources: [step.source, result.source],
            protect: step.old?.protect === true,
            protectAfter: result.new?.protect === true,
            retainOnDelete: step.old?.retainOnDelete === true
        }));
        return true;
    }
    /** After the last step: halves that never met their replace step, then the changeSummary cross-check. */
    finish(changeSummary) {
        this.replacements.finish();
        for (const step of this.refreshes.values()) {
            const problem = 'the event log has this refresh step but not its result (no resOutputsEvent)';
            this.drift(buildProblemEntry(step, 'refresh without result', problem));
        }
        this.refreshes.clear();
        if (changeSummary) {
            for (const problem of checkSummary(changeSummary, this.stepOps, KNOWN_OPS))
                this.emitChange(problem);
        }
        this.changes.flush();
    }
    /** Header facts the mapper collected. */
    describe() {
        return {
            stacks: [...this.stacks],
            projects: [...this.projects],
            skipped: { ...this.skipped },
            repeatedSteps: this.repeatedSteps,
            supersededSteps: this.changes.superseded
        };
    }
    refresh(step) {
        if (this.deferRefresh) {
            if (this.refreshes.size >= PULUMI_LIMITS.pendingHalves) {
                throw new errors/* PlanReadError */.Ap(this.file, `more than ${PULUMI_LIMITS.pendingHalves} refresh steps wait for their result; the event log is not one infra-guard can check`);
            }
            this.refreshes.set(step.urn, step);
            return;
        }
        this.drift(buildEntry(step, {
            ...stepFacts(step),
            actions: ['no-op'],
            mode: 'managed',
            before: step.old,
            after: step.new
        }));
    }
    drift(entry) {
        this.visitor.onResourceDrift?.(entry, this.driftIndex++);
    }
    /**
     * True when the URN already had a step with this op and this one says nothing more: folded. A
     * repeat that raises protection or really deletes what an earlier step only retained goes out.
     */
    isRepeat(step) {
        const record = this.record(step.urn);
        const protect = step.old?.protect === true;
        const retain = step.old?.retainOnDelete === true;
        const repeat = record.ops.includes(step.op);
        const escalates = (protect && !record.protect) || (!retain && record.retained === true);
        if (repeat && !escalates) {
            this.repeatedSteps++;
            return true;
        }
        if (record.ops.length < 16)
            record.ops.push(step.op);
        record.protect ||= protect;
        record.retained = (record.retained ?? true) && retain;
        return false;
    }
    record(urn) {
        let record = this.urns.get(urn);
        if (!record) {
            record = { ops: [], protect: false, deposed: 0 };
            this.urns.set(urn, record);
        }
        return record;
    }
    nextDeposed(urn, base) {
        const record = this.record(urn);
        record.deposed++;
        return record.deposed === 1 ? base : `${base}-${record.deposed}`;
    }
    emitChange(entry) {
        this.changes.emit(entry);
    }
}

;// CONCATENATED MODULE: ./src/plan/pulumi/read-pulumi.ts








/** Bytes buffered at most while looking for the deciding first key. */
const MAX_HEAD = 1 << 20;
const DEFAULT_CHUNK = 1 << 20;
/**
 * Reads a Pulumi document from `source` in chunks and hands every entry to `visitor` as soon as its
 * step is read; returns the header. Throws PlanReadError naming `source.name`; after a throw,
 * discard what the visitor collected. The same streaming, bounded, fail-closed reading as readPlan.
 */
function readPulumiSource(source, visitor, options = {}) {
    const reader = new Reader(source.name, visitor, options);
    const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
    // One buffer for every read; the reader copies what it keeps across reads.
    const chunk = Buffer.allocUnsafe(Math.max(1, Math.min(chunkSize, source.size)));
    for (let position = 0; position < source.size;) {
        const bytesRead = source.read(chunk.subarray(0, Math.min(chunk.length, source.size - position)), position);
        if (bytesRead === 0)
            break;
        reader.feed(chunk.subarray(0, bytesRead));
        position += bytesRead;
    }
    return reader.end();
}
/**
 * The stacks a Pulumi document's steps name, in order of first appearance: the environment of a run
 * that names none comes from them. Reads the whole document (it must be valid to name any).
 */
function readPulumiStacks(source) {
    return readPulumiSource(source, { onResourceChange: () => undefined }).pulumi.stacks;
}
class Reader {
    file;
    options;
    head = [];
    headBytes = 0;
    nextSniff = 64;
    format;
    scanner;
    collector;
    events;
    fed = 0;
    lines = 1;
    diagnostics = new DiagnosticLog();
    mapper;
    constructor(file, visitor, options) {
        this.file = file;
        this.options = options;
        this.mapper = new StepMapper(file, visitor);
    }
    feed(chunk) {
        if (chunk.length === 0)
            return;
        if (this.format !== undefined) {
            this.parse(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
            return;
        }
        this.head.push(Buffer.from(chunk));
        this.headBytes += chunk.length;
        // Sniff again only each time the head has doubled: tiny chunks cost no more than big ones.
        if (this.headBytes < this.nextSniff && !this.options.format)
            return;
        this.nextSniff = this.headBytes * 2;
        const head = Buffer.concat(this.head);
        this.head = [head];
        const guessed = this.options.format ? undefined : (0,sniff_format/* sniffPlanFormat */.Hy)(head);
        if (this.options.format || !guessed?.needMore || this.headBytes >= MAX_HEAD)
            this.start(head, guessed);
    }
    end() {
        if (this.format === undefined) {
            const head = Buffer.concat(this.head);
            this.start(head, this.options.format ? undefined : (0,sniff_format/* sniffPlanFormat */.Hy)(head, true));
        }
        let facts;
        if (this.events)
            facts = this.events.end();
        else {
            try {
                this.scanner?.end();
            }
            catch (error) {
                throw describeScanError(this.file, error, Buffer.alloc(0), this.fed, this.lines);
            }
            facts = this.collector.finish();
        }
        this.mapper.finish(facts.changeSummary);
        return this.header(facts);
    }
    /** Decides the format from the head, then reads the head. */
    start(head, guessed) {
        this.head = [];
        const body = head.subarray(head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0);
        checkText(this.file, body);
        const format = this.options.format ?? formatFromGuess(this.file, guessed);
        checkObjectStart(this.file, body);
        this.format = format;
        if (format === 'event-log') {
            this.mapper.deferRefresh = true;
            this.events = new EventLogReader(this.file, this.mapper, this.diagnostics, this.options.maxLineBytes);
        }
        else {
            this.collector = new PreviewCollector(this.file, this.mapper, this.diagnostics);
            this.scanner = new json_scanner/* JsonScanner */.VF(this.collector);
        }
        this.parse(body);
    }
    parse(bytes) {
        if (this.events) {
            this.events.feed(bytes);
            return;
        }
        try {
            ;
            this.scanner.feed(bytes);
        }
        catch (error) {
            throw describeScanError(this.file, error, bytes, this.fed, this.lines);
        }
        this.fed += bytes.length;
        for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1))
            this.lines++;
    }
    header(facts) {
        const format = this.format;
        if (facts.maybeCorrupt) {
            this.diagnostics.addError('Pulumi reports that the stack state may be corrupt (maybeCorrupt)', 'summary');
        }
        const log = this.diagnostics;
        const header = {
            format_version: PULUMI_FORMAT_VERSION[format],
            errored: log.errorCount > 0,
            complete: true,
            sensitive_variables: [],
            pulumi: {
                format,
                ...this.mapper.describe(),
                diagnostics: log.kept,
                errorCount: log.errorCount,
                warningCount: log.warningCount,
                omittedDiagnostics: log.omitted,
                maybeCorrupt: facts.maybeCorrupt
            }
        };
        if (facts.config) {
            header.variables = Object.fromEntries(Object.entries(facts.config).map(([name, value]) => [name, { value }]));
        }
        if (facts.changeSummary)
            header.pulumi.changeSummary = facts.changeSummary;
        if (facts.isPreview !== undefined)
            header.pulumi.isPreview = facts.isPreview;
        if (facts.result !== undefined)
            header.pulumi.result = facts.result;
        return header;
    }
}



/***/ }),

/***/ 70378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dG: () => (/* binding */ SECRET_TEXT),
/* harmony export */   nf: () => (/* binding */ convertValue)
/* harmony export */ });
/* unused harmony exports SIGNATURE_KEY, SECRET_SIGNATURE, OUTPUT_SIGNATURE, UNKNOWN_VALUE */
/**
 * Pulumi property values → Terraform's value + mark trees, so the analysis masks them unchanged:
 * - secrets: the string `"[secret]"` (how `preview --json` blinds them) and the secret signature
 *   object `{"4dabf…": "1b470…", "ciphertext"|"plaintext": …}` (event logs, exports) get a `true`
 *   sensitive mark. A `plaintext` is decoded and kept under that mark, as Terraform keeps sensitive
 *   values, so the analysis learns the secret and scrubs it wherever else it appears.
 * - unknowns: the string `04da6b54-80e4-46f7-96ec-b56ff0331ba9` and an output-value object without
 *   a `value` become `null` with a `true` unknown mark (Terraform's after_unknown).
 * - an output-value object marked `secret` is sensitive; one with a value is replaced by it.
 * - an object with the signature key and a signature this version does not know is treated as
 *   sensitive: what cannot be interpreted is hidden, never shown.
 * Deeper than MAX_DEPTH levels the rest is marked sensitive (the analysis walks no deeper either).
 */
/** `sig.Key`: the property that marks a special object. */
const SIGNATURE_KEY = '4dabf18193072939515e22adb298388d';
/** `sig.Secret`. */
const SECRET_SIGNATURE = '1b47061264138c4ac30d75fd1eb44270';
/** `sig.OutputValue`. */
const OUTPUT_SIGNATURE = 'd0e6a833031e9bbcd3f4e8bde6ca49a4';
/** Signatures that mark plain, non-secret data: resource reference, asset, archive. */
const PLAIN_SIGNATURES = new Set([
    '5cf8f73096256a8f31e491e813e4eb8e',
    'c44067f5952c0a294b673a41bacd8c17',
    '0def7320c3a5731c473e5ecbe6d01bc7'
]);
/** `plugin.UnknownStringValue`: a value not known until the update runs. */
const UNKNOWN_VALUE = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';
/** How `preview --json` writes every secret. */
const SECRET_TEXT = '[secret]';
const MAX_DEPTH = 100;
/**
 * Converts one Pulumi value (inputs or outputs of a state). With `unknowns: false` (old state)
 * the unknown string is kept as it is: only planned values can be unknown.
 */
function convertValue(value, unknowns, depth = 0) {
    if (typeof value === 'string') {
        if (value === SECRET_TEXT)
            return { value, sensitive: true, unknown: undefined };
        if (unknowns && value === UNKNOWN_VALUE)
            return { value: null, sensitive: undefined, unknown: true };
        return { value, sensitive: undefined, unknown: undefined };
    }
    if (value === null || typeof value !== 'object')
        return { value, sensitive: undefined, unknown: undefined };
    if (depth >= MAX_DEPTH)
        return { value, sensitive: true, unknown: undefined };
    if (Array.isArray(value))
        return convertArray(value, unknowns, depth);
    const record = value;
    if (Object.hasOwn(record, SIGNATURE_KEY))
        return convertSpecial(record, unknowns, depth);
    const out = {};
    let sensitive;
    let unknown;
    for (const key of Object.keys(record)) {
        const child = convertValue(record[key], unknowns, depth + 1);
        setOwn(out, key, child.value);
        if (child.sensitive !== undefined)
            setOwn((sensitive ??= {}), key, child.sensitive);
        if (child.unknown !== undefined)
            setOwn((unknown ??= {}), key, child.unknown);
    }
    return { value: out, sensitive, unknown };
}
/**
 * Sets an own property, as JSON.parse does: a key `__proto__` from the document stays data and
 * never becomes the object's prototype.
 */
function setOwn(target, key, value) {
    if (key === '__proto__') {
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    }
    else
        target[key] = value;
}
function convertArray(value, unknowns, depth) {
    const out = new Array(value.length);
    let sensitive;
    let unknown;
    for (let i = 0; i < value.length; i++) {
        const child = convertValue(value[i], unknowns, depth + 1);
        out[i] = child.value;
        if (child.sensitive !== undefined)
            (sensitive ??= new Array(value.length).fill(false))[i] = child.sensitive;
        if (child.unknown !== undefined)
            (unknown ??= new Array(value.length).fill(false))[i] = child.unknown;
    }
    return { value: out, sensitive, unknown };
}
/** An object carrying the signature key: a secret, an output value, a reference, asset or archive. */
function convertSpecial(record, unknowns, depth) {
    const signature = record[SIGNATURE_KEY];
    if (signature === SECRET_SIGNATURE) {
        const plaintext = record.plaintext;
        return {
            value: typeof plaintext === 'string' ? decodePlaintext(plaintext) : SECRET_TEXT,
            sensitive: true,
            unknown: undefined
        };
    }
    if (signature === OUTPUT_SIGNATURE) {
        if (record.secret === true) {
            const inner = Object.hasOwn(record, 'value') ? record.value : SECRET_TEXT;
            return { value: inner, sensitive: true, unknown: undefined };
        }
        if (!Object.hasOwn(record, 'value')) {
            return unknowns
                ? { value: null, sensitive: undefined, unknown: true }
                : { value: null, sensitive: undefined, unknown: undefined };
        }
        return convertValue(record.value, unknowns, depth + 1);
    }
    if (typeof signature === 'string' && PLAIN_SIGNATURES.has(signature)) {
        const plain = { ...record };
        delete plain[SIGNATURE_KEY];
        return convertValue(plain, unknowns, depth + 1);
    }
    return { value: record, sensitive: true, unknown: undefined };
}
/** A `plaintext` holds the secret JSON-encoded; a string that is not JSON is the secret itself. */
function decodePlaintext(plaintext) {
    try {
        return JSON.parse(plaintext);
    }
    catch {
        return plaintext;
    }
}


/***/ }),

/***/ 823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ defaultPolicy),
/* harmony export */   Gd: () => (/* binding */ BUILTIN_RULE_IDS),
/* harmony export */   vd: () => (/* binding */ emptyEnvironmentPolicy)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27242);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97935);
/**
 * Built-in defaults: safe and never surprising. A fresh install gets environments dev, staging and
 * prod (prod protected), no windows, no cost ceiling, no limits, computed-but-not-enforced approvals,
 * and the built-in rules (public databases and unencrypted storage denied; open ingress and missing
 * tags warned).
 */


/** Ids of the rules infra-guard ships; `rule_severity` can turn each off or change its severity. */
const BUILTIN_RULE_IDS = [
    'public-database',
    'unencrypted-storage',
    'open-ingress',
    'required-tags'
];
/** Tags the required-tags rule expects unless the policy says otherwise. */
const DEFAULT_REQUIRED_TAGS = ['Environment', 'Owner', 'CostCenter'];
/** A critical-risk plan needs at least this many approvals. */
const DEFAULT_CRITICAL_APPROVALS = 2;
/** An environment with nothing configured beyond how it is named. */
function emptyEnvironmentPolicy(protectedEnvironment = false) {
    return {
        aliases: [],
        branches: [],
        paths: [],
        tags: [],
        protected: protectedEnvironment,
        requiredApprovals: 0,
        resourceLimits: {},
        ruleSeverity: {},
        checklist: []
    };
}
/** Returns a fresh copy of the built-in policy (callers may merge into it). */
function defaultPolicy() {
    const environments = {};
    for (const [name, definition] of Object.entries(_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ENVIRONMENTS */ .p0)) {
        environments[name] = {
            ...emptyEnvironmentPolicy(definition.protected),
            aliases: [...definition.aliases],
            branches: [...definition.branches],
            tags: [...(definition.tags ?? [])]
        };
    }
    return {
        environments,
        protectedResources: [],
        approvalsByCost: [],
        rules: [],
        ruleSeverity: {},
        requiredTags: [...DEFAULT_REQUIRED_TAGS],
        missingCostEstimate: 'deny',
        risk: {
            dataBearingTypes: [],
            deletionThreshold: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMIT */ .uK.deletionThreshold,
            criticalApprovals: DEFAULT_CRITICAL_APPROVALS
        }
    };
}


/***/ })

};

export const id = 207;
export const ids = [207];
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

/***/ 62207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDiscover: () => (/* binding */ runDiscover)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(58592);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/discovery/paths.ts
/**
 * Repository paths as discovery sees them: relative, `/`-separated, no `.` or `..` segments, and the
 * repository root written as `.`. Every path that leaves this folder as an output is checked by
 * `unsafePathReason`, because module folders become matrix values that reach `working-directory`,
 * shell scripts, artifact names and comment markers in users' workflows.
 */
/** The repository root. */
const ROOT = '.';
/** The folder that holds `path` (`.` for a top-level file). */
function parentOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? ROOT : path.slice(0, slash);
}
/** The last segment of a path. */
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** Joins a folder and a relative path and removes `.` and `..` segments; undefined when the result leaves the root. */
function joinInside(folder, relative) {
    const segments = folder === ROOT ? [] : folder.split('/');
    for (const segment of relative.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (segments.length === 0)
                return undefined;
            segments.pop();
        }
        else
            segments.push(segment);
    }
    return segments.length === 0 ? ROOT : segments.join('/');
}
/** True when `path` is `folder` or lies below it. */
function isWithin(path, folder) {
    if (folder === ROOT)
        return true;
    return path === folder || (path.startsWith(folder) && path.charCodeAt(folder.length) === 47); /* / */
}
/** Every folder from `folder` up to the root, deepest first. */
function* foldersUpFrom(folder) {
    let current = folder;
    for (;;) {
        yield current;
        if (current === ROOT)
            return;
        current = parentOf(current);
    }
}
/** Plain code-unit order, the same on every machine and locale. */
function comparePaths(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * A segment of a module folder may hold letters and digits of any script, combining marks, `_`,
 * `.` and `-`, and must not start with `-`. Everything else a shell, an expression or a log reads as
 * syntax (spaces, quotes, `$`, backticks, `;`, `|`, `&`, `*`, newlines, control and bidi characters)
 * is refused rather than escaped: the folder name is the value users pass on, and no escaping
 * survives every place they pass it to.
 */
const SAFE_SEGMENT = /^[\p{L}\p{N}_.][\p{L}\p{M}\p{N}_.-]*$/u;
const MAX_PATH_CHARS = 400;
/** Why a module folder cannot be handed to a workflow, or undefined when it can. */
function unsafePathReason(path) {
    if (path === ROOT)
        return undefined;
    if (path.length > MAX_PATH_CHARS)
        return `it is longer than ${MAX_PATH_CHARS} characters`;
    for (const segment of path.split('/')) {
        if (segment === '' || segment === '.' || segment === '..')
            return 'it has an empty, `.` or `..` segment';
        if (!SAFE_SEGMENT.test(segment)) {
            return 'folder names may hold only letters, digits, `_`, `.` and `-` (not first), so that no shell, expression or log reads part of the name as syntax';
        }
    }
    return undefined;
}
/**
 * A path for a message: plain in quotes when it is made of safe characters, otherwise JSON-quoted
 * with control and format characters escaped, so a hostile name cannot forge a log line or a
 * workflow command.
 */
function showPath(path) {
    if (/^[\w./@+=,-]*$/u.test(path))
        return `'${path}'`;
    return plainText(JSON.stringify(path));
}
/** Text from outside (a parser's message that quotes a file name) with control and format characters escaped. */
function plainText(text) {
    return text.replace(/[\p{C}\u2028\u2029]/gu, char => `\\u{${char.codePointAt(0).toString(16)}}`);
}

;// CONCATENATED MODULE: ./src/discovery/cycles.ts
/**
 * Terraform refuses a module that calls itself, directly or through others; discovery says so first,
 * naming every call on the loop, rather than walking it forever.
 */

/** The calls forming one cycle between existing module folders, or undefined when there is none. */
function findCycle(graph) {
    const outgoing = new Map();
    for (const call of graph.calls) {
        if (!graph.folders.has(call.to))
            continue;
        const list = outgoing.get(call.from);
        if (list)
            list.push(call);
        else
            outgoing.set(call.from, [call]);
    }
    const state = new Map();
    // Iterative depth-first search: a deep chain of modules must not overflow the stack.
    for (const start of [...outgoing.keys()].sort()) {
        if (state.has(start))
            continue;
        const path = [];
        const stack = [{ folder: start, next: 0 }];
        state.set(start, 'open');
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            const edges = outgoing.get(top.folder) ?? [];
            if (top.next >= edges.length) {
                state.set(top.folder, 'done');
                stack.pop();
                path.pop();
                continue;
            }
            const call = edges[top.next++];
            const seen = state.get(call.to);
            if (seen === 'open') {
                const loopStart = stack.findIndex(frame => frame.folder === call.to);
                return [...path.slice(loopStart), call];
            }
            if (seen === 'done')
                continue;
            state.set(call.to, 'open');
            path.push(call);
            stack.push({ folder: call.to, next: 0 });
        }
    }
    return undefined;
}
/** A cycle as one line: `'a' calls 'b' (module "x" in 'a/main.tf'), 'b' calls 'a' (…)`. */
function describeCycle(cycle) {
    const steps = cycle.map(call => `${showPath(call.from)} calls ${showPath(call.to)} (module ${JSON.stringify(call.name)} in ${showPath(call.file)})`);
    return `Module calls form a cycle: ${steps.join(', then ')}. Terraform cannot load modules that call themselves; remove one of these calls`;
}

// EXTERNAL MODULE: ./src/discovery/errors.ts
var errors = __webpack_require__(37659);
;// CONCATENATED MODULE: ./src/discovery/path-glob.ts
/**
 * Globs over module folders, as written in the policy's `environments.<name>.paths`:
 * `*` any run of characters within one folder name, `?` one character (not `/`), `**` any number of
 * whole folders (none included, so `environments/prod/**` also matches `environments/prod`),
 * `{a,b}` alternatives. Everything else is literal. A leading `./` and a trailing `/` are ignored.
 */
const cache = new Map();
/** True when the module folder `path` (repository-relative, `.` for the root) matches `glob`. */
function matchesPathGlob(glob, path) {
    let compiled = cache.get(glob);
    if (!compiled) {
        compiled = new RegExp(`^${translate(normaliseGlob(glob))}$`, 'u');
        cache.set(glob, compiled);
    }
    return compiled.test(path);
}
function normaliseGlob(glob) {
    let text = glob.trim();
    while (text.startsWith('./'))
        text = text.slice(2);
    while (text.length > 1 && text.endsWith('/'))
        text = text.slice(0, -1);
    return text === '' ? '.' : text;
}
function translate(glob) {
    let out = '';
    let depth = 0;
    for (let i = 0; i < glob.length; i++) {
        const char = glob[i];
        if (char === '*' && glob[i + 1] === '*') {
            const atStart = i === 0 || glob[i - 1] === '/';
            const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
            if (atStart && atEnd) {
                // `**/` at the start or middle: zero or more folders; `/**` at the end: the folder itself or below.
                if (i + 2 === glob.length) {
                    if (out.endsWith('/'))
                        out = `${out.slice(0, -1)}(?:/.*)?`;
                    else
                        out += '.*';
                }
                else {
                    out += '(?:[^/]+/)*';
                    i++;
                }
                i++;
                continue;
            }
        }
        if (char === '*')
            out += '[^/]*';
        else if (char === '?')
            out += '[^/]';
        else if (char === '{') {
            depth++;
            out += '(?:';
        }
        else if (char === '}' && depth > 0) {
            depth--;
            out += ')';
        }
        else if (char === ',' && depth > 0)
            out += '|';
        else
            out += char.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    }
    return out + ')'.repeat(depth);
}

;// CONCATENATED MODULE: ./src/discovery/environments.ts
/**
 * The environment of a module folder, in this order: the policy's `environments.<name>.paths`
 * globs; else a folder name on its path that is an environment's name or alias
 * (`environments/production/eu` → prod); else the fallback the caller resolved (input, dispatch,
 * branch, default). Two environments claiming one folder is an error, as with branches: guessing
 * could put production behind a development policy.
 */



/** True when any environment's policy paths list the folder. */
function listedByPolicy(folder, environments) {
    return environments.some(environment => environment.paths.some(glob => matchesPathGlob(glob, folder)));
}
/** The canonical environment name for a module folder. Throws DiscoveryError on a conflict. */
function environmentOf(folder, environments, fallback) {
    const byPolicy = environments.filter(environment => environment.paths.some(glob => matchesPathGlob(glob, folder)));
    if (byPolicy.length > 1) {
        const claims = byPolicy.map(environment => `${environment.name} (${environment.paths.filter(glob => matchesPathGlob(glob, folder)).join(', ')})`);
        throw new errors/* DiscoveryError */.P(`Module folder ${showPath(folder)} matches the paths of ${byPolicy.length} environments: ${claims.join(' and ')}. Make the globs under environments.<name>.paths in the policy file exclusive`);
    }
    if (byPolicy.length === 1)
        return byPolicy[0].name;
    const byName = new Set();
    if (folder !== ROOT) {
        for (const segment of folder.split('/')) {
            const word = segment.toLowerCase();
            for (const environment of environments) {
                const names = [environment.name, ...environment.aliases].map(name => name.toLowerCase());
                if (names.includes(word))
                    byName.add(environment.name);
            }
        }
    }
    if (byName.size > 1) {
        throw new errors/* DiscoveryError */.P(`Module folder ${showPath(folder)} has folder names of ${byName.size} environments (${[...byName].sort().join(', ')}). List it under environments.<name>.paths in the policy file to say which one it belongs to`);
    }
    if (byName.size === 1)
        return [...byName][0];
    return fallback;
}

;// CONCATENATED MODULE: ./src/discovery/config-files.ts
/**
 * Which files Terraform and OpenTofu read as configuration, and what a module call's `source` means.
 * The rules follow Terraform's loader: `.tf` and `.tf.json` (and OpenTofu's `.tofu`, `.tofu.json`)
 * in a folder, not its subfolders; names starting with `.`, ending with `~`, or wrapped in `#` are
 * editor files and ignored. A source is a local path only when it starts with `./` or `../` (or the
 * Windows forms); anything else goes to the registry or a remote getter and is not followed.
 */

const NATIVE_SUFFIXES = ['.tf', '.tofu'];
const JSON_SUFFIXES = ['.tf.json', '.tofu.json'];
/** The syntax a configuration file is written in, or undefined when Terraform would not read it. */
function configSyntax(path) {
    const name = baseName(path);
    if (name.startsWith('.') || name.endsWith('~') || (name.startsWith('#') && name.endsWith('#')))
        return undefined;
    if (JSON_SUFFIXES.some(suffix => name.endsWith(suffix) && name.length > suffix.length))
        return 'json';
    if (NATIVE_SUFFIXES.some(suffix => name.endsWith(suffix) && name.length > suffix.length))
        return 'native';
    return undefined;
}
/**
 * False only when a native-syntax file cannot declare a module block: block types are bare
 * identifiers, which HCL has no way to escape, so a file without the word cannot hold one. Files
 * that fail this test are not parsed at all, which keeps discovery fast on large repositories.
 */
function mayDeclareModules(text) {
    return text.includes('module');
}
const LOCAL_PREFIXES = ['./', '../', '.\\', '..\\'];
/** Classifies a source value as written (after HCL decoding). */
function classifySource(value) {
    if (typeof value === 'object' && value !== null && 'expression' in value)
        return { kind: 'not-literal' };
    if (typeof value !== 'string' || value.trim() === '')
        return { kind: 'missing' };
    if (value.includes('${') || value.includes('%{'))
        return { kind: 'not-literal' };
    if (value === '.' || value === '..' || LOCAL_PREFIXES.some(prefix => value.startsWith(prefix))) {
        // Terraform treats backslashes in a local source as separators; so does discovery.
        return { kind: 'local', path: value.replace(/\\/g, '/') };
    }
    if (/^(?:\/|\\\\|[A-Za-z]:[\\/]|file:)/i.test(value))
        return { kind: 'absolute' };
    return { kind: 'remote' };
}
/**
 * The module blocks of a file in Terraform's JSON syntax (`module.<label>: body`, or arrays of
 * either; also hcl2json's `module.<label>: [body]`). JSON strings are templates in Terraform's JSON
 * syntax, so a source holding `${` is classified as an expression by classifySource.
 */
function moduleBlocksOf(document) {
    const blocks = [];
    const collect = (value) => {
        if (Array.isArray(value)) {
            for (const item of value)
                collect(item);
            return;
        }
        if (!isObject(value))
            return;
        for (const [name, bodies] of Object.entries(value)) {
            // Terraform's JSON syntax reads a "//" property as a comment.
            if (name === '//')
                continue;
            for (const body of Array.isArray(bodies) ? bodies : [bodies]) {
                const source = isObject(body) ? body.source : undefined;
                blocks.push({
                    name,
                    source: typeof source === 'string' || source === undefined
                        ? source
                        : { expression: JSON.stringify(source) }
                });
            }
        }
    };
    if (isObject(document))
        collect(document.module);
    else if (Array.isArray(document))
        for (const item of document)
            if (isObject(item))
                collect(item.module);
    return blocks;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/discovery/module-graph.ts
/**
 * Reads the repository's module call graph: which folders hold configuration files, and which
 * local folders each one calls through `module` blocks. Remote sources are not followed. A source
 * that leaves the repository, a source that is not a literal string, a configuration file linked
 * from outside the repository and an unparsable file are problems (collected, then thrown together);
 * an unparsable file the change touched is only a warning, because its module is affected anyway
 * and its plan job shows terraform's own error.
 */


/** How many links a path may pass through before discovery calls it a loop (as the kernel does). */
const MAX_LINK_HOPS = 40;
/** Reads every configuration file that may call modules and returns the graph. */
async function readModuleGraph(view, options) {
    const links = new Map((view.symlinks ?? []).map(link => [link.path, link]));
    const folders = new Set();
    const sources = [];
    for (const path of view.files) {
        if (configSyntax(path) === undefined)
            continue;
        folders.add(parentOf(path));
        sources.push({ path, readFrom: path });
    }
    for (const link of links.values()) {
        if (configSyntax(link.path) === undefined)
            continue;
        if (link.target === undefined || link.kind !== 'file') {
            options.problems.push(`${showPath(link.path)} is a configuration file linked from outside the repository (or a broken link); discovery cannot see its module calls and terraform would read files the pull request does not show. Replace the link with the file`);
            continue;
        }
        folders.add(parentOf(link.path));
        sources.push({ path: link.path, readFrom: link.target });
    }
    const calls = [];
    for (const source of sources) {
        const changed = options.isChanged(source.path) || options.isChanged(source.readFrom);
        const blocks = await parseConfigFile(view, source.path, source.readFrom, changed, options);
        if (blocks !== undefined)
            calls.push(...resolveCalls(blocks, source.path, links, options));
    }
    const callers = new Map();
    for (const call of calls) {
        const list = callers.get(call.to);
        if (list)
            list.push(call);
        else
            callers.set(call.to, [call]);
    }
    return { folders, calls, callers };
}
/**
 * Parses one configuration file; undefined when it cannot call modules or cannot be parsed (then a
 * problem or, for a changed file, a warning is recorded).
 */
async function parseConfigFile(view, path, readFrom, changed, options) {
    const text = await view.readText(readFrom);
    const syntax = configSyntax(path);
    if (syntax === 'native' && !mayDeclareModules(text))
        return undefined;
    try {
        return syntax === 'json' ? moduleBlocksOf(JSON.parse(text)) : await options.parseHcl(path, text);
    }
    catch (error) {
        const detail = plainText(error instanceof Error ? error.message : String(error));
        if (changed) {
            options.warnings.push(`${showPath(path)} does not parse (${detail}); its module is treated as affected, and its plan job will show terraform's error`);
        }
        else {
            options.problems.push(`${showPath(path)} does not parse, so its module calls are unknown: ${detail}. Fix the file (terraform validate shows the same error)`);
        }
        return undefined;
    }
}
/** The local calls of one parsed file, resolved to repository folders through any folder links. */
function resolveCalls(blocks, file, links, options) {
    const from = parentOf(file);
    const calls = [];
    for (const block of blocks) {
        const where = `module ${JSON.stringify(block.name)} in ${showPath(file)}`;
        const source = classifySource(block.source);
        if (source.kind === 'remote')
            continue;
        if (source.kind === 'missing') {
            options.warnings.push(`${where} has no source string; terraform will refuse it`);
            continue;
        }
        if (source.kind === 'not-literal') {
            options.problems.push(`${where} has a source built from an expression (${JSON.stringify(block.source)}); discovery cannot tell where it points. Write the source as a plain string`);
            continue;
        }
        if (source.kind === 'absolute') {
            options.problems.push(`${where} has an absolute source ${JSON.stringify(block.source)}, which points outside the repository; use a path relative to the file, starting with ./ or ../`);
            continue;
        }
        const joined = joinInside(from, source.path);
        const target = joined === undefined ? undefined : throughLinks(joined, links);
        if (target === undefined) {
            options.problems.push(`${where} has source ${JSON.stringify(block.source)}, which points outside the repository (or outside working_directory, the folder discover searches); local modules must live inside it, or come from a registry or git source`);
            continue;
        }
        calls.push({ from, to: target, file, name: block.name });
    }
    return calls;
}
/**
 * Replaces any linked folder on the way to `path` by its target, as the file system would;
 * undefined when a link on the way leaves the repository, is broken, or the links loop.
 */
function throughLinks(path, links) {
    if (links.size === 0)
        return path;
    let current = path;
    for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
        const link = linkOnTheWay(current, links);
        if (link === undefined)
            return current;
        if (link.target === undefined)
            return undefined;
        current = current === link.path ? link.target : link.target + current.slice(link.path.length);
        if (link.target === '.')
            current = current === '.' ? '.' : current.replace(/^\.\//, '');
    }
    return undefined;
}
function linkOnTheWay(path, links) {
    let end = path.indexOf('/');
    for (;;) {
        const prefix = end === -1 ? path : path.slice(0, end);
        const link = links.get(prefix);
        if (link !== undefined && isWithin(path, link.path))
            return link;
        if (end === -1)
            return undefined;
        end = path.indexOf('/', end + 1);
    }
}

;// CONCATENATED MODULE: ./src/discovery/removed-modules.ts
/**
 * Root modules the change deleted. A folder whose configuration files were all deleted was a root
 * module unless something called it before the change. Before the change, callers were either files
 * the change left alone (their calls are in today's graph) or files it modified, deleted or renamed
 * away, whose earlier text the caller hands in; so no second walk of the old tree is needed.
 */




/** Folders that held configuration files before the change and hold none now. */
function deletedModuleFolders(changes, graph) {
    const deleted = new Set();
    for (const change of changes) {
        const gone = change.status === 'deleted'
            ? change.path
            : change.status === 'renamed'
                ? change.previousPath
                : undefined;
        if (gone === undefined || configSyntax(gone) === undefined)
            continue;
        const folder = parentOf(gone);
        if (!graph.folders.has(folder))
            deleted.add(folder);
    }
    return deleted;
}
/** The deleted folders that were root modules, sorted. */
async function removedRootModules(deleted, request, graph, warnings) {
    const called = new Set();
    for (const folder of deleted)
        if (graph.callers.has(folder))
            called.add(folder);
    if (request.readBefore && called.size < deleted.size) {
        const links = new Map((request.repository.symlinks ?? []).map(link => [link.path, link]));
        for (const change of request.changes ?? []) {
            const before = change.status === 'renamed' ? change.previousPath : change.path;
            if (before === undefined || change.status === 'added' || change.status === 'copied')
                continue;
            if (configSyntax(before) === undefined)
                continue;
            const text = await request.readBefore(before);
            if (text === undefined)
                continue;
            const problems = [];
            const earlier = {
                files: [before],
                readText: () => text
            };
            const blocks = await parseConfigFile(earlier, before, before, false, {
                parseHcl: request.parseHcl,
                problems,
                warnings: problems
            });
            const calls = blocks === undefined ? [] : resolveCalls(blocks, before, links, { problems, warnings: problems });
            if (problems.length > 0) {
                warnings.push(`The version of ${showPath(before)} before the change could not be read for module calls, so folders it may have called are reported as removed root modules: ${problems[0]}`);
            }
            for (const call of calls)
                if (call.to !== call.from && deleted.has(call.to))
                    called.add(call.to);
        }
    }
    return [...deleted]
        .filter(folder => !called.has(folder) || listedByPolicy(folder, request.environments))
        .sort();
}

// EXTERNAL MODULE: ./src/discovery/shard.ts
var shard = __webpack_require__(12766);
;// CONCATENATED MODULE: ./src/discovery/slug.ts
/**
 * A module folder as one word that can go into artifact names (which refuse `/`, `\`, `:`, `<`, `>`,
 * `|`, `*`, `?`, `"` and line breaks) and stays distinct for distinct folders, so that the legs of one
 * matrix never overwrite each other's plan or verdict artifacts.
 *
 * `/` becomes `-` and a `-` of the name is doubled. Folder names that discovery hands on never start
 * with `-` (see unsafePathReason), so a run of dashes in a slug reads back one way only: 2k dashes
 * are k dashes of the name, 2k + 1 are k dashes and then a `/`. `environments/prod` → `environments-prod`,
 * `services/web-api/eu` → `services-web--api-eu`; the repository root is `-root`, which no folder
 * can produce because a slug of a folder never starts with `-`.
 */

/** The slug of the repository root. */
const ROOT_SLUG = '-root';
/** The slug of a module folder (repository- or workspace-relative, `/`-separated, `.` for the root). */
function moduleSlug(folder) {
    if (folder === ROOT)
        return ROOT_SLUG;
    return folder.replace(/[-/]/g, char => (char === '/' ? '-' : '--'));
}

;// CONCATENATED MODULE: ./src/discovery/discover.ts
/**
 * Discovery: the root modules a change affects, ready for a GitHub matrix.
 *
 * A root module is a folder with configuration files that no other folder calls as a local module,
 * or one the policy lists. A change affects a root module when it touches a file whose nearest
 * module folder is the root module or any folder it calls, directly or through other local modules
 * (a file in a subfolder that is not a module itself belongs to the module above it, such as
 * templates read with `path.module`). A link inside a module makes the module depend on what the
 * link points at.
 */








/** How many problems one error message lists before it counts the rest. */
const LISTED_PROBLEMS = 20;
/** Computes the affected (or, without changes, all) root modules. Throws DiscoveryError on bad input. */
async function discoverModules(request) {
    const warnings = [];
    const problems = [];
    const changes = request.changes;
    const touchedNow = new Set((changes ?? []).filter(change => change.status !== 'deleted').map(change => change.path));
    const graph = await readModuleGraph(request.repository, {
        parseHcl: request.parseHcl,
        isChanged: path => touchedNow.has(path),
        problems,
        warnings
    });
    if (problems.length > 0)
        throw new errors/* DiscoveryError */.P(summariseProblems(problems));
    const cycle = findCycle(graph);
    if (cycle)
        throw new errors/* DiscoveryError */.P(describeCycle(cycle));
    const roots = rootModules(graph, request, warnings);
    const deleted = changes === undefined ? new Set() : deletedModuleFolders(changes, graph);
    for (const call of graph.calls) {
        if (!graph.folders.has(call.to) && !deleted.has(call.to)) {
            warnings.push(`Module ${JSON.stringify(call.name)} in ${showPath(call.file)} calls ${showPath(call.to)}, which holds no configuration files; terraform init will fail there`);
        }
    }
    let affected = roots;
    let removed = [];
    if (changes !== undefined) {
        const reached = affectedFolders(changes, graph, deleted, request);
        affected = roots.filter(root => reached.has(root));
        removed = await removedRootModules(deleted, request, graph, warnings);
    }
    const modules = (0,shard/* selectShard */.Xm)(toEntries(affected, request), request.shard);
    return {
        modules,
        totalAffected: affected.length,
        rootModules: roots.length,
        removedModules: toEntries(removed, request),
        changedFiles: changedPaths(changes ?? []),
        warnings
    };
}
/** Folders nobody else calls, and folders the policy lists (with a warning when those are also called). */
function rootModules(graph, request, warnings) {
    const roots = [];
    for (const folder of graph.folders) {
        const callers = (graph.callers.get(folder) ?? []).filter(call => call.from !== folder);
        const listed = listedByPolicy(folder, request.environments);
        if (callers.length === 0)
            roots.push(folder);
        else if (listed) {
            roots.push(folder);
            warnings.push(`${showPath(folder)} is called as a module by ${showPath(callers[0].from)} but the policy's environments.<name>.paths list it, so it is also planned as a root module; narrow the glob if that is not meant`);
        }
    }
    return roots.sort(comparePaths);
}
/** Every folder whose module the change reaches: owners of changed paths, then their callers, transitively. */
function affectedFolders(changes, graph, deleted, request) {
    const candidates = new Set([...graph.folders, ...graph.callers.keys(), ...deleted]);
    const ownerOf = (path) => {
        for (const folder of foldersUpFrom(parentOf(path)))
            if (candidates.has(folder))
                return folder;
        return undefined;
    };
    const paths = changedPaths(changes);
    const reached = new Set();
    const queue = [];
    const reach = (folder) => {
        if (folder === undefined || reached.has(folder))
            return;
        reached.add(folder);
        queue.push(folder);
    };
    for (const path of paths)
        reach(ownerOf(path));
    for (const link of request.repository.symlinks ?? []) {
        const target = link.target;
        if (target !== undefined && paths.some(path => isWithin(path, target)))
            reach(ownerOf(link.path));
    }
    while (queue.length > 0) {
        const folder = queue.pop();
        for (const call of graph.callers.get(folder) ?? [])
            reach(call.from);
    }
    return reached;
}
/** Matrix entries with their environments, sorted; refuses folder names that are unsafe to hand on. */
function toEntries(folders, request) {
    const unsafe = [];
    const entries = [];
    for (const folder of [...folders].sort(comparePaths)) {
        const reason = unsafePathReason(folder);
        if (reason)
            unsafe.push(`${showPath(folder)}: ${reason}`);
        else
            entries.push({
                working_directory: folder,
                environment: environmentOf(folder, request.environments, request.fallbackEnvironment),
                slug: moduleSlug(folder)
            });
    }
    if (unsafe.length > 0) {
        throw new errors/* DiscoveryError */.P(`Root module folder names that cannot be passed to a workflow safely; rename them:\n${unsafe.map(line => `  - ${line}`).join('\n')}`);
    }
    return entries;
}
function changedPaths(changes) {
    const paths = new Set();
    for (const change of changes) {
        paths.add(change.path);
        if (change.previousPath !== undefined)
            paths.add(change.previousPath);
    }
    return [...paths].sort(comparePaths);
}
function summariseProblems(problems) {
    const listed = problems.slice(0, LISTED_PROBLEMS).map(problem => `  - ${problem}`);
    if (problems.length > LISTED_PROBLEMS)
        listed.push(`  - … and ${problems.length - LISTED_PROBLEMS} more`);
    return `Discovery cannot build the module graph (${problems.length} problem(s)):\n${listed.join('\n')}`;
}

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/environment.ts
var environment = __webpack_require__(97935);
// EXTERNAL MODULE: ./src/action/adapters/files.ts + 1 modules
var files = __webpack_require__(54714);
;// CONCATENATED MODULE: ./src/action/adapters/change-range.ts
/**
 * Which two commits a run compares, read from the event payload. The payload is data from outside:
 * commit ids are accepted only as 40 (SHA-1) or 64 (SHA-256) lowercase hex digits, so nothing from it
 * reaches git as an option or a revision expression.
 */


const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const ZERO = /^0+$/;
/** The events discover can compare commits on. */
const COMPARABLE_EVENTS = ['pull_request', 'pull_request_target', 'merge_group', 'push'];
/** Reads the commits to compare from the event name and payload. Throws DiscoveryError naming the fix. */
function planFromEvent(eventName, event) {
    const payload = event ?? {};
    const pull = payload.pull_request;
    if (pull !== undefined && typeof pull === 'object' && pull !== null) {
        const label = typeof pull.number === 'number' ? `pull request #${pull.number}` : 'pull request';
        return compare(pull.base?.sha, pull.head?.sha, label, true, false, "the event's pull_request.base.sha / head.sha");
    }
    if (eventName === 'merge_group') {
        const group = (payload.merge_group ?? {});
        return compare(group.base_sha, group.head_sha, 'merge group', true, false, "the event's merge_group.base_sha / head_sha");
    }
    if (eventName === 'push') {
        const ref = typeof payload.ref === 'string' ? showPath(payload.ref) : 'the branch';
        const before = payload.before;
        const after = payload.after;
        if (typeof after === 'string' && ZERO.test(after)) {
            return { kind: 'nothing', reason: `the push deleted ${ref}; there is nothing to plan` };
        }
        if (typeof before === 'string' && ZERO.test(before)) {
            return {
                kind: 'everything',
                reason: `the push created ${ref}, so there is no previous commit to compare with; every root module is listed`
            };
        }
        return compare(before, after, `push to ${ref}`, false, true, "the event's before / after");
    }
    throw new errors/* DiscoveryError */.P(`discover compares commits on ${COMPARABLE_EVENTS.join(', ')} events; this run is a '${eventName || 'unknown'}' event. Set all: true to list every root module (for scheduled drift checks), or run discover on a pull request or push`);
}
function compare(base, head, label, mergeBase, baseMayBeGone, where) {
    if (typeof base !== 'string' || typeof head !== 'string' || !COMMIT.test(base) || !COMMIT.test(head)) {
        throw new errors/* DiscoveryError */.P(`The event payload does not hold two commit ids for the ${label} (${where}); discover cannot tell what changed. Set all: true to list every root module`);
    }
    return { kind: 'compare', range: { base, head, mergeBase, label, baseMayBeGone } };
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 5 modules
var exec = __webpack_require__(22876);
;// CONCATENATED MODULE: ./src/action/adapters/git-run.ts
/**
 * Runs git through @actions/exec without echoing, keeping stdout as bytes (diffs are NUL-separated
 * and blobs may be binary). Arguments go straight to the process, never through a shell.
 */



/** Runs `git <args>` in `cwd`; a git that cannot be started is a DiscoveryError saying so. */
async function runGit(cwd, args, input) {
    const stdout = [];
    let stderr = '';
    let exitCode;
    try {
        exitCode = await exec/* exec */.m('git', args, {
            cwd,
            input,
            silent: true,
            ignoreReturnCode: true,
            listeners: {
                stdout: data => stdout.push(data),
                stderr: data => (stderr += data.toString('utf8'))
            }
        });
    }
    catch (error) {
        throw new errors/* DiscoveryError */.P(`discover needs git to compare commits, and it could not run: ${error instanceof Error ? error.message : String(error)}. Install git on the runner (GitHub-hosted runners have it)`);
    }
    return { exitCode, stdout: Buffer.concat(stdout), stderr: plainText(stderr.trim()) };
}

;// CONCATENATED MODULE: ./src/action/adapters/git-changes.ts
/**
 * What changed, from git: the pull request's merge base to its head, or a push's `before` to
 * `after`, as `git diff --name-status -z` reports it. The commits come from the event payload, so
 * they are checked to be commit ids before git sees them. History is needed: a shallow checkout
 * (actions/checkout's default) does not hold the merge base, and discover stops with the fix
 * (`fetch-depth: 0`) rather than fetching behind the workflow's back or guessing from one commit.
 */



const SHALLOW_CLONE_FIX = "the checkout is shallow. Give actions/checkout 'fetch-depth: 0' in this job so that discover can find what the change touched";
/** Lists the changed paths under `folder` (relative to it). Throws DiscoveryError with the fix when history is missing. */
async function gitChanges(folder, range) {
    const inside = await runGit(folder, ['rev-parse', '--is-inside-work-tree']);
    if (inside.exitCode !== 0) {
        throw new errors/* DiscoveryError */.P(`discover compares commits with git, but the working directory is not a git checkout (${inside.stderr || 'git rev-parse failed'}). Run actions/checkout with 'fetch-depth: 0' before it, or set all: true`);
    }
    const shallow = async () => (await runGit(folder, ['rev-parse', '--is-shallow-repository'])).stdout.toString('utf8').trim() === 'true';
    for (const [role, sha] of [
        ['base', range.base],
        ['head', range.head]
    ]) {
        const present = await runGit(folder, ['cat-file', '-e', `${sha}^{commit}`]);
        if (present.exitCode === 0)
            continue;
        if (await shallow())
            throw new errors/* DiscoveryError */.P(`Commit ${sha} (the ${range.label}'s ${role}) is missing: ${SHALLOW_CLONE_FIX}`);
        if (role === 'base' && range.baseMayBeGone) {
            return {
                everything: `the ${range.label}'s previous commit ${sha} is not in the repository (a force push?), so there is nothing to compare with; every root module is listed`
            };
        }
        throw new errors/* DiscoveryError */.P(`Commit ${sha} (the ${range.label}'s ${role}) is not in the checkout. Give actions/checkout 'fetch-depth: 0' (and check out the event's commit)`);
    }
    let from = range.base;
    if (range.mergeBase) {
        const found = await runGit(folder, ['merge-base', range.base, range.head]);
        if (found.exitCode !== 0) {
            if (await shallow())
                throw new errors/* DiscoveryError */.P(`The ${range.label}'s merge base is missing: ${SHALLOW_CLONE_FIX}`);
            throw new errors/* DiscoveryError */.P(`The ${range.label}'s base ${range.base} and head ${range.head} share no history (${found.stderr || 'git merge-base found none'}); discover cannot tell what changed. Set all: true to list every root module`);
        }
        from = found.stdout.toString('utf8').trim();
    }
    const diff = await runGit(folder, [
        '-c',
        'core.quotePath=false',
        'diff',
        '--name-status',
        '-z',
        '--find-renames',
        '--no-ext-diff',
        '--no-textconv',
        '--relative',
        from,
        range.head,
        '--'
    ]);
    if (diff.exitCode !== 0) {
        throw new errors/* DiscoveryError */.P(`git diff ${from} ${range.head} failed: ${diff.stderr || `exit code ${diff.exitCode}`}`);
    }
    const changes = parseNameStatus(diff.stdout.toString('utf8'));
    return { changes, from, readBefore: await beforeReader(folder, from, changes) };
}
const STATUS = {
    A: 'added',
    M: 'modified',
    D: 'deleted',
    R: 'renamed',
    C: 'copied',
    T: 'type-changed'
};
/** Parses `git diff --name-status -z` output: `M\0path\0`, `R100\0old\0new\0`. */
function parseNameStatus(output) {
    const fields = output.split('\0');
    const changes = [];
    for (let i = 0; i < fields.length;) {
        const code = fields[i++];
        if (code === '')
            continue;
        const status = STATUS[code[0]];
        if (status === undefined) {
            // Unmerged (U) or unknown (X) entries: treat the path as modified, which can only add work.
            changes.push({ status: 'modified', path: fields[i++] });
        }
        else if (status === 'renamed' || status === 'copied') {
            const previousPath = fields[i++];
            changes.push({ status, path: fields[i++], previousPath });
        }
        else
            changes.push({ status, path: fields[i++] });
    }
    return changes.filter(change => change.path !== undefined && change.path !== '');
}
/** Largest earlier version of a configuration file discovery reads. */
const MAX_BEFORE_BYTES = 16 * 1024 * 1024;
/**
 * Reads the earlier text of every changed configuration file in one `git cat-file --batch` run,
 * the first time one is asked for.
 */
async function beforeReader(folder, from, changes) {
    const wanted = new Set();
    for (const change of changes) {
        const before = change.status === 'renamed' ? change.previousPath : change.path;
        if (change.status === 'added' || change.status === 'copied' || before === undefined)
            continue;
        // cat-file --batch reads one name per line; a path with a line break cannot be named (it then counts as unknown).
        if (configSyntax(before) !== undefined && !/[\n\r]/.test(before))
            wanted.add(before);
    }
    let texts;
    return async (path) => {
        if (!wanted.has(path))
            return undefined;
        texts ??= readBlobs(folder, from, [...wanted]);
        return (await texts).get(path);
    };
}
async function readBlobs(folder, from, paths) {
    const prefix = (await runGit(folder, ['rev-parse', '--show-prefix'])).stdout.toString('utf8').trim();
    const input = Buffer.from(paths.map(path => `${from}:${prefix}${path}\n`).join(''), 'utf8');
    const result = await runGit(folder, ['cat-file', '--batch'], input);
    if (result.exitCode !== 0)
        throw new errors/* DiscoveryError */.P(`git cat-file --batch failed: ${result.stderr}`);
    const texts = new Map();
    const out = result.stdout;
    let offset = 0;
    for (const path of paths) {
        const lineEnd = out.indexOf(10, offset);
        if (lineEnd === -1)
            break;
        const header = out.subarray(offset, lineEnd).toString('utf8').split(' ');
        offset = lineEnd + 1;
        if (header[1] === 'missing' || header.length < 3)
            continue;
        const size = Number(header[2]);
        if (header[1] === 'blob' && size <= MAX_BEFORE_BYTES)
            texts.set(path, out.subarray(offset, offset + size).toString('utf8'));
        offset += size + 1;
    }
    return texts;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/action/adapters/hcl-parser.ts
/**
 * Reads `module` blocks from native-syntax HCL with tree-sitter (web-tree-sitter and the
 * tree-sitter-hcl grammar, both WebAssembly, loaded once on the first file that needs them).
 *
 * Why not @cdktf/hcl2json, HashiCorp's own parser compiled to WebAssembly: it takes about 10 ms per
 * kilobyte, too slow for repositories with a thousand root modules, and it finds its WASM file
 * through `__dirname`, which ncc neither relocates nor defines in an ES module bundle. It stays in the
 * test suite as the reference this reader is compared with.
 *
 * Only what discovery needs is read: top-level `module` blocks and their `source`. A file with any
 * syntax error is refused whole (rejects), because error recovery could hide a module block.
 */


// web-tree-sitter's module is loaded as a file of its own, not bundled: webpack rewrites its
// `await import("module")` into a namespace without `createRequire`, and the library then fails.
// ncc's asset relocator copies the file into dist/ and replaces this URL by the copy's path (a
// string); in tests it stays a URL to the installed package. (The relocator skips a file it cannot
// parse, such as one using `??=`, so this file avoids that syntax.)
const RUNTIME_JS = __webpack_require__.ab + "web-tree-sitter.js";
let loading;
async function loadParser() {
    const href = typeof RUNTIME_JS === 'string' ? (0,external_node_url_.pathToFileURL)(RUNTIME_JS).href : RUNTIME_JS.href;
    const { Parser, Language } = (await import(
    /* webpackIgnore: true */ href));
    // Each WASM file is read where it is named: ncc's asset relocator copies files read this way
    // into dist/ byte for byte (a `new URL` kept in a variable would pass through a text loader
    // and arrive corrupted).
    const runtime = await (0,promises_.readFile)(__webpack_require__.ab + "web-tree-sitter.wasm");
    const grammar = await (0,promises_.readFile)(__webpack_require__.ab + "tree-sitter-hcl.wasm");
    await Parser.init({ wasmBinary: runtime });
    const parser = new Parser();
    parser.setLanguage(await Language.load(new Uint8Array(grammar)));
    return parser;
}
/** The module blocks of one file; rejects naming the first error's line and column. */
const parseHcl = async (path, text) => {
    if (loading === undefined)
        loading = loadParser();
    const parser = await loading;
    const tree = parser.parse(text);
    if (tree === null)
        throw new Error('the parser gave up on this file');
    try {
        const root = tree.rootNode;
        if (root.hasError)
            throw new Error(`syntax error ${describeError(root)}`);
        return moduleBlocks(root);
    }
    finally {
        tree.delete();
    }
};
function moduleBlocks(root) {
    const blocks = [];
    const body = root.namedChildren.find(child => child?.type === 'body');
    for (const block of body?.namedChildren ?? []) {
        if (block?.type !== 'block')
            continue;
        const [type, ...rest] = block.namedChildren;
        if (type?.type !== 'identifier' || type.text !== 'module')
            continue;
        const label = rest.find(node => node?.type === 'string_lit' || node?.type === 'identifier');
        const name = label ? (label.type === 'string_lit' ? stringValue(label) : label.text) : '';
        const sources = (rest.find(node => node?.type === 'body')?.namedChildren ?? []).filter(node => node?.type === 'attribute' && node.namedChildren[0]?.text === 'source');
        // No source is Terraform's error to report; several (also an error) are all followed.
        if (sources.length === 0)
            blocks.push({ name, source: undefined });
        for (const attribute of sources)
            blocks.push({ name, source: sourceValue(attribute) });
    }
    return blocks;
}
/** A plain quoted string as its decoded value; any other expression as `{ expression }` text. */
function sourceValue(attribute) {
    const expression = attribute.namedChildren[1];
    const literal = expression?.namedChildren.length === 1 ? expression.namedChildren[0] : undefined;
    const string = literal?.type === 'literal_value' ? literal.namedChildren[0] : undefined;
    if (string?.type === 'string_lit')
        return stringValue(string);
    return { expression: expression?.text ?? '' };
}
/** The text between the quotes, with HCL's escapes decoded (\n \r \t \" \\ \uNNNN \UNNNNNNNN, $${, %%{). */
function stringValue(node) {
    const raw = node.text.slice(1, -1);
    return raw.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)|\$\$\{|%%\{/gs, (match, escape) => {
        if (match === '$${')
            return '${';
        if (match === '%%{')
            return '%{';
        const code = escape;
        if (code[0] === 'u' || code[0] === 'U') {
            const point = parseInt(code.slice(1), 16);
            return point <= 0x10ffff ? String.fromCodePoint(point) : match;
        }
        return { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' }[code] ?? match;
    });
}
function describeError(root) {
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.isError || node.isMissing) {
            const where = `at line ${node.startPosition.row + 1}, column ${node.startPosition.column + 1}`;
            return node.isMissing ? `${where}: missing ${node.type}` : where;
        }
        for (let i = node.childCount - 1; i >= 0; i--) {
            const child = node.child(i);
            if (child?.hasError || child?.isMissing)
                stack.push(child);
        }
    }
    return '';
}

;// CONCATENATED MODULE: ./src/action/adapters/repository-tree.ts
/**
 * Builds discovery's view of the checked-out repository: every regular file, every symbolic link
 * with where it points, and a reader. It skips `.git`, `.terraform` and `node_modules`, does not
 * descend into linked folders (their targets are walked where they really are, when inside the
 * repository), and stops with an error past fixed bounds, so a hostile tree cannot exhaust the job.
 */




/** Folders never walked: git's database, terraform's provider and module cache, npm packages. */
const SKIPPED_FOLDERS = new Set(['.git', '.terraform', 'node_modules']);
const DEFAULT_TREE_LIMITS = {
    maxEntries: 500_000,
    maxDepth: 64,
    maxFileBytes: 16 * 1024 * 1024
};
/** Walks `root` (an absolute folder) and returns the view discovery reads. */
function readRepositoryTree(root, limits = DEFAULT_TREE_LIMITS) {
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const files = [];
    const symlinks = [];
    let entries = 0;
    const pending = [{ folder: '', depth: 0 }];
    while (pending.length > 0) {
        const { folder, depth } = pending.pop();
        if (depth > limits.maxDepth) {
            throw new errors/* DiscoveryError */.P(`Folder ${showPath(folder)} is nested more than ${limits.maxDepth} levels deep; discovery stops there. Set working_directory to the part of the repository that holds the Terraform code`);
        }
        for (const entry of (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, folder), { withFileTypes: true })) {
            if (++entries > limits.maxEntries) {
                throw new errors/* DiscoveryError */.P(`The repository holds more than ${limits.maxEntries} files and folders; discovery stops there. Set working_directory to the part of the repository that holds the Terraform code`);
            }
            const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
            if (entry.isDirectory()) {
                if (!SKIPPED_FOLDERS.has(entry.name))
                    pending.push({ folder: path, depth: depth + 1 });
            }
            else if (entry.isFile())
                files.push(path);
            else if (entry.isSymbolicLink())
                symlinks.push(describeLink(root, realRoot, path));
        }
    }
    return {
        files,
        symlinks,
        readText: path => readText(root, path, limits.maxFileBytes)
    };
}
/** Where a link points, as a repository path; no target when it leaves the repository or is broken. */
function describeLink(root, realRoot, path) {
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(root, path));
    }
    catch {
        return { path };
    }
    const inside = (0,external_node_path_.relative)(realRoot, real);
    if (inside === '..' || inside.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(inside))
        return { path };
    const target = inside === '' ? '.' : inside.split(external_node_path_.sep).join('/');
    const firstSegment = target.split('/').find(segment => SKIPPED_FOLDERS.has(segment));
    if (firstSegment !== undefined)
        return { path };
    const stats = (0,external_node_fs_.statSync)(real);
    // Anything but a file or a folder (a device, a socket) is treated like a broken link.
    if (!stats.isFile() && !stats.isDirectory())
        return { path };
    return { path, target, kind: stats.isDirectory() ? 'folder' : 'file' };
}
function readText(root, path, maxBytes) {
    const full = (0,external_node_path_.join)(root, path);
    const size = (0,external_node_fs_.statSync)(full).size;
    if (size > maxBytes) {
        throw new errors/* DiscoveryError */.P(`${showPath(path)} is ${size} bytes, more than the ${maxBytes} discovery reads from one configuration file; split it`);
    }
    return (0,external_node_fs_.readFileSync)(full, 'utf8');
}

;// CONCATENATED MODULE: ./src/action/modes/discover-output.ts
/**
 * How discovery's answer leaves the action: outputs as JSON that a workflow can also paste into a
 * quoted shell string without harm, and a short job summary.
 */

/**
 * JSON with every character outside printable ASCII, and the shell's `$`, backtick and `'`, written
 * as \u escapes. `fromJSON` reads it back unchanged; a workflow that interpolates the value into a
 * single- or double-quoted shell string (which it should not) still gets no command substitution
 * and no way out of the quotes. These characters can only occur inside JSON strings, so the
 * replacement never touches the structure.
 */
function shellSafeJson(value) {
    return JSON.stringify(value).replace(/[^\x20-\x7e]|[$`']/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Prefixes repository-relative module folders with where the repository sits in the workspace (slugs follow). */
function underPrefix(modules, prefix) {
    if (prefix === '' || prefix === '.')
        return [...modules];
    return modules.map(module => {
        const folder = module.working_directory === '.' ? prefix : `${prefix}/${module.working_directory}`;
        return { ...module, working_directory: folder, slug: moduleSlug(folder) };
    });
}
/** The job summary: one line of counts, the modules to plan, and any removed root module. */
function renderDiscoverySummary(result, modules, removed, scope) {
    const lines = [
        '## infra-guard discover',
        '',
        `${modules.length} root module(s) to plan (${scope}; ${result.rootModules} root module(s) in the repository, ${result.changedFiles.length} changed file(s)).`,
        ''
    ];
    if (modules.length > 0) {
        lines.push('| Module | Environment |', '| --- | --- |');
        for (const module of modules)
            lines.push(`| \`${module.working_directory}\` | \`${module.environment}\` |`);
        lines.push('');
    }
    if (removed.length > 0) {
        lines.push(`**Removed root modules** — deleted by this change; whatever they managed is not destroyed by deleting the code. Destroy it first from the base branch, or remove it from state deliberately:`, '');
        for (const module of removed)
            lines.push(`- \`${module.working_directory}\` (${module.environment})`);
        lines.push('');
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/action/modes/discover.ts
/**
 * `discover` mode: the root modules a pull request or push affects (or, with `all: true`, every
 * root module), as JSON for `strategy.matrix`. Outputs: `modules` ([{working_directory,
 * environment}]), `count`, `changed_files`, `removed_modules`. It reads the checked-out tree and git
 * history only; it runs no terraform.
 */















/** Runs discovery and sets its outputs; throws (DiscoveryError, InputError, PolicyError) to fail the step. */
async function runDiscover(inputs) {
    const settings = inputs.discover;
    if (settings === undefined)
        throw new Error('discover mode started without its settings (inputs.ts must read them)');
    const workspace = (0,external_node_path_.resolve)(inputs.context.workspace);
    const root = (0,external_node_path_.resolve)(workspace, inputs.workingDirectory);
    const prefix = (0,external_node_path_.relative)(workspace, root).split(external_node_path_.sep).join('/');
    if (prefix === '..' ||
        prefix.startsWith('../') ||
        (0,external_node_path_.isAbsolute)(prefix) ||
        !(0,external_node_fs_.existsSync)(root) ||
        !(0,external_node_fs_.statSync)(root).isDirectory()) {
        throw new src_errors/* InputError */.dz(`Input 'working_directory' is '${inputs.workingDirectory}', which is not a folder inside the workspace; for discover it names the part of the repository to search (default: the whole checkout)`);
    }
    const prefixProblem = prefix === '' ? undefined : unsafePathReason(prefix);
    if (prefixProblem)
        throw new src_errors/* InputError */.dz(`Input 'working_directory' cannot prefix module folders: ${prefixProblem}`);
    const loaded = await (0,files/* loadPolicyFile */.n$)(inputs.config);
    const environments = Object.entries(loaded.policy.environments).map(([name, policy]) => toDiscoveryEnvironment(name, policy));
    const fallback = (0,environment/* resolveEnvironment */.g9)(inputs.environmentRequest, loaded.policy.environments).name;
    const repository = await log/* group */.Os('Read the repository tree', async () => {
        const view = readRepositoryTree(root);
        log/* info */.pq(`${view.files.length} file(s), ${view.symlinks?.length ?? 0} link(s) under '${prefix || '.'}'`);
        return view;
    });
    const { changes, readBefore, scope } = await log/* group */.Os('What changed', () => findChanges(root, settings, inputs.context.eventName));
    const result = await log/* group */.Os('Discover root modules', () => discoverModules({
        repository,
        changes,
        readBefore,
        environments,
        fallbackEnvironment: fallback,
        shard: settings.shard,
        parseHcl: parseHcl
    }));
    const modules = underPrefix(result.modules, prefix);
    const removed = underPrefix(result.removedModules, prefix);
    const changedFiles = prefix === '' ? result.changedFiles : result.changedFiles.map(path => `${prefix}/${path}`);
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.modules, shellSafeJson(modules));
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.count, String(modules.length));
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.changedFiles, shellSafeJson(changedFiles));
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.removedModules, shellSafeJson(removed));
    for (const warning of result.warnings)
        log/* warning */.$e(warning);
    for (const module of removed) {
        log/* warning */.$e(`Root module '${module.working_directory}' (${module.environment}) is deleted by this change; deleting the code does not destroy what it manages. Destroy it from the base branch first, or remove it from state on purpose`);
    }
    for (const module of modules)
        log/* info */.pq(`${module.working_directory} → ${module.environment}`);
    const shard = settings.shard
        ? `, shard ${settings.shard.index}/${settings.shard.total} of ${result.totalAffected}`
        : '';
    log/* info */.pq(`${modules.length} root module(s) to plan (${scope}${shard})`);
    try {
        await core/* summary */.z.addRaw(renderDiscoverySummary(result, modules, removed, scope + shard)).write();
    }
    catch (error) {
        core/* summary */.z.emptyBuffer();
        log/* notice */.lm(`The job summary was not written: ${error instanceof Error ? error.message : String(error)}`);
    }
}
/** The policy's view of one environment. */
function toDiscoveryEnvironment(name, policy) {
    return { name, aliases: policy.aliases, paths: policy.paths };
}
async function findChanges(root, settings, eventName) {
    if (settings.all) {
        log/* info */.pq('all: true — every root module is listed');
        return { scope: 'all root modules' };
    }
    const plan = planFromEvent(eventName, settings.event);
    if (plan.kind === 'everything') {
        log/* warning */.$e(`discover: ${plan.reason}`);
        return { scope: 'all root modules' };
    }
    if (plan.kind === 'nothing') {
        log/* notice */.lm(`discover: ${plan.reason}`);
        return { changes: [], scope: 'nothing changed' };
    }
    const found = await gitChanges(root, plan.range);
    if ('everything' in found) {
        log/* warning */.$e(`discover: ${found.everything}`);
        return { scope: 'all root modules' };
    }
    log/* info */.pq(`${found.changes.length} changed path(s) between ${found.from} and ${plan.range.head} (${plan.range.label})`);
    return {
        changes: found.changes,
        readBefore: found.readBefore,
        scope: `affected by the ${plan.range.label}`
    };
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

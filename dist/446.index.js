export const id = 446;
export const ids = [446,520];
export const modules = {

/***/ 77520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h1: () => (/* reexport */ MANIFEST_FILE),
  PLAN_ARTIFACT_FILES: () => (/* reexport */ PLAN_ARTIFACT_FILES),
  buildManifest: () => (/* binding */ buildManifest),
  Ng: () => (/* reexport */ parseManifest),
  verifyManifest: () => (/* binding */ verifyManifest),
  verifyManifestFiles: () => (/* binding */ verifyManifestFiles)
});

// UNUSED EXPORTS: MANIFEST_KIND, MANIFEST_SCHEMA_VERSION, ManifestMismatchError, assertManifestShape, hashFile, isSafeArtifactFileName, normalizeWorkingDirectory

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
;// CONCATENATED MODULE: ./src/action/adapters/artifact/manifest-schema.ts


/** The manifest schema version this build writes and the only one it accepts. */
const MANIFEST_SCHEMA_VERSION = 1;
/** Name of the manifest inside the artifact. Reserved: no plan file may use it. */
const MANIFEST_FILE = 'manifest.json';
/** The `kind` tag, so a stray manifest.json from another tool is not mistaken for ours. */
const MANIFEST_KIND = 'infra-guard-plan';
/** Suggested names for the files `plan` puts in the artifact (the manifest accepts any safe name). */
const PLAN_ARTIFACT_FILES = {
    planBinary: 'plan.tfplan',
    planJson: 'plan.json',
    report: 'report.md'
};
const COUNT_KEYS = [
    'add',
    'change',
    'destroy',
    'replace',
    'import',
    'move',
    'forget',
    'create',
    'delete',
    'noop',
    'read',
    'total'
];
const TOP_LEVEL_KEYS = new Set([
    'schemaVersion',
    'kind',
    'createdAt',
    'commitSha',
    'workingDirectory',
    'environment',
    'terraformVersion',
    'counts',
    'risk',
    'files'
]);
/** File names a manifest may list: one path segment of safe characters, never `.` or `..`. */
const SAFE_FILE_NAME = /^(?!\.{1,2}$)[A-Za-z0-9._-]{1,200}$/;
/** Whether `name` is acceptable as a file name inside the plan artifact. */
function isSafeArtifactFileName(name) {
    return SAFE_FILE_NAME.test(name) && name !== MANIFEST_FILE;
}
/** Parses manifest.json text and checks its shape. Throws ArtifactError naming the problem. */
function parseManifest(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ArtifactError */.nE(`${source} is not valid JSON (${error.message}); the plan artifact is damaged. Re-run the plan job.`);
    }
    assertManifestShape(value, source);
    return value;
}
/**
 * Checks that `value` is a manifest of the supported schema version, field by field. Unknown versions,
 * unknown fields and wrong types all fail closed: a gate must not guess what a newer format means.
 */
function assertManifestShape(value, source) {
    const fail = (problem) => {
        throw new errors/* ArtifactError */.nE(`${source} ${problem}; the gate cannot trust this plan artifact. ` +
            'Use the same infra-guard version in the plan and gate jobs, and re-run the plan job.');
    };
    if (!isRecord(value))
        return fail('is not a JSON object');
    if (value.schemaVersion !== MANIFEST_SCHEMA_VERSION) {
        fail(`has schemaVersion ${JSON.stringify(value.schemaVersion)}, but this infra-guard only understands ` +
            `schemaVersion ${MANIFEST_SCHEMA_VERSION}`);
    }
    if (value.kind !== MANIFEST_KIND)
        fail(`has kind ${JSON.stringify(value.kind)}, expected '${MANIFEST_KIND}'`);
    for (const key of Object.keys(value))
        if (!TOP_LEVEL_KEYS.has(key))
            fail(`has an unknown field '${key}'`);
    for (const key of ['createdAt', 'commitSha', 'workingDirectory', 'environment']) {
        if (typeof value[key] !== 'string')
            fail(`field '${key}' must be a string`);
    }
    if (Number.isNaN(Date.parse(value.createdAt)))
        fail(`field 'createdAt' is not a date`);
    if (value.terraformVersion !== undefined && typeof value.terraformVersion !== 'string') {
        fail(`field 'terraformVersion' must be a string`);
    }
    const counts = value.counts;
    if (!isRecord(counts))
        return fail(`field 'counts' must be an object`);
    for (const key of COUNT_KEYS)
        if (!isCount(counts[key]))
            fail(`field 'counts.${key}' must be a whole number >= 0`);
    const risk = value.risk;
    if (!isRecord(risk) || !isRiskLevel(risk.level))
        return fail(`field 'risk.level' must be one of ${constants/* RISK_LEVELS */.WA.join('|')}`);
    if (!Array.isArray(risk.reasons))
        return fail(`field 'risk.reasons' must be a list`);
    for (const reason of risk.reasons) {
        if (!isRecord(reason) ||
            typeof reason.rule !== 'string' ||
            typeof reason.description !== 'string' ||
            !isRiskLevel(reason.level)) {
            fail(`has a malformed entry in 'risk.reasons'`);
        }
    }
    if (!Array.isArray(value.files) || value.files.length === 0)
        return fail(`field 'files' must be a non-empty list`);
    const seen = new Set();
    for (const file of value.files) {
        if (!isRecord(file) || typeof file.name !== 'string')
            return fail(`has a file entry without a name`);
        if (!isSafeArtifactFileName(file.name))
            fail(`lists an unsafe file name ${JSON.stringify(file.name)}`);
        if (seen.has(file.name))
            fail(`lists file '${file.name}' twice`);
        seen.add(file.name);
        if (typeof file.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256)) {
            fail(`has no valid sha256 for file '${file.name}'`);
        }
        if (!isCount(file.size))
            fail(`has no valid size for file '${file.name}'`);
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isCount(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
function isRiskLevel(value) {
    return typeof value === 'string' && constants/* RISK_LEVELS */.WA.includes(value);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/action/adapters/artifact/artifact-files.ts
/**
 * The file side of verification: streamed sha256 hashing, comparing a folder with a manifest's file
 * list, and the error that lists every difference. Pure: no @actions imports.
 */





/** The artifact does not match this run; lists every differing field. */
class ManifestMismatchError extends errors/* ArtifactError */.nE {
    mismatches;
    constructor(mismatches) {
        super('The plan artifact does not match this run, so the gate refuses it:\n' +
            mismatches.map(describeMismatch).join('\n') +
            '\nRe-run the plan job for this commit, working directory and environment' +
            (mismatches.every(m => m.field === 'commitSha')
                ? ', or set allow_stale_plan: true to accept a plan made at another commit.'
                : '.'));
        this.mismatches = mismatches;
    }
}
/** sha256 and size of a file, read as a stream. */
async function hashFile(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(path, {
            highWaterMark: 1024 * 1024
        })) {
            size += chunk.length;
            hash.update(chunk);
        }
    }
    catch (error) {
        throw new errors/* ArtifactError */.nE(`Cannot read '${path}' to hash it for the plan artifact: ${error.message}`);
    }
    return { sha256: hash.digest('hex'), size };
}
/** Synchronous chunked hashing, so verification can stay a plain function without holding files in memory. */
function hashFileSync(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const buffer = Buffer.alloc(1024 * 1024);
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        for (let read = (0,external_node_fs_.readSync)(fd, buffer); read > 0; read = (0,external_node_fs_.readSync)(fd, buffer))
            hash.update(buffer.subarray(0, read));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return hash.digest('hex');
}
/** Every listed file that is missing, not a regular file or changed, and every entry the manifest does not list. */
function compareFiles(manifest, dir) {
    const mismatches = [];
    const listed = new Set(manifest.files.map(f => f.name));
    for (const file of manifest.files) {
        const path = (0,external_node_path_.join)(dir, file.name);
        let kind;
        try {
            kind = (0,external_node_fs_.lstatSync)(path).isFile() ? 'file' : 'other';
        }
        catch {
            kind = 'missing';
        }
        const field = `file:${file.name}`;
        if (kind === 'missing')
            mismatches.push({ field, expected: `sha256 ${file.sha256}`, found: 'no such file' });
        else if (kind === 'other')
            mismatches.push({ field, expected: 'a regular file', found: 'a folder or link' });
        else {
            const actual = hashFileSync(path);
            if (actual !== file.sha256)
                mismatches.push({ field, expected: `sha256 ${file.sha256}`, found: `sha256 ${actual}` });
        }
    }
    // Anything else in the artifact was not hashed by the plan job, so nothing vouches for it.
    for (const entry of listEntries(dir)) {
        if (entry === MANIFEST_FILE || listed.has(entry))
            continue;
        mismatches.push({ field: `file:${entry}`, expected: 'nothing (not listed)', found: 'an unlisted entry' });
    }
    return mismatches;
}
function listEntries(dir, prefix = '') {
    const entries = [];
    for (const entry of (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(dir, prefix), { withFileTypes: true })) {
        const name = prefix ? `${prefix}/${entry.name}` : entry.name;
        entries.push(name);
        if (entry.isDirectory())
            entries.push(...listEntries(dir, name));
    }
    return entries;
}
const IDENTITY_LABELS = {
    commitSha: 'commit SHA',
    workingDirectory: 'working directory',
    environment: 'environment'
};
/** One line per mismatch, saying which side each value comes from. */
function describeMismatch(m) {
    const label = IDENTITY_LABELS[m.field];
    if (label)
        return `- ${label} differs: this run has ${m.expected}, the plan artifact has ${m.found}`;
    return `- file '${m.field.slice('file:'.length)}': manifest says ${m.expected}, artifact has ${m.found}`;
}

;// CONCATENATED MODULE: ./src/action/adapters/artifact/manifest.ts
/**
 * Builds and verifies the plan artifact's manifest: sha256 of every file plus the identity of the
 * run that made the plan (commit, working directory, environment). The gate trusts a downloaded
 * plan only when every file and every identity field matches. Pure: no @actions imports.
 */






/** Hashes every file (streamed, so large plans do not sit in memory) and records the run's identity. */
async function buildManifest(options) {
    const names = new Set();
    for (const file of options.files) {
        if (!isSafeArtifactFileName(file.name)) {
            throw new errors/* ArtifactError */.nE(`Artifact file name '${file.name}' is not allowed: use letters, digits, '.', '_' or '-', ` +
                `no folders, and not '${MANIFEST_FILE}'`);
        }
        if (names.has(file.name))
            throw new errors/* ArtifactError */.nE(`Artifact file name '${file.name}' is given twice`);
        names.add(file.name);
    }
    if (options.files.length === 0)
        throw new errors/* ArtifactError */.nE('A plan artifact needs at least one file');
    const files = [];
    for (const file of options.files) {
        const { sha256, size } = await hashFile(file.path);
        files.push({ name: file.name, sha256, size });
    }
    const manifest = {
        schemaVersion: MANIFEST_SCHEMA_VERSION,
        kind: MANIFEST_KIND,
        createdAt: (options.now ?? new Date()).toISOString(),
        commitSha: options.commitSha,
        workingDirectory: normalizeWorkingDirectory(options.workingDirectory, options.workspace),
        environment: options.environment,
        counts: { ...options.counts },
        risk: typeof options.risk === 'string'
            ? { level: options.risk, reasons: [] }
            : {
                level: options.risk.level,
                reasons: options.risk.reasons.map(r => ({
                    rule: r.rule,
                    level: r.level,
                    description: r.description
                }))
            },
        files
    };
    if (options.terraformVersion)
        manifest.terraformVersion = options.terraformVersion;
    return manifest;
}
/**
 * Checks a downloaded artifact against its manifest and the current run. Throws ArtifactError when
 * the manifest is malformed or of an unknown version, and ManifestMismatchError listing every file
 * that is missing, changed or unexpected and every identity field that differs.
 * `allowStalePlan` relaxes only the commit check; the result records that it did.
 */
function verifyManifest(manifest, dir, expected, options = { allowStalePlan: false }) {
    assertManifestShape(manifest, `${MANIFEST_FILE} in the plan artifact`);
    const mismatches = [];
    let staleCommit;
    if (manifest.commitSha.toLowerCase() !== expected.commitSha.toLowerCase()) {
        if (options.allowStalePlan)
            staleCommit = { planned: manifest.commitSha, current: expected.commitSha };
        else
            mismatches.push({
                field: 'commitSha',
                expected: quote(expected.commitSha),
                found: quote(manifest.commitSha)
            });
    }
    const expectedDir = normalizeWorkingDirectory(expected.workingDirectory, expected.workspace);
    const foundDir = normalizeWorkingDirectory(manifest.workingDirectory);
    if (expectedDir !== foundDir) {
        mismatches.push({ field: 'workingDirectory', expected: quote(expectedDir), found: quote(foundDir) });
    }
    if (manifest.environment !== expected.environment) {
        mismatches.push({
            field: 'environment',
            expected: quote(expected.environment),
            found: quote(manifest.environment)
        });
    }
    mismatches.push(...compareFiles(manifest, dir));
    if (mismatches.length > 0)
        throw new ManifestMismatchError(mismatches);
    return {
        manifest,
        verifiedFiles: manifest.files.map(f => f.name),
        staleRelaxed: staleCommit !== undefined,
        ...(staleCommit ? { staleCommit } : {})
    };
}
/** Checks only the files in `dir` against the manifest (used before upload and by verifyManifest). */
function verifyManifestFiles(manifest, dir) {
    const mismatches = compareFiles(manifest, dir);
    if (mismatches.length > 0)
        throw new ManifestMismatchError(mismatches);
}
/**
 * Makes working directories comparable: forward slashes, no `./`, no trailing slash, `.` for the
 * root; an absolute path inside `workspace` becomes relative to it.
 */
function normalizeWorkingDirectory(dir, workspace) {
    let value = dir.trim().replace(/\\/g, '/');
    if (workspace && (0,external_node_path_.isAbsolute)(value)) {
        const inside = (0,external_node_path_.relative)(workspace, value).replace(/\\/g, '/');
        if (!inside.startsWith('..') && !(0,external_node_path_.isAbsolute)(inside))
            value = inside;
    }
    const normalised = external_node_path_.posix.normalize(value === '' ? '.' : value);
    return normalised.length > 1 ? normalised.replace(/\/+$/, '') : normalised;
}
function quote(value) {
    return value === '' ? '(empty)' : `'${value}'`;
}


/***/ }),

/***/ 13446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadPlanArtifact: () => (/* binding */ downloadPlanArtifact),
/* harmony export */   uploadPlanArtifact: () => (/* binding */ uploadPlanArtifact)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77520);
/**
 * Uploads and downloads the plan artifact with @actions/artifact. The only module that touches the
 * artifact client; it is imported lazily so modes that never use artifacts never load it.
 */






/**
 * Stages the files and manifest.json in a fresh folder and uploads them as one artifact.
 * Throws ArtifactError when the Actions runtime is unavailable or the upload fails.
 */
async function uploadPlanArtifact(options) {
    requireRuntime(`upload the plan artifact '${options.name}'`);
    const listed = new Set(options.manifest.files.map(f => f.name));
    const given = new Set(options.files.map(f => f.name));
    if (listed.size !== given.size || [...given].some(name => !listed.has(name))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtifactError */ .nE(`The files to upload (${[...given].join(', ')}) are not the files the manifest lists ` +
            `(${[...listed].join(', ')}); build the manifest from the same files`);
    }
    const staging = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'infra-guard-artifact-'));
    try {
        const paths = [];
        for (const file of options.files) {
            const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(staging, file.name);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(file.path, target);
            paths.push(target);
        }
        // A file rewritten between hashing and staging would otherwise be uploaded under a stale hash.
        (0,_manifest_js__WEBPACK_IMPORTED_MODULE_5__.verifyManifestFiles)(options.manifest, staging);
        const manifestPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(staging, _manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_FILE */ .h1);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(manifestPath, `${JSON.stringify(options.manifest, null, 2)}\n`);
        paths.push(manifestPath);
        const client = await loadClient();
        let response;
        try {
            response = await client.uploadArtifact(options.name, paths, staging, {
                retentionDays: options.retentionDays
            });
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtifactError */ .nE(`Uploading the plan artifact '${options.name}' failed: ${explain(error)}`);
        }
        if (response.id === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtifactError */ .nE(`Uploading the plan artifact '${options.name}' returned no artifact id`);
        }
        return { id: response.id, size: response.size ?? 0 };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(staging, { recursive: true, force: true });
    }
}
/**
 * Finds the artifact by name in the current workflow run, downloads it into `destination` and reads
 * its manifest. Throws ArtifactError when the artifact is missing, its archive digest differs from the
 * one recorded at upload, or it holds no readable manifest.json.
 */
async function downloadPlanArtifact(options) {
    const { name, destination } = options;
    const timeoutMs = options.timeoutMs ?? _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMIT */ .uK.artifactTimeoutMs;
    requireRuntime(`download the plan artifact '${name}'`);
    await prepareDestination(destination);
    const client = await loadClient();
    let artifact;
    try {
        artifact = (await withDeadline(client.getArtifact(name), timeoutMs, `looking up '${name}'`)).artifact;
    }
    catch (error) {
        if (error instanceof Error && error.name === 'ArtifactNotFoundError') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtifactError */ .nE(`Plan artifact '${name}' was not found in this workflow run. The plan job must upload it first: ` +
                `run infra-guard with mode: plan (and the same artifact_name) in an earlier job of this run, ` +
                `and list that job under needs: of this one.`);
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtifactError */ .nE(`Looking up the plan artifact '${name}' failed: ${explain(error)}`);
    }
    let digestMismatch;
    try {
        const result = await withDeadline(client.downloadArtifact(artifact.id, { path: destination, expectedHash: artifact.digest }), timeoutMs, `downloading '${name}'`);
        digestMismatch = result.digestMismatch;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtifactError */ .nE(`Downloading the plan artifact '${name}' (id ${artifact.id}) failed: ${explain(error)}`);
    }
    if (digestMismatch) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtifactError */ .nE(`The plan artifact '${name}' (id ${artifact.id}) changed after upload: its archive's sha256 differs ` +
            `from the digest recorded when it was uploaded. Re-run the plan job.`);
    }
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(destination, _manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_FILE */ .h1), 'utf8');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtifactError */ .nE(`The artifact '${name}' holds no ${_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_FILE */ .h1}, so it is not an infra-guard plan artifact ` +
            `(or it was damaged). Check artifact_name, or re-run the plan job.`);
    }
    const manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .parseManifest */ .Ng)(text, `${_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_FILE */ .h1} in the plan artifact '${name}'`);
    return { dir: destination, manifest, artifactId: artifact.id };
}
/** Rejects when `work` has not settled after `ms`; the caller turns that into an ArtifactError. */
async function withDeadline(work, ms, what) {
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the artifact service did not respond within ${Math.round(ms / 1000)} s while ${what}`)), ms);
    });
    try {
        return await Promise.race([work, deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** Without these variables the client fails with a bare "Unable to get ..." message; say what to do instead. */
function requireRuntime(action) {
    const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter(key => !process.env[key]);
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtifactError */ .nE(`Cannot ${action}: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set. ` +
            'The artifact service is only reachable from a step of a GitHub Actions job (not from run: scripts ' +
            'or a container started by hand); outside Actions, pass plan_file/plan_json instead.');
    }
}
async function prepareDestination(destination) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(destination, { recursive: true });
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(destination);
    // Leftover files would be reported as unexpected entries by verification; refuse early and clearly.
    if (entries.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtifactError */ .nE(`Download folder '${destination}' is not empty; the plan artifact needs a fresh folder`);
    }
}
async function loadClient() {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(293), __webpack_require__.e(102)]).then(__webpack_require__.bind(__webpack_require__, 24102));
    return new DefaultArtifactClient();
}
function explain(error) {
    if (error instanceof Error && error.name === 'GHESNotSupportedError') {
        return 'GitHub Enterprise Server does not support this artifact service; pass plan_file/plan_json instead';
    }
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};

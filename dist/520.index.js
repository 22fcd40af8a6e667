export const id = 520;
export const ids = [520];
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


/***/ })

};

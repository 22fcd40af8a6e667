export const id = 990;
export const ids = [990];
export const modules = {

/***/ 91990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runValidate: () => (/* binding */ runValidate)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(58592);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/environment.ts
var policy_environment = __webpack_require__(97935);
// EXTERNAL MODULE: ./src/action/adapters/terraform/cli.ts
var cli = __webpack_require__(9390);
;// CONCATENATED MODULE: ./src/action/adapters/terraform/validate.ts
/**
 * The commands `validate` runs: terraform init/fmt/validate, and tflint. Exit codes are returned,
 * not judged: the mode decides what each one means (fmt's 3 is "unformatted files", not a crash).
 */



/** Every exit code counts as a result here; runTerraform still throws when the binary cannot start. */
const ANY_EXIT = Array.from({ length: 256 }, (_, code) => code);
/** `terraform init -backend=false -input=false`: providers and modules only, no state access. */
async function runValidateInit(binary, cwd) {
    return (0,cli/* runTerraform */.Y)(binary, ['init', '-backend=false', '-input=false', '-no-color'], {
        cwd,
        okExitCodes: ANY_EXIT,
        echo: true
    });
}
/** `terraform fmt -check -recursive -diff`: exit 0 clean, 3 (or 1 on older versions) unformatted, 2 syntax errors. */
async function runFmtCheck(binary, cwd) {
    return (0,cli/* runTerraform */.Y)(binary, ['fmt', '-check', '-recursive', '-diff', '-no-color'], {
        cwd,
        okExitCodes: ANY_EXIT
    });
}
/** `terraform validate -json`: exit 1 with JSON on invalid configurations, which is a result, not a crash. */
async function runValidateJson(binary, cwd) {
    return (0,cli/* runTerraform */.Y)(binary, ['validate', '-json', '-no-color'], {
        cwd,
        okExitCodes: ANY_EXIT
    });
}
/** `tflint --format json`: exit 0 clean, 2 issues found, 1 tflint's own error (its JSON says which). */
async function runTflint(tflintPath, cwd) {
    return (0,cli/* runTerraform */.Y)(tflintPath, ['--format', 'json', '--no-color'], {
        cwd,
        okExitCodes: ANY_EXIT
    });
}
/** The first executable called `name` on PATH, like `command -v`. */
function findOnPath(name, env = process.env) {
    if ((0,external_node_path_.isAbsolute)(name))
        return isExecutable(name) ? name : undefined;
    const extensions = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        for (const extension of extensions) {
            const candidate = (0,external_node_path_.join)(dir, name + extension);
            if (isExecutable(candidate))
                return candidate;
        }
    }
    return undefined;
}
function isExecutable(path) {
    try {
        if (!(0,external_node_fs_.statSync)(path).isFile())
            return false;
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/parse/workspace-path.ts
var workspace_path = __webpack_require__(47508);
;// CONCATENATED MODULE: ./src/parse/validate-diagnostics.ts
/**
 * Turns the machine-readable output of `terraform validate -json` and `tflint --format json` into
 * one diagnostic shape whose file paths are relative to the repository root, so that GitHub can
 * place each annotation on the pull request diff. Pure: no I/O, no @actions imports.
 */

/**
 * Reads `terraform validate -json`. Anything that is not the documented document (no `diagnostics`
 * array) becomes one error diagnostic: validation that cannot be read must not pass.
 */
function parseValidateJson(text, paths) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return [unreadable('terraform', 'terraform validate -json did not print JSON', text)];
    }
    const diagnostics = parsed?.diagnostics;
    if (!Array.isArray(diagnostics)) {
        return [unreadable('terraform', 'terraform validate -json printed JSON without a diagnostics list', text)];
    }
    const out = diagnostics.map(entry => fromTerraform(entry, paths));
    const valid = parsed.valid;
    if (valid === false && !out.some(d => d.severity === 'error')) {
        // Terraform said invalid without saying why; keep the verdict.
        out.push(unreadable('terraform', 'terraform validate reported the configuration invalid without an error diagnostic', ''));
    }
    return out;
}
function fromTerraform(entry, paths) {
    const severity = entry.severity === 'warning' ? 'warning' : 'error';
    const summary = typeof entry.summary === 'string' ? entry.summary : 'Terraform diagnostic';
    const detail = typeof entry.detail === 'string' ? entry.detail : '';
    return {
        source: 'terraform',
        severity,
        title: summary,
        message: detail || summary,
        ...validate_diagnostics_location(entry.range, paths)
    };
}
/**
 * Reads `tflint --format json`: `issues` (rule findings) and `errors` (tflint's own failures, which
 * are errors here too: a linter that could not run has not checked anything).
 */
function parseTflintJson(text, paths) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return [unreadable('tflint', 'tflint --format json did not print JSON', text)];
    }
    const record = (parsed ?? {});
    if (!Array.isArray(record.issues)) {
        return [unreadable('tflint', 'tflint --format json printed JSON without an issues list', text)];
    }
    const out = [];
    for (const raw of record.issues) {
        const rule = (raw.rule ?? {});
        const name = typeof rule.name === 'string' ? rule.name : 'tflint';
        const link = typeof rule.link === 'string' && rule.link ? ` (${rule.link})` : '';
        out.push({
            source: 'tflint',
            severity: tflintSeverity(rule.severity),
            title: `tflint: ${name}`,
            message: `${typeof raw.message === 'string' ? raw.message : name}${link}`,
            ...validate_diagnostics_location(raw.range, paths)
        });
    }
    for (const raw of Array.isArray(record.errors) ? record.errors : []) {
        const message = typeof raw.message === 'string' ? raw.message : JSON.stringify(raw);
        out.push({
            source: 'tflint',
            severity: 'error',
            title: 'tflint error',
            message,
            ...validate_diagnostics_location(raw.range, paths)
        });
    }
    return out;
}
function tflintSeverity(value) {
    const word = typeof value === 'string' ? value.toLowerCase() : '';
    if (word === 'error')
        return 'error';
    if (word === 'warning')
        return 'warning';
    return 'notice';
}
/** File and lines when the tool gave a real location (tflint uses an empty filename and line 0 for "none"). */
function validate_diagnostics_location(range, paths) {
    if (!range || typeof range.filename !== 'string' || range.filename === '')
        return {};
    const startLine = positiveInt(range.start?.line);
    if (startLine === undefined)
        return { file: (0,workspace_path/* relativeToWorkspace */.T)(range.filename, paths.repoRoot, paths.moduleDir) };
    const endLine = positiveInt(range.end?.line) ?? startLine;
    const startColumn = positiveInt(range.start?.column);
    const endColumn = positiveInt(range.end?.column);
    return {
        file: (0,workspace_path/* relativeToWorkspace */.T)(range.filename, paths.repoRoot, paths.moduleDir),
        startLine,
        endLine: Math.max(endLine, startLine),
        // GitHub only honours columns on single-line annotations.
        ...(endLine === startLine && startColumn !== undefined ? { startColumn, endColumn } : {})
    };
}
function positiveInt(value) {
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
function unreadable(source, title, text) {
    const excerpt = text.trim().slice(0, 500);
    return { source, severity: 'error', title, message: excerpt ? `${title}. Output began: ${excerpt}` : title };
}
/** Counts by severity (notices count as neither). */
function countDiagnostics(diagnostics) {
    let errors = 0;
    let warnings = 0;
    for (const d of diagnostics) {
        if (d.severity === 'error')
            errors++;
        else if (d.severity === 'warning')
            warnings++;
    }
    return { errors, warnings };
}

;// CONCATENATED MODULE: ./src/parse/fmt-output.ts
/**
 * Reads what `terraform fmt -check -recursive -diff` prints: each unformatted file's name, then
 * (with -diff) a unified diff `--- old/<file>` / `+++ new/<file>` with hunks. Hunk headers carry
 * line counts, so the parser consumes exactly the diff's lines and never mistakes a diff line for a
 * file name (or the other way round). Pure.
 */
const HUNK = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/;
/** Parses fmt's stdout. File names come first; a diff that follows a name is attached to it. */
function parseFmtOutput(stdout) {
    const lines = stdout.replace(/\r\n/g, '\n').split('\n');
    const files = [];
    const byName = new Map();
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        if (line.startsWith('--- old/') && lines[i + 1]?.startsWith('+++ new/')) {
            const name = line.slice('--- old/'.length);
            const [diff, next] = readDiff(lines, i);
            const entry = byName.get(name) ?? addFile(files, byName, name);
            entry.diff = diff;
            i = next;
            continue;
        }
        if (line.trim() !== '' && !byName.has(line))
            addFile(files, byName, line);
        i++;
    }
    return files;
}
function addFile(files, byName, name) {
    const entry = { file: name, diff: '' };
    files.push(entry);
    byName.set(name, entry);
    return entry;
}
/** Reads the two header lines and every hunk that follows; returns the diff text and the next line index. */
function readDiff(lines, start) {
    const out = [lines[start], lines[start + 1]];
    let i = start + 2;
    for (;;) {
        const header = HUNK.exec(lines[i] ?? '');
        if (!header)
            break;
        out.push(lines[i]);
        i++;
        let oldLeft = header[1] === undefined ? 1 : Number(header[1]);
        let newLeft = header[2] === undefined ? 1 : Number(header[2]);
        while (i < lines.length && (oldLeft > 0 || newLeft > 0 || lines[i].startsWith('\\'))) {
            const line = lines[i];
            const kind = line[0];
            if (kind === '-')
                oldLeft--;
            else if (kind === '+')
                newLeft--;
            else if (kind === '\\') {
                // "\ No newline at end of file" belongs to the line before it.
            }
            else {
                // Context lines (" " or an empty line where the trailing space was trimmed) count for both sides.
                oldLeft--;
                newLeft--;
            }
            out.push(line);
            i++;
        }
    }
    return [out.join('\n'), i];
}

// EXTERNAL MODULE: ./src/render/index.ts + 16 modules
var render = __webpack_require__(42191);
// EXTERNAL MODULE: ./src/action/modes/job-summary.ts
var job_summary = __webpack_require__(13051);
;// CONCATENATED MODULE: ./src/action/modes/validate.ts
/**
 * `validate` mode: terraform init (no backend), fmt -check, validate -json and tflint in the root
 * module; every finding becomes an annotation on the file and line it is about, relative to the
 * repository root so that GitHub shows it on the pull request diff.
 */














/** Runs validate; fails the step on errors, and on unformatted files unless fail_on_format is false. */
async function runValidate(inputs) {
    const environment = (0,policy_environment/* resolveEnvironment */.g9)(inputs.environmentRequest);
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.environment, environment.name);
    const repoRoot = (0,external_node_path_.resolve)(inputs.context.workspace);
    const moduleDir = (0,external_node_path_.resolve)(repoRoot, inputs.workingDirectory);
    if (!(0,external_node_fs_.existsSync)(moduleDir) || !(0,external_node_fs_.statSync)(moduleDir).isDirectory()) {
        throw new src_errors/* InputError */.dz(`Input 'working_directory' is '${inputs.workingDirectory}', which is not a directory under '${repoRoot}'; set it to the root module's folder`);
    }
    const paths = { moduleDir, repoRoot };
    const binary = (0,cli/* resolveTerraformBinary */.i)(inputs.terraformBinary);
    const tflintPath = locateTflint(inputs.tflint);
    const init = await log/* group */.Os('terraform init -backend=false', () => runValidateInit(binary, moduleDir));
    const fmt = await log/* group */.Os('terraform fmt -check -recursive -diff', () => runFmtCheck(binary, moduleDir));
    const validated = await log/* group */.Os('terraform validate -json', () => runValidateJson(binary, moduleDir));
    const diagnostics = parseValidateJson(validated.stdout, paths);
    const unformatted = parseFmtOutput(fmt.stdout).map(entry => ({
        file: (0,workspace_path/* relativeToWorkspace */.T)(entry.file, repoRoot, moduleDir),
        diff: entry.diff
    }));
    addToolFailures(diagnostics, init.exitCode, init.stderr, fmt.exitCode, fmt.stderr, unformatted.length);
    if (tflintPath) {
        const linted = await log/* group */.Os('tflint --format json', () => runTflint(tflintPath, moduleDir));
        diagnostics.push(...parseTflintJson(linted.stdout || linted.stderr, paths));
    }
    const { errors, warnings } = countDiagnostics(diagnostics);
    const valid = errors === 0 && (!inputs.failOnFormat || unformatted.length === 0);
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.valid, String(valid));
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.errorCount, String(errors));
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.warningCount, String(warnings));
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.unformattedFiles, JSON.stringify(unformatted.map(entry => entry.file)));
    annotate(diagnostics, unformatted, inputs.failOnFormat);
    const report = {
        directory: (0,workspace_path/* relativeToWorkspace */.T)(inputs.workingDirectory, repoRoot),
        valid,
        diagnostics,
        errorCount: errors,
        warningCount: warnings,
        unformatted,
        failOnFormat: inputs.failOnFormat,
        tflint: tflintPath ? 'ran' : inputs.tflint === 'false' ? 'disabled' : 'not installed'
    };
    await (0,job_summary/* writeJobSummary */.j)((0,render/* renderValidateSummary */.PD)(report));
    if (!valid) {
        const parts = [];
        if (errors > 0)
            parts.push(`${errors} error(s)`);
        if (inputs.failOnFormat && unformatted.length > 0) {
            parts.push(`${unformatted.length} unformatted file(s) (run terraform fmt -recursive, or set fail_on_format: false)`);
        }
        throw new src_errors/* TerraformError */.nC(`Validation failed in '${report.directory}': ${parts.join(', ')}; see the annotations and the job summary`, 1, '');
    }
    log/* info */.pq(log/* own */.ZV `Validation passed: ${warnings} warning(s), ${unformatted.length} unformatted file(s)`);
}
/** tflint: `false` never, `true` required, `auto` when installed. */
function locateTflint(mode) {
    if (mode === 'false')
        return undefined;
    const found = findOnPath('tflint');
    if (!found && mode === 'true') {
        throw new src_errors/* InputError */.dz("Input 'tflint' is 'true' but no tflint executable is on PATH; install it first (for example with terraform-linters/setup-tflint) or set tflint: auto");
    }
    return found;
}
/**
 * A failed init or an fmt that could not parse the files must not pass silently; validate usually
 * reports the same problem with a location, so these are added only when it did not.
 */
function addToolFailures(diagnostics, initExit, initStderr, fmtExit, fmtStderr, unformattedCount) {
    if (diagnostics.some(d => d.severity === 'error'))
        return;
    if (initExit !== 0) {
        diagnostics.push({
            source: 'terraform',
            severity: 'error',
            title: 'terraform init failed',
            message: excerpt(initStderr)
        });
    }
    if (fmtExit !== 0 && unformattedCount === 0) {
        diagnostics.push({
            source: 'fmt',
            severity: 'error',
            title: 'terraform fmt could not check the files',
            message: excerpt(fmtStderr)
        });
    }
}
function excerpt(text) {
    const trimmed = text.trim();
    return trimmed.length > 2000 ? `${trimmed.slice(0, 2000)}…` : trimmed || '(no output)';
}
function annotate(diagnostics, unformatted, failOnFormat) {
    for (const d of diagnostics) {
        const properties = {
            title: d.title,
            file: d.file,
            startLine: d.startLine,
            endLine: d.endLine,
            startColumn: d.startColumn,
            endColumn: d.endColumn
        };
        if (d.severity === 'error')
            log/* error */.z3(d.message, properties);
        else if (d.severity === 'warning')
            log/* warning */.$e(d.message, properties);
        else
            log/* notice */.lm(d.message, properties);
    }
    for (const entry of unformatted) {
        const line = firstChangedLine(entry.diff);
        const properties = { title: 'terraform fmt', file: entry.file, startLine: line, endLine: line };
        const message = 'terraform fmt would change this file; run terraform fmt -recursive (diff in the job summary)';
        if (failOnFormat)
            log/* error */.z3(message, properties);
        else
            log/* warning */.$e(message, properties);
    }
}
/** The old-file line where the first hunk's first change sits, so the annotation points at it. */
function firstChangedLine(diff) {
    const lines = diff.split('\n');
    const start = lines.findIndex(line => line.startsWith('@@ '));
    if (start < 0)
        return 1;
    let line = Number(/^@@ -(\d+)/.exec(lines[start])?.[1] ?? 1);
    for (const text of lines.slice(start + 1)) {
        if (text.startsWith('-') || text.startsWith('+'))
            break;
        line++;
    }
    return Math.max(1, line);
}


/***/ })

};

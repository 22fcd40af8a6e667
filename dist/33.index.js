export const id = 33;
export const ids = [33];
export const modules = {

/***/ 32298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ writeJobSummary)
/* harmony export */ });
/* harmony import */ var _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41745);
/** The job summary, written the same way by every mode. */

/**
 * Appends Markdown to the job summary. Outside a runner (no GITHUB_STEP_SUMMARY) the report is still
 * available through the `summary_markdown` output, so a missing summary file is a notice, not a failure:
 * a gate must never flip its verdict because a report could not be written.
 */
async function writeJobSummary(markdown) {
    try {
        await _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown).write();
    }
    catch (error) {
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.emptyBuffer();
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`The job summary was not written: ${error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ }),

/***/ 80033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runValidate: () => (/* binding */ runValidate)
});

// EXTERNAL MODULE: ./src/toolkit/core.ts + 1 modules
var core = __webpack_require__(41745);
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
// EXTERNAL MODULE: ./src/terraform/cli.ts
var cli = __webpack_require__(40410);
;// CONCATENATED MODULE: ./src/terraform/validate-cli.ts
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
        okExitCodes: ANY_EXIT
    });
}
/** `terraform fmt -check -recursive -diff`: exit 0 clean, 3 (or 1 on older versions) unformatted, 2 syntax errors. */
async function runFmtCheck(binary, cwd) {
    return (0,cli/* runTerraform */.Y)(binary, ['fmt', '-check', '-recursive', '-diff', '-no-color'], {
        cwd,
        okExitCodes: ANY_EXIT,
        silent: true
    });
}
/** `terraform validate -json`: exit 1 with JSON on invalid configurations, which is a result, not a crash. */
async function runValidateJson(binary, cwd) {
    return (0,cli/* runTerraform */.Y)(binary, ['validate', '-json', '-no-color'], {
        cwd,
        okExitCodes: ANY_EXIT,
        silent: true
    });
}
/** `tflint --format json`: exit 0 clean, 2 issues found, 1 tflint's own error (its JSON says which). */
async function runTflint(tflintPath, cwd) {
    return (0,cli/* runTerraform */.Y)(tflintPath, ['--format', 'json', '--no-color'], {
        cwd,
        okExitCodes: ANY_EXIT,
        silent: true
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

;// CONCATENATED MODULE: ./src/validate/diagnostics.ts
/**
 * Turns the machine-readable output of `terraform validate -json` and `tflint --format json` into
 * one diagnostic shape whose file paths are relative to the repository root, so that GitHub can
 * place each annotation on the pull request diff. Pure: no I/O, no @actions imports.
 */

/** Makes a path from terraform/tflint output relative to the repository root (posix separators). */
function toRepoPath(file, paths) {
    const absolute = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(paths.moduleDir, file);
    const fromRoot = (0,external_node_path_.relative)(paths.repoRoot, absolute);
    return fromRoot.split(external_node_path_.sep).join('/');
}
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
        ...diagnostics_location(entry.range, paths)
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
            ...diagnostics_location(raw.range, paths)
        });
    }
    for (const raw of Array.isArray(record.errors) ? record.errors : []) {
        const message = typeof raw.message === 'string' ? raw.message : JSON.stringify(raw);
        out.push({
            source: 'tflint',
            severity: 'error',
            title: 'tflint error',
            message,
            ...diagnostics_location(raw.range, paths)
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
function diagnostics_location(range, paths) {
    if (!range || typeof range.filename !== 'string' || range.filename === '')
        return {};
    const startLine = positiveInt(range.start?.line);
    if (startLine === undefined)
        return { file: toRepoPath(range.filename, paths) };
    const endLine = positiveInt(range.end?.line) ?? startLine;
    const startColumn = positiveInt(range.start?.column);
    const endColumn = positiveInt(range.end?.column);
    return {
        file: toRepoPath(range.filename, paths),
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

;// CONCATENATED MODULE: ./src/validate/fmt-output.ts
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
/** A fence longer than any backtick run inside the text, so file content cannot close it. */
function codeFence(text) {
    const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), match => match[0].length));
    return '`'.repeat(longest + 1);
}

// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(57789);
;// CONCATENATED MODULE: ./src/validate/report.ts
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
        `Module ${(0,render_escape/* inlineCode */.ti)(report.directory)}: ${report.errorCount} error(s), ${report.warningCount} warning(s), ` +
            `${report.unformatted.length} unformatted file(s)${formatNote(report)}. tflint: ${report.tflint}.`,
        ''
    ];
    if (report.diagnostics.length > 0) {
        lines.push('| Severity | Location | Source | Finding |', '| --- | --- | --- | --- |');
        for (const d of report.diagnostics.slice(0, 200)) {
            const where = d.file ? `${d.file}${d.startLine ? `:${d.startLine}` : ''}` : '';
            const finding = (0,render_escape/* truncateText */.EJ)(`${d.title}: ${d.message}`, 300);
            lines.push(`| ${d.severity} | ${where ? (0,render_escape/* inlineCode */.ti)(where) : '–'} | ${d.source} | ${(0,render_escape/* escapeTableCell */.aL)(finding)} |`);
        }
        if (report.diagnostics.length > 200)
            lines.push('', `…and ${report.diagnostics.length - 200} more (see the annotations).`);
        lines.push('');
    }
    if (report.unformatted.length > 0) {
        lines.push('### Unformatted files', '', 'Run `terraform fmt -recursive` to fix them.', '');
        let budget = constants/* LIMIT */.uK.summaryBytes / 2;
        for (const file of report.unformatted) {
            lines.push(`<details><summary>${(0,render_escape/* escapeMarkdown */.FV)(file.file)}</summary>`, '');
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

// EXTERNAL MODULE: ./src/modes/job-summary.ts
var job_summary = __webpack_require__(32298);
;// CONCATENATED MODULE: ./src/modes/validate.ts
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
    const init = await core/* group */.Os('terraform init -backend=false', () => runValidateInit(binary, moduleDir));
    const fmt = await core/* group */.Os('terraform fmt -check -recursive -diff', () => runFmtCheck(binary, moduleDir));
    const validated = await core/* group */.Os('terraform validate -json', () => runValidateJson(binary, moduleDir));
    const diagnostics = parseValidateJson(validated.stdout, paths);
    const unformatted = parseFmtOutput(fmt.stdout).map(entry => ({
        file: toRepoPath(entry.file, paths),
        diff: entry.diff
    }));
    addToolFailures(diagnostics, init.exitCode, init.stderr, fmt.exitCode, fmt.stderr, unformatted.length);
    if (tflintPath) {
        const linted = await core/* group */.Os('tflint --format json', () => runTflint(tflintPath, moduleDir));
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
        directory: (0,external_node_path_.relative)(repoRoot, moduleDir) || '.',
        valid,
        diagnostics,
        errorCount: errors,
        warningCount: warnings,
        unformatted,
        failOnFormat: inputs.failOnFormat,
        tflint: tflintPath ? 'ran' : inputs.tflint === 'false' ? 'disabled' : 'not installed'
    };
    await (0,job_summary/* writeJobSummary */.j)(renderValidateSummary(report));
    if (!valid) {
        const parts = [];
        if (errors > 0)
            parts.push(`${errors} error(s)`);
        if (inputs.failOnFormat && unformatted.length > 0) {
            parts.push(`${unformatted.length} unformatted file(s) (run terraform fmt -recursive, or set fail_on_format: false)`);
        }
        throw new src_errors/* TerraformError */.nC(`Validation failed in '${report.directory}': ${parts.join(', ')}; see the annotations and the job summary`, 1, '');
    }
    core/* info */.pq(`Validation passed: ${warnings} warning(s), ${unformatted.length} unformatted file(s)`);
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
            core/* error */.z3(d.message, properties);
        else if (d.severity === 'warning')
            core/* warning */.$e(d.message, properties);
        else
            core/* notice */.lm(d.message, properties);
    }
    for (const entry of unformatted) {
        const line = firstChangedLine(entry.diff);
        const properties = { title: 'terraform fmt', file: entry.file, startLine: line, endLine: line };
        const message = 'terraform fmt would change this file; run terraform fmt -recursive (diff in the job summary)';
        if (failOnFormat)
            core/* error */.z3(message, properties);
        else
            core/* warning */.$e(message, properties);
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


/***/ }),

/***/ 97935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g9: () => (/* binding */ resolveEnvironment),
/* harmony export */   lF: () => (/* binding */ looksLikeProduction),
/* harmony export */   p0: () => (/* binding */ DEFAULT_ENVIRONMENTS)
/* harmony export */ });
/* unused harmony export FALLBACK_ENVIRONMENT */
/** The built-in environments; a policy file can replace or extend them. */
const DEFAULT_ENVIRONMENTS = {
    dev: { aliases: ['development'], branches: ['develop'], protected: false },
    staging: { aliases: ['stage', 'stg'], branches: ['staging'], protected: false },
    prod: { aliases: ['production', 'prd'], branches: ['main'], protected: true }
};
/** The environment used when nothing else names one. */
const FALLBACK_ENVIRONMENT = 'dev';
/** Resolves the target environment; pure, so the rule is testable without a runner. */
function resolveEnvironment(request, environments = DEFAULT_ENVIRONMENTS) {
    if (request.explicit)
        return canonical(request.explicit, 'input', environments);
    if (request.dispatch)
        return canonical(request.dispatch, 'workflow_dispatch', environments);
    if (request.branch) {
        for (const [name, definition] of Object.entries(environments)) {
            if (definition.branches.some(branch => branchMatches(branch, request.branch))) {
                return { ...canonical(name, 'branch', environments), requested: request.branch };
            }
        }
    }
    return canonical(FALLBACK_ENVIRONMENT, 'default', environments);
}
function canonical(requested, source, environments) {
    const wanted = requested.trim().toLowerCase();
    for (const [name, definition] of Object.entries(environments)) {
        if (name.toLowerCase() === wanted || definition.aliases.some(alias => alias.toLowerCase() === wanted)) {
            return { name, requested, source, protected: definition.protected };
        }
    }
    // Unknown environments are not protected unless their name says production: failing safe here
    // means treating 'Production-EU' like prod rather than like dev.
    return { name: wanted, requested, source, protected: looksLikeProduction(wanted) };
}
/** prod, production, prd, and names built on them (prod-eu, production_us) are production. */
function looksLikeProduction(name) {
    return /(^|[-_./])(prod|production|prd)($|[-_./0-9])/i.test(name);
}
/** Branch patterns allow a trailing `*` (release/*). */
function branchMatches(pattern, branch) {
    if (pattern.endsWith('*'))
        return branch.startsWith(pattern.slice(0, -1));
    return pattern === branch;
}


/***/ }),

/***/ 57789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ truncateText),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   _P: () => (/* binding */ escapeLogLine),
/* harmony export */   aL: () => (/* binding */ escapeTableCell),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* unused harmony export escapeDetailsSummary */
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
/** Control characters, bidirectional overrides and line separators: they reorder or split what the reviewer sees. */
const INVISIBLE_CONTROL = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
/** Zero-width joiner: placed after `@` and `#` in prose so GitHub sees no handle and no issue reference. */
const ZWJ_ENTITY = '&#8205;';
function isAsciiAlphanumeric(char) {
    return char !== undefined && /^[A-Za-z0-9]$/.test(char);
}
/** Makes control and direction characters visible instead of letting them act. */
function describeControl(char) {
    if (char === '\n')
        return '\\n';
    if (char === '\r')
        return '\\r';
    if (char === '\t')
        return '\\t';
    return `\\u${char.codePointAt(0).toString(16).padStart(4, '0')}`;
}
/**
 * Encodes text for an inline Markdown context. `prose` adds a zero-width joiner after `@` and `#`
 * so that even a renderer that decodes references before mention detection sees no handle or issue
 * number; code contexts skip it so copied addresses stay exact (GitHub never links inside `<code>`).
 */
function encodeInline(text, prose) {
    let out = '';
    const chars = Array.from(text);
    for (let i = 0; i < chars.length; i++) {
        const char = chars[i];
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
/** Summary text for `<details><summary>`: prose escaping already prevents `</summary>` and `</details>`. */
function escapeDetailsSummary(text) {
    return escapeMarkdown(text);
}
/**
 * Makes one log line inert for the runner: no line breaks, and nothing the runner parses as a
 * command (`::name::` at the start of a line, the legacy `##[name]` anywhere).
 */
function escapeLogLine(text) {
    let out = '';
    for (const char of Array.from(text)) {
        out += INVISIBLE_CONTROL.test(char) ? describeControl(char) : char;
    }
    // A zero-width space inside every `::` and `##[` breaks the command syntax wherever the runner looks.
    return out.replace(/##\[/g, '##\u200b[').replace(/::/g, ':\u200b:');
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


/***/ }),

/***/ 40410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ runTerraform),
/* harmony export */   i: () => (/* binding */ resolveTerraformBinary)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * The only place that runs the terraform (or tofu) binary. One wrapper, `runTerraform`, returns
 * `{stdout, stderr, exitCode}`; callers decide what an exit code means (plan's 2 is "changes").
 */



/**
 * hashicorp/setup-terraform's wrapper (terraform_wrapper: true) puts a Node script named `terraform`
 * on PATH that adds its own lines to stdout, which corrupts `show -json`. It exports
 * TERRAFORM_CLI_PATH, the folder of the real binary `terraform-bin`: call that one instead.
 */
function resolveTerraformBinary(requested, env = process.env) {
    const wrapperDir = env.TERRAFORM_CLI_PATH;
    if (requested === 'terraform' && wrapperDir) {
        const real = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(wrapperDir, 'terraform-bin');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(real))
            return real;
    }
    return requested;
}
/** Runs one terraform command. Throws TerraformError with terraform's own message on a non-OK exit. */
async function runTerraform(binary, args, options) {
    const okExitCodes = options.okExitCodes ?? [0];
    const file = options.stdoutFile ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(options.stdoutFile) : undefined;
    const stdoutChunks = [];
    const stderrChunks = [];
    let exitCode;
    try {
        // Loaded on first use: a gate reading plan_json never runs the CLI and need not parse this.
        const exec = await __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 81260));
        exitCode = await exec.exec(binary, args, {
            cwd: options.cwd,
            ignoreReturnCode: true,
            silent: options.silent ?? false,
            env: { ...stringEnv(process.env), CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', ...options.env },
            listeners: {
                stdout: (data) => (file ? file.write(data) : stdoutChunks.push(data)),
                stderr: (data) => stderrChunks.push(data)
            }
        });
    }
    catch (error) {
        file?.destroy();
        const detail = error instanceof Error ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TerraformError */ .nC(`Could not run '${binary}': ${detail}. Install Terraform (hashicorp/setup-terraform) or OpenTofu, or set 'terraform_binary' to its path.`, -1, '');
    }
    if (file)
        await new Promise((resolve, reject) => file.end((err) => (err ? reject(err) : resolve())));
    const result = {
        stdout: Buffer.concat(stdoutChunks).toString('utf8'),
        stderr: Buffer.concat(stderrChunks).toString('utf8'),
        exitCode
    };
    if (!okExitCodes.includes(exitCode)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TerraformError */ .nC(`'${binary} ${args[0]}' failed with exit code ${exitCode} in '${options.cwd}':\n${terraformMessage(result)}`, exitCode, result.stderr);
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


/***/ })

};

export const id = 511;
export const ids = [511];
export const modules = {

/***/ 23371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ assertTimeZone),
/* harmony export */   i: () => (/* binding */ checkWindows)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _window_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19006);
/**
 * Deployment windows. The current instant is converted to wall-clock time in the window's IANA
 * time zone with the platform's Intl (so DST changes are handled by the tz database, never by
 * hand-written offsets), then matched against the allow and block specs. The clock is a parameter.
 */


const formatters = new Map();
const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** How far ahead the next opening is searched (minutes). */
const NEXT_OPEN_HORIZON = 14 * 24 * 60;
const NEXT_OPEN_STRIDE = 5;
/** Throws when `timeZone` is not an IANA zone this platform knows. */
function assertTimeZone(timeZone) {
    formatterFor(timeZone);
}
function formatterFor(timeZone) {
    let formatter = formatters.get(timeZone);
    if (!formatter) {
        try {
            formatter = new Intl.DateTimeFormat('en-US', {
                timeZone,
                hourCycle: 'h23',
                year: 'numeric',
                month: 'numeric',
                day: 'numeric',
                hour: 'numeric',
                minute: 'numeric',
                weekday: 'short'
            });
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .pn(`'${timeZone}' is not an IANA time zone (examples: Asia/Seoul, Europe/Berlin, America/New_York, UTC)`);
        }
        formatters.set(timeZone, formatter);
    }
    return formatter;
}
/** Wall-clock time of `instant` in `timeZone`. */
function toLocalTime(instant, timeZone) {
    const parts = {};
    for (const part of formatterFor(timeZone).formatToParts(instant))
        parts[part.type] = part.value;
    const hour = Number(parts.hour) % 24;
    return {
        year: Number(parts.year),
        month: Number(parts.month),
        day: Number(parts.day),
        weekday: WEEKDAY_NAMES.indexOf(parts.weekday),
        minutes: hour * 60 + Number(parts.minute)
    };
}
/** `Thu 2026-01-15 16:59 (Asia/Seoul)` */
function formatLocalTime(local, timeZone) {
    const pad = (value) => String(value).padStart(2, '0');
    const clock = `${pad(Math.floor(local.minutes / 60))}:${pad(local.minutes % 60)}`;
    return `${WEEKDAY_NAMES[local.weekday]} ${local.year}-${pad(local.month)}-${pad(local.day)} ${clock} (${timeZone})`;
}
function compile(windows) {
    assertTimeZone(windows.timezone);
    return {
        timezone: windows.timezone,
        allow: windows.allow.map(_window_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWindowSpec */ .H),
        block: windows.block.map(_window_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWindowSpec */ .H)
    };
}
function statusAt(compiled, instant) {
    const local = toLocalTime(instant, compiled.timezone);
    const blockedBy = compiled.block.find(spec => spec.matches(local));
    if (blockedBy)
        return { open: false, local, blockedBy };
    const allowed = compiled.allow.length === 0 || compiled.allow.some(spec => spec.matches(local));
    return { open: allowed, local };
}
/** Decides whether `now` is inside the deployment windows. */
function checkDeploymentWindow(windows, now) {
    const compiled = compile(windows);
    const current = statusAt(compiled, now);
    const localTime = formatLocalTime(current.local, compiled.timezone);
    if (current.open) {
        const where = compiled.allow.length === 0 ? 'no allow list, and no block applies' : 'inside an allowed window';
        return { open: true, localTime, reason: `${localTime} is ${where}.` };
    }
    const reason = current.blockedBy
        ? `${localTime} falls on blocked period '${current.blockedBy.text}'.`
        : `${localTime} is outside the allowed windows (${compiled.allow.map(spec => `'${spec.text}'`).join(', ')}).`;
    return {
        open: false,
        localTime,
        blockedBy: current.blockedBy?.text,
        reason,
        nextOpen: findNextOpening(compiled, now)
    };
}
/**
 * Steps forward in 5-minute strides (wall-clock aware via Intl) up to the horizon, then walks back
 * minute by minute to the first open minute. Only the hint in the message depends on this; a window
 * shorter than the stride may be missed by the hint, never by the verdict.
 */
function findNextOpening(compiled, now) {
    const start = Math.floor(now.getTime() / 60000) * 60000;
    for (let step = NEXT_OPEN_STRIDE; step <= NEXT_OPEN_HORIZON; step += NEXT_OPEN_STRIDE) {
        if (!statusAt(compiled, new Date(start + step * 60000)).open)
            continue;
        let first = step;
        while (first - 1 > 0 && statusAt(compiled, new Date(start + (first - 1) * 60000)).open)
            first--;
        return formatLocalTime(toLocalTime(new Date(start + first * 60000), compiled.timezone), compiled.timezone);
    }
    return undefined;
}
/**
 * The deployment-window finding: pass inside the windows; outside them deny, or warn when
 * emergency_override is set with a reason.
 */
function checkWindows(context) {
    const rule = 'deployment-window';
    const windows = context.windows;
    if (!windows)
        return {
            rule,
            severity: 'pass',
            addresses: [],
            message: `No deployment windows for '${context.environment}'.`
        };
    const status = checkDeploymentWindow(windows, context.now);
    if (status.open)
        return { rule, severity: 'pass', addresses: [], message: status.reason };
    const reason = context.overrideReason.trim();
    if (context.emergencyOverride && reason !== '') {
        return {
            rule,
            severity: 'warn',
            addresses: [],
            message: `${status.reason} Allowed by emergency_override; reason: ${reason}`
        };
    }
    const next = status.nextOpen ? ` The next window opens ${status.nextOpen}.` : '';
    return {
        rule,
        severity: 'deny',
        addresses: [],
        message: `Outside the deployment window for '${context.environment}': ${status.reason}${next}${context.emergencyOverride
            ? ' emergency_override was set without an override_reason, so it does not apply.'
            : ''}`,
        remedy: 'Deploy inside the window, or re-run with emergency_override=true and a non-empty override_reason (recorded in the summary and outputs).'
    };
}


/***/ }),

/***/ 92511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parsePolicy: () => (/* binding */ parsePolicy)
});

// UNUSED EXPORTS: mergePolicy

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/config/defaults.ts
var defaults = __webpack_require__(823);
// EXTERNAL MODULE: ./src/policy/environment.ts
var policy_environment = __webpack_require__(97935);
// EXTERNAL MODULE: ./src/policy/window-spec.ts
var window_spec = __webpack_require__(19006);
// EXTERNAL MODULE: ./src/policy/checks/windows.ts
var checks_windows = __webpack_require__(23371);
;// CONCATENATED MODULE: ./src/policy/config/policy-semantics.ts
/**
 * Checks the schema cannot express: valid time zones and window specs, unique rule ids, values that
 * fit their operator, rule and environment names that exist, no name claimed by two environments.
 * Each problem names its key path.
 */




/** Returns one message per problem; empty when the merged policy is consistent. */
function checkPolicySemantics(policy, file) {
    return [
        ...checkEnvironmentNames(policy),
        ...checkRefClaims(policy, 'branches'),
        ...checkRefClaims(policy, 'tags'),
        ...checkWindows(file),
        ...checkRules(policy, file),
        ...checkSeverities(policy, file)
    ];
}
function checkEnvironmentNames(policy) {
    const owner = new Map();
    const problems = [];
    for (const [name, environment] of Object.entries(policy.environments)) {
        for (const [index, alias] of environment.aliases.entries()) {
            const problem = (0,policy_environment/* environmentNameProblem */.QP)(alias);
            if (problem)
                problems.push(`'environments.${name}.aliases[${index}]' cannot be a name: ${problem}`);
        }
        for (const label of [name, ...environment.aliases]) {
            const key = (0,policy_environment/* normaliseEnvironmentName */.zT)(label).toLowerCase();
            const previous = owner.get(key);
            if (previous !== undefined && previous !== name) {
                problems.push(`'environments.${name}' claims the name '${label}', which already belongs to environment '${previous}' (built-in aliases: dev → development; staging → stage, stg; prod → production, prd). Configure '${previous}' instead, or give it other aliases`);
            }
            owner.set(key, name);
        }
    }
    return problems;
}
/**
 * A branch (or tag) claimed by two environments would be resolved by the order the environments are
 * listed in; that is how `dev: {branches: ['*']}` used to take main away from prod. Every pair of
 * patterns that some ref matches both of is a problem, the built-in claims (main, staging, develop)
 * included.
 */
function checkRefClaims(policy, kind) {
    const problems = [];
    const claims = Object.entries(policy.environments).flatMap(([name, environment]) => environment[kind].map(pattern => ({ name, pattern })));
    for (let i = 0; i < claims.length; i++) {
        for (let j = i + 1; j < claims.length; j++) {
            const [a, b] = [claims[i], claims[j]];
            if (a.name === b.name || !(0,policy_environment/* refPatternsOverlap */.uW)(a.pattern, b.pattern))
                continue;
            problems.push(`'environments.${b.name}.${kind}' claims '${b.pattern}', which overlaps '${a.pattern}' of environment '${a.name}' (built-in branches: main → prod, staging → staging, develop → dev). A ${kind === 'branches' ? 'branch' : 'tag'} must belong to one environment: remove one of the two, or set '${kind}' of '${a.name}' too${kind === 'branches' ? "; branches no environment claims already go to dev, so '*' is never needed" : ''}`);
        }
    }
    return problems;
}
function checkWindows(file) {
    const problems = [];
    for (const [name, environment] of Object.entries(file.environments ?? {})) {
        const windows = environment?.deployment_windows;
        if (!windows)
            continue;
        const base = `environments.${name}.deployment_windows`;
        try {
            (0,checks_windows/* assertTimeZone */.A)(windows.timezone);
        }
        catch (error) {
            problems.push(`'${base}.timezone': ${error.message}`);
        }
        for (const list of ['allow', 'block']) {
            ;
            (windows[list] ?? []).forEach((spec, index) => {
                try {
                    (0,window_spec/* parseWindowSpec */.H)(spec);
                }
                catch (error) {
                    problems.push(`'${base}.${list}[${index}]': ${error.message}`);
                }
            });
        }
    }
    return problems;
}
function checkRules(policy, file) {
    const problems = [];
    const seen = new Set(defaults/* BUILTIN_RULE_IDS */.Gd);
    const names = environmentLabels(policy);
    (file.rules ?? []).forEach((rule, index) => {
        const at = `rules[${index}]`;
        if (seen.has(rule.id)) {
            const builtin = defaults/* BUILTIN_RULE_IDS */.Gd.includes(rule.id);
            problems.push(`'${at}.id' '${rule.id}' is ${builtin ? 'the id of a built-in rule (change its severity with rule_severity instead)' : 'used by an earlier rule'}; rule ids must be unique`);
        }
        seen.add(rule.id);
        if ((rule.op === 'in' || rule.op === 'not_in') && !Array.isArray(rule.value)) {
            problems.push(`'${at}.value' must be a list for op '${rule.op}'`);
        }
        if ((rule.op === 'exists' || rule.op === 'absent') && rule.value !== undefined) {
            problems.push(`'${at}.value' must be left out for op '${rule.op}'`);
        }
        if (rule.op === 'matches') {
            if (typeof rule.value !== 'string')
                problems.push(`'${at}.value' must be a regular expression string for op 'matches'`);
            else {
                try {
                    new RegExp(rule.value);
                }
                catch (error) {
                    problems.push(`'${at}.value' is not a valid regular expression: ${error.message}`);
                }
            }
        }
        ;
        (rule.environments ?? []).forEach((name, position) => {
            if (!names.has(name.toLowerCase())) {
                problems.push(`'${at}.environments[${position}]' '${name}' is not an environment; known: ${Object.keys(policy.environments).join(', ')}`);
            }
        });
    });
    return problems;
}
function checkSeverities(policy, file) {
    const known = [...defaults/* BUILTIN_RULE_IDS */.Gd, ...policy.rules.map(rule => rule.id)];
    const problems = [];
    const check = (overrides, at) => {
        for (const id of Object.keys(overrides ?? {})) {
            if (!known.includes(id))
                problems.push(`'${at}.${id}' names no rule; known rule ids: ${known.join(', ')}`);
        }
    };
    check(file.rule_severity, 'rule_severity');
    for (const [name, environment] of Object.entries(file.environments ?? {})) {
        check(environment?.rule_severity, `environments.${name}.rule_severity`);
    }
    return problems;
}
function environmentLabels(policy) {
    const labels = new Set();
    for (const [name, environment] of Object.entries(policy.environments)) {
        labels.add(name.toLowerCase());
        environment.aliases.forEach(alias => labels.add((0,policy_environment/* normaliseEnvironmentName */.zT)(alias).toLowerCase()));
    }
    return labels;
}

;// CONCATENATED MODULE: ./src/policy/config/policy-strings.ts
/**
 * Every string of a policy file, keys included, is checked before anything uses it. On a
 * pull_request run the policy file is the pull request's own, so its strings are the attacker's: a
 * line break in an alias is a second log line, a zero-width space makes `prod` and `prod<ZWSP>` two
 * names, a bidi control reorders what a reviewer reads. Control characters (line breaks and tabs too,
 * except in a rule's `message`) and invisible ones (format and default-ignorable characters, line
 * and paragraph separators) are policy errors. The messages name the key path and the character's
 * code point, never the string itself.
 */

/** Invisible or line-breaking characters: refused in every policy string. */
const INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/u;
/** Control characters: refused except `\n` and `\t` in free text. */
const CONTROL = /\p{Cc}/u;
const CONTROL_BUT_LAYOUT = /(?![\n\t])\p{Cc}/u;
/** Keys whose values are free text that may span lines. */
const FREE_TEXT = /^rules\[\d+\]\.message$/;
/** One problem per offending string (key or value), with its key path. */
function checkPolicyStrings(data) {
    const problems = [];
    const stack = [{ value: data, path: '' }];
    while (stack.length > 0) {
        const { value, path } = stack.pop();
        if (typeof value === 'string') {
            const bad = findBad(value, FREE_TEXT.test(path));
            if (bad)
                problems.push(`'${path || '(document)'}' contains ${(0,policy_environment/* describeCharacter */.zQ)(bad)}; remove it`);
        }
        else if (Array.isArray(value)) {
            value.forEach((item, index) => stack.push({ value: item, path: `${path}[${index}]` }));
        }
        else if (value !== null && typeof value === 'object') {
            for (const [key, item] of Object.entries(value)) {
                const at = path === '' ? key : `${path}.${key}`;
                const bad = findBad(key, false);
                if (bad) {
                    problems.push(`the key '${safeKey(key)}' under '${path || '(top level)'}' contains ${(0,policy_environment/* describeCharacter */.zQ)(bad)}; remove it`);
                    continue;
                }
                stack.push({ value: item, path: at });
            }
        }
    }
    return problems.reverse();
}
function findBad(text, freeText) {
    const invisible = INVISIBLE.exec(text);
    if (invisible)
        return invisible[0];
    const control = (freeText ? CONTROL_BUT_LAYOUT : CONTROL).exec(text);
    return control ? control[0] : undefined;
}
/** A key with every character that is not plain printable ASCII replaced, for the message. */
function safeKey(key) {
    return key.replace(/[^\x20-\x7e]/g, '?').replace(/'/g, '?');
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
;// CONCATENATED MODULE: ./src/policy/config/schema.ts
/**
 * The policy file's JSON Schema. It lives here as a TypeScript value so the bundle carries it
 * (no file read relative to the module, which breaks once ncc bundles). schema/infra-guard.schema.json
 * is generated from it for editors; a test fails when the two differ.
 */
const nonEmptyString = { type: 'string', minLength: 1 };
const stringList = { type: 'array', items: nonEmptyString };
const severityOverrides = {
    type: 'object',
    description: 'Rule id → off | warn | deny. Built-in ids: public-database, unencrypted-storage, open-ingress, required-tags.',
    additionalProperties: { enum: ['off', 'warn', 'deny'] }
};
/** The schema object (draft-07, understood by ajv and by editors' YAML language servers). */
const POLICY_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/infra-guard/infra-guard/blob/main/schema/infra-guard.schema.json',
    title: 'infra-guard policy',
    description: 'Policy file for the infra-guard action (.github/infra-guard.yml). Built-in defaults are merged with it.',
    type: 'object',
    additionalProperties: false,
    properties: {
        version: { description: 'Policy format version.', enum: [1] },
        environments: {
            type: 'object',
            description: 'Environments by canonical name; merged key by key with the built-in dev, staging and prod.',
            propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' },
            additionalProperties: { $ref: '#/definitions/environment' }
        },
        protected_resources: {
            ...stringList,
            description: 'Address globs (*, ?, {a,b}) never destroyed or replaced in protected environments, even with force_recreate, unless the exact address is in the allow_destroy input.'
        },
        approvals_by_cost: {
            type: 'array',
            description: 'Approvals required by monthly cost increase; the first matching tier applies.',
            items: { $ref: '#/definitions/costTier' }
        },
        rules: {
            type: 'array',
            description: 'User rules over planned values.',
            items: { $ref: '#/definitions/rule' }
        },
        rule_severity: severityOverrides,
        required_tags: {
            ...stringList,
            description: 'Tags the required-tags rule expects on taggable resources.'
        },
        missing_cost_estimate: {
            description: 'When an environment has a cost ceiling but no infracost_json was given: deny (default) or warn.',
            enum: ['deny', 'warn']
        },
        risk: {
            type: 'object',
            additionalProperties: false,
            properties: {
                data_bearing_types: {
                    ...stringList,
                    description: 'Extra resource types (globs) treated as data-bearing.'
                },
                deletion_threshold: {
                    type: 'integer',
                    minimum: 1,
                    description: 'Deletions in one plan that make the risk critical.'
                },
                critical_approvals: {
                    type: 'integer',
                    minimum: 0,
                    description: 'Minimum approvals for a critical-risk plan.'
                }
            }
        }
    },
    definitions: {
        environment: {
            type: 'object',
            additionalProperties: false,
            properties: {
                aliases: {
                    ...stringList,
                    description: 'Other names that resolve to this environment (case-insensitive).'
                },
                branches: {
                    ...stringList,
                    description: 'Branches deploying to this environment; a trailing * is a prefix match. No branch may be claimed by two environments.'
                },
                tags: {
                    ...stringList,
                    description: 'Tags deploying to this environment (v*); a trailing * is a prefix match. A tag no environment claims deploys to prod.'
                },
                protected: { type: 'boolean', description: 'Destroy/replace needs force_recreate.' },
                max_monthly_cost_increase: {
                    type: 'number',
                    minimum: 0,
                    description: 'Cost ceiling per plan, in the Infracost currency.'
                },
                required_approvals: { type: 'integer', minimum: 0, maximum: 50 },
                resource_limits: {
                    type: 'object',
                    description: 'Type glob → maximum creates of matching types in one plan.',
                    additionalProperties: { type: 'integer', minimum: 0 }
                },
                deployment_windows: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['timezone'],
                    properties: {
                        timezone: {
                            ...nonEmptyString,
                            description: 'IANA time zone, e.g. Asia/Seoul, Europe/Berlin, UTC.'
                        },
                        allow: {
                            ...stringList,
                            description: '"<days> [HH:MM-HH:MM]", e.g. "Mon-Thu 09:00-17:00", "Sat,Sun", "daily 22:00-02:00".'
                        },
                        block: {
                            ...stringList,
                            description: 'Days (optionally with HH:MM-HH:MM): "2026-12-24", "2026-12-24..2026-12-26", "12-25" (every year), "last-fri", "first-mon", "2nd-tue", "Fri 15:00-24:00".'
                        }
                    }
                },
                rule_severity: severityOverrides,
                checklist: { ...stringList, description: 'Extra review checklist items for this environment.' },
                paths: {
                    ...stringList,
                    description: 'discover: globs of root module folders in this environment (*, **, ?, {a,b}), e.g. "environments/prod/**".'
                }
            }
        },
        costTier: {
            type: 'object',
            additionalProperties: false,
            required: ['approvals'],
            oneOf: [{ required: ['up_to'] }, { required: ['above'] }],
            properties: {
                up_to: { type: 'number', description: 'Applies when the monthly increase is at most this.' },
                above: { type: 'number', description: 'Applies when the monthly increase is more than this.' },
                approvals: { type: 'integer', minimum: 0, maximum: 50 },
                requires: {
                    ...stringList,
                    description: 'Checklist items, e.g. business_justification, cto_approval.'
                }
            }
        },
        rule: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'type', 'path', 'op', 'severity', 'message'],
            properties: {
                id: {
                    type: 'string',
                    pattern: '^[a-z0-9][a-z0-9_-]*$',
                    description: 'Lower-case id: letters, digits, - and _.'
                },
                type: {
                    description: 'Resource type glob or list of globs.',
                    anyOf: [nonEmptyString, { type: 'array', minItems: 1, items: nonEmptyString }]
                },
                path: {
                    ...nonEmptyString,
                    description: 'Attribute path: tags.Owner, ingress[*].cidr_blocks, root_block_device[0].encrypted.'
                },
                op: { enum: ['equals', 'not_equals', 'in', 'not_in', 'matches', 'exists', 'absent'] },
                value: { description: 'Expected value (a list for in/not_in, a regular expression for matches).' },
                severity: { enum: ['warn', 'deny'] },
                message: nonEmptyString,
                environments: { ...stringList, description: 'Apply only in these environments; all when omitted.' }
            },
            if: {
                required: ['op'],
                properties: { op: { enum: ['equals', 'not_equals', 'in', 'not_in', 'matches'] } }
            },
            then: { required: ['value'] }
        }
    }
};

;// CONCATENATED MODULE: ./src/policy/config/schema-errors.ts
/**
 * Validates a parsed policy document against POLICY_SCHEMA and turns ajv's errors into messages
 * that name the key path (`environments.prod.deployment_windows.allow[0]`), the line, and the
 * allowed values or keys.
 */


let validator;
function getValidator() {
    // strictTypes/strictRequired off: `if`/`then` and `oneOf` branches name keys declared by their parent.
    if (validator === undefined) {
        validator = new ajv.Ajv({
            allErrors: true,
            verbose: true,
            strict: true,
            strictTypes: false,
            strictRequired: false
        }).compile(POLICY_SCHEMA);
    }
    return validator;
}
/** Returns one message per problem; empty when the document matches the schema. */
function validateAgainstSchema(data, source) {
    const validate = getValidator();
    if (validate(data))
        return [];
    const messages = [];
    for (const error of validate.errors ?? []) {
        const message = describeSchemaError(error, data, source);
        if (message !== undefined && !messages.includes(message))
            messages.push(message);
    }
    return messages;
}
/** `/environments/prod/allow/0` → segments, decoded. */
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map(segment => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** Renders segments as a key path, using the data to tell list indexes from map keys. */
function keyPath(segments, data) {
    let out = '';
    let node = data;
    for (const segment of segments) {
        if (Array.isArray(node))
            out += `[${segment}]`;
        else
            out +=
                out === ''
                    ? String(segment)
                    : /^[A-Za-z0-9_-]+$/.test(String(segment))
                        ? `.${segment}`
                        : `["${segment}"]`;
        node =
            node !== null && typeof node === 'object'
                ? node[segment]
                : undefined;
    }
    return out === '' ? '(top level)' : out;
}
function lineOf(source, segments, key) {
    if (!source)
        return '';
    const path = segments.map(segment => (/^\d+$/.test(segment) ? Number(segment) : segment));
    const node = source.document.getIn(path, true);
    let offset = node?.range?.[0];
    if (key !== undefined && Array.isArray(node?.items)) {
        const pair = node.items.find(item => item.key?.value === key);
        offset = pair?.key?.range?.[0] ?? offset;
    }
    return offset === undefined ? '' : ` (line ${source.lines.linePos(offset).line})`;
}
function shown(value) {
    const text = typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
    return text === undefined ? 'nothing' : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function describeSchemaError(error, data, source) {
    // Branch failures inside oneOf/anyOf and the `if` marker are summarised by their parent error.
    if (/\/(oneOf|anyOf)\/\d+\//.test(error.schemaPath) ||
        error.keyword === 'if' ||
        error.keyword === 'propertyNames') {
        return undefined;
    }
    const segments = pointerSegments(error.instancePath);
    const path = keyPath(segments, data);
    const at = lineOf(source, segments);
    const parent = error.parentSchema;
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const allowed = Object.keys(parent?.properties ?? {});
            const full = keyPath([...segments, key], data);
            return `Unknown key '${full}'${lineOf(source, segments, key)}; allowed keys ${path === '(top level)' ? 'at the top level' : `under '${path}'`}: ${allowed.join(', ')}`;
        }
        case 'required':
            return `'${path}'${at} is missing the required key '${params.missingProperty}'`;
        case 'enum':
            return `'${path}'${at} must be one of ${params.allowedValues.map(String).join(' | ')}; got ${shown(error.data)}`;
        case 'type':
            return `'${path}'${at} must be ${article(String(params.type))}; got ${shown(error.data)}`;
        case 'minimum':
        case 'maximum':
            return `'${path}'${at} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${params.limit}; got ${shown(error.data)}`;
        case 'minLength':
            return `'${path}'${at} must not be empty`;
        case 'minItems':
            return `'${path}'${at} must list at least ${params.limit} item(s)`;
        case 'pattern': {
            const hint = typeof parent?.description === 'string' ? ` (${parent.description})` : '';
            if (error.propertyName !== undefined) {
                return `Name '${error.propertyName}' under '${path}'${lineOf(source, segments, error.propertyName)} must match ${params.pattern}${hint}`;
            }
            return `'${path}'${at} must match ${params.pattern}${hint}; got ${shown(error.data)}`;
        }
        case 'oneOf': {
            const branches = (parent?.oneOf ?? []).flatMap(branch => branch.required ?? []);
            return `'${path}'${at} must set exactly one of ${branches.join(' or ')}`;
        }
        case 'anyOf':
            return `'${path}'${at} must be ${String(parent?.description ?? 'a valid value')
                .replace(/\.$/, '')
                .toLowerCase()}; got ${shown(error.data)}`;
        default:
            return `'${path}'${at} ${error.message ?? 'is invalid'}`;
    }
}
function article(type) {
    const names = {
        object: 'a mapping',
        array: 'a list',
        string: 'a string',
        integer: 'a whole number',
        number: 'a number',
        boolean: 'true or false'
    };
    return type
        .split(',')
        .map(part => names[part] ?? part)
        .join(' or ');
}

;// CONCATENATED MODULE: ./src/policy/config/parse-policy.ts
/**
 * Parses a policy file: YAML → schema validation (every error names its key path) → semantic
 * checks (time zones, window specs, rule ids, regular expressions) → merged over the built-in
 * defaults. It carries the YAML and JSON-Schema stack, so load-policy.ts imports it only when a
 * policy file exists.
 */







/** Parses and validates policy YAML text; pure apart from the file name used in messages. */
function parsePolicy(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
    if (document.errors.length > 0) {
        throw new errors/* PolicyError */.pn(`Policy file '${file}' is not valid YAML: ${document.errors.map(error => error.message.trim()).join('; ')}`);
    }
    let data;
    try {
        data = document.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        throw new errors/* PolicyError */.pn(`Policy file '${file}' cannot be read as YAML data: ${error.message}`);
    }
    // An empty file is a policy that changes nothing.
    if (data === null || data === undefined)
        data = {};
    const problems = checkPolicyStrings(data);
    if (problems.length === 0)
        problems.push(...validateAgainstSchema(data, { document, lines }));
    if (problems.length === 0) {
        const policy = mergePolicy((0,defaults/* defaultPolicy */.G4)(), data);
        problems.push(...checkPolicySemantics(policy, data));
        if (problems.length === 0)
            return policy;
    }
    throw new errors/* PolicyError */.pn(`Policy file '${file}' does not match schema/infra-guard.schema.json (${problems.length} problem(s)):\n${problems.map(problem => `  - ${problem}`).join('\n')}`);
}
/**
 * Merges a validated file over a base policy. Environments merge key by key (a key the file sets
 * replaces the default's value, lists included); new environments named like production are
 * protected unless they say otherwise. Rules append to the built-in ones.
 */
function mergePolicy(base, file) {
    const environments = { ...base.environments };
    for (const [name, settings] of Object.entries(file.environments ?? {})) {
        environments[name] = mergeEnvironment(environments[name] ?? (0,defaults/* emptyEnvironmentPolicy */.vd)((0,policy_environment/* looksLikeProduction */.lF)(name)), settings ?? {});
    }
    const tiers = file.approvals_by_cost?.map(tier => ({
        upTo: tier.up_to,
        above: tier.above,
        approvals: tier.approvals,
        requires: tier.requires ?? []
    }));
    const rules = (file.rules ?? []).map(rule => ({
        id: rule.id,
        types: Array.isArray(rule.type) ? rule.type : [rule.type],
        path: rule.path,
        op: rule.op,
        value: rule.value,
        severity: rule.severity,
        message: rule.message,
        environments: rule.environments ?? []
    }));
    return {
        environments,
        protectedResources: [...base.protectedResources, ...(file.protected_resources ?? [])],
        approvalsByCost: tiers ?? base.approvalsByCost,
        rules: [...base.rules, ...rules],
        ruleSeverity: { ...base.ruleSeverity, ...(file.rule_severity ?? {}) },
        requiredTags: file.required_tags ?? base.requiredTags,
        missingCostEstimate: file.missing_cost_estimate ?? base.missingCostEstimate,
        risk: {
            dataBearingTypes: [...base.risk.dataBearingTypes, ...(file.risk?.data_bearing_types ?? [])],
            deletionThreshold: file.risk?.deletion_threshold ?? base.risk.deletionThreshold,
            criticalApprovals: file.risk?.critical_approvals ?? base.risk.criticalApprovals
        }
    };
}
function mergeAliases(base, extra) {
    const key = (alias) => (0,policy_environment/* normaliseEnvironmentName */.zT)(alias).toLowerCase();
    const seen = new Set(base.map(key));
    return [...base, ...extra.filter(alias => !seen.has(key(alias)) && seen.add(key(alias)))];
}
function mergeEnvironment(base, file) {
    const windows = file.deployment_windows;
    return {
        // Aliases add to the built-in ones: listing `live` for prod must not turn `production` into an
        // unknown environment that silently skips prod's windows, ceilings and approvals.
        aliases: mergeAliases(base.aliases, file.aliases ?? []),
        branches: file.branches ?? base.branches,
        paths: file.paths ?? base.paths,
        tags: file.tags ?? base.tags,
        protected: file.protected ?? base.protected,
        maxMonthlyCostIncrease: file.max_monthly_cost_increase ?? base.maxMonthlyCostIncrease,
        requiredApprovals: file.required_approvals ?? base.requiredApprovals,
        resourceLimits: file.resource_limits ? { ...file.resource_limits } : base.resourceLimits,
        deploymentWindows: windows
            ? { timezone: windows.timezone, allow: windows.allow ?? [], block: windows.block ?? [] }
            : base.deploymentWindows,
        ruleSeverity: { ...base.ruleSeverity, ...(file.rule_severity ?? {}) },
        checklist: file.checklist ?? base.checklist
    };
}


/***/ }),

/***/ 19006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ parseWindowSpec)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * The deployment-window language. A spec is `<days> [HH:MM-HH:MM]`; without a time range it covers
 * the whole day. Days are one of:
 *   weekdays   `Mon-Thu`, `Mon,Wed,Fri`, `Fri-Mon` (wraps), `daily` / `*`
 *   a date     `2026-12-24`, a range `2026-12-24..2026-12-26`
 *   yearly     `12-25`, `12-31..01-02` (wraps the year)
 *   recurring  `last-fri`, `first-mon`, `2nd-tue` … `5th-wed` (n-th weekday of the month)
 * An end time not after the start (`22:00-02:00`) runs into the next day; `24:00` ends at midnight.
 * Pure calendar code: time zones are handled by windows.ts before anything here runs.
 */

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const ORDINALS = {
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    '1st': 1,
    '2nd': 2,
    '3rd': 3,
    '4th': 4,
    '5th': 5,
    last: -1
};
/** What a spec may look like; quoted in every parse error. */
const WINDOW_SPEC_FORMS = '"Mon-Thu 09:00-17:00", "Sat,Sun", "daily 22:00-02:00", "2026-12-24", "2026-12-24..2026-12-26", "12-25", "last-fri", "2nd-tue 10:00-12:00"';
/** Parses one spec; throws an Error whose message says what is wrong and which forms are accepted. */
function parseWindowSpec(text) {
    const trimmed = text.trim();
    const match = /^(\S+)(?:\s+(\d{1,2}:\d{2})-(\d{1,2}:\d{2}))?$/.exec(trimmed);
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .pn(`'${text}' is not a window; expected forms like ${WINDOW_SPEC_FORMS}`);
    const days = parseDays(match[1], text);
    const start = match[2] === undefined ? 0 : parseClock(match[2], text);
    const end = match[3] === undefined ? 1440 : parseClock(match[3], text);
    if (start === 1440)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .pn(`'${text}': a window cannot start at 24:00; use 00:00 of the next day`);
    return {
        text: trimmed,
        matches(local) {
            if (end > start)
                return (local.minutes >= start &&
                    local.minutes < end &&
                    days(local.year, local.month, local.day, local.weekday));
            // Overnight: the part after midnight belongs to the previous day's window.
            if (local.minutes >= start && days(local.year, local.month, local.day, local.weekday))
                return true;
            if (local.minutes < end) {
                const previous = shiftDay(local.year, local.month, local.day, -1);
                return days(previous.year, previous.month, previous.day, (local.weekday + 6) % 7);
            }
            return false;
        }
    };
}
function parseClock(clock, spec) {
    const [hours, minutes] = clock.split(':').map(Number);
    if (hours > 24 || minutes > 59 || (hours === 24 && minutes !== 0)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .pn(`'${spec}': '${clock}' is not a time of day; use HH:MM from 00:00 to 24:00`);
    }
    return hours * 60 + minutes;
}
function parseDays(word, spec) {
    const lower = word.toLowerCase();
    if (lower === 'daily' || lower === '*')
        return () => true;
    let match = /^(\d{4})-(\d{2})-(\d{2})(?:\.\.(\d{4})-(\d{2})-(\d{2}))?$/.exec(lower);
    if (match) {
        const from = dateKey(checkDate(+match[1], +match[2], +match[3], spec));
        const to = match[4] === undefined ? from : dateKey(checkDate(+match[4], +match[5], +match[6], spec));
        if (to < from)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .pn(`'${spec}': the range ends before it starts`);
        return (year, month, day) => {
            const key = year * 10000 + month * 100 + day;
            return key >= from && key <= to;
        };
    }
    match = /^(\d{2})-(\d{2})(?:\.\.(\d{2})-(\d{2}))?$/.exec(lower);
    if (match) {
        const from = monthDayKey(+match[1], +match[2], spec);
        const to = match[3] === undefined ? from : monthDayKey(+match[3], +match[4], spec);
        return (_year, month, day) => {
            const key = month * 100 + day;
            return from <= to ? key >= from && key <= to : key >= from || key <= to;
        };
    }
    match = /^([a-z0-9]+)-([a-z]{3})$/.exec(lower);
    if (match && match[1] in ORDINALS && WEEKDAYS.includes(match[2])) {
        const nth = ORDINALS[match[1]];
        const wanted = WEEKDAYS.indexOf(match[2]);
        return (year, month, day, weekday) => {
            if (weekday !== wanted)
                return false;
            if (nth === -1)
                return day + 7 > daysInMonth(year, month);
            return Math.ceil(day / 7) === nth;
        };
    }
    const set = parseWeekdays(lower);
    if (set)
        return (_year, _month, _day, weekday) => set.has(weekday);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .pn(`'${spec}': '${word}' is not a day selector; expected forms like ${WINDOW_SPEC_FORMS}`);
}
function parseWeekdays(lower) {
    const set = new Set();
    for (const part of lower.split(',')) {
        const [first, last, extra] = part.split('-');
        const a = WEEKDAYS.indexOf(first);
        const b = last === undefined ? a : WEEKDAYS.indexOf(last);
        if (a < 0 || b < 0 || extra !== undefined)
            return undefined;
        for (let day = a;; day = (day + 1) % 7) {
            set.add(day);
            if (day === b)
                break;
        }
    }
    return set;
}
function checkDate(year, month, day, spec) {
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .pn(`'${spec}': ${year}-${pad(month)}-${pad(day)} is not a calendar date`);
    }
    return { year, month, day };
}
function monthDayKey(month, day, spec) {
    // Leap year 2024 so that 02-29 is accepted as a yearly date.
    checkDate(2024, month, day, spec);
    return month * 100 + day;
}
function dateKey(date) {
    return date.year * 10000 + date.month * 100 + date.day;
}
/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function shiftDay(year, month, day, delta) {
    const date = new Date(Date.UTC(year, month - 1, day + delta));
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
function pad(value) {
    return String(value).padStart(2, '0');
}


/***/ })

};

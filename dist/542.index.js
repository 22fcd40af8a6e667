export const id = 542;
export const ids = [542];
export const modules = {

/***/ 63542:
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
// EXTERNAL MODULE: ./src/policy/defaults.ts
var defaults = __webpack_require__(66794);
// EXTERNAL MODULE: ./src/policy/environment.ts
var environment = __webpack_require__(97935);
// EXTERNAL MODULE: ./src/policy/window-spec.ts
var window_spec = __webpack_require__(19006);
// EXTERNAL MODULE: ./src/policy/windows.ts
var policy_windows = __webpack_require__(45983);
;// CONCATENATED MODULE: ./src/policy/policy-semantics.ts
/**
 * Checks the schema cannot express: valid time zones and window specs, unique rule ids, values that
 * fit their operator, rule and environment names that exist, no name claimed by two environments.
 * Each problem names its key path.
 */



/** Returns one message per problem; empty when the merged policy is consistent. */
function checkPolicySemantics(policy, file) {
    return [
        ...checkEnvironmentNames(policy),
        ...checkWindows(file),
        ...checkRules(policy, file),
        ...checkSeverities(policy, file)
    ];
}
function checkEnvironmentNames(policy) {
    const owner = new Map();
    const problems = [];
    for (const [name, environment] of Object.entries(policy.environments)) {
        for (const label of [name, ...environment.aliases]) {
            const key = label.toLowerCase();
            const previous = owner.get(key);
            if (previous !== undefined && previous !== name) {
                problems.push(`'environments.${name}' claims the name '${label}', which already belongs to environment '${previous}' (built-in aliases: dev → development; staging → stage, stg; prod → production, prd). Configure '${previous}' instead, or give it other aliases`);
            }
            owner.set(key, name);
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
            (0,policy_windows/* assertTimeZone */.A3)(windows.timezone);
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
        environment.aliases.forEach(alias => labels.add(alias.toLowerCase()));
    }
    return labels;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
;// CONCATENATED MODULE: ./src/policy/schema.ts
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
                    description: 'Branches deploying to this environment; a trailing * is a prefix match.'
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
                checklist: { ...stringList, description: 'Extra review checklist items for this environment.' }
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

;// CONCATENATED MODULE: ./src/policy/schema-errors.ts
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

;// CONCATENATED MODULE: ./src/policy/parse-policy.ts
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
    const problems = validateAgainstSchema(data, { document, lines });
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
        environments[name] = mergeEnvironment(environments[name] ?? (0,defaults/* emptyEnvironmentPolicy */.vd)((0,environment/* looksLikeProduction */.lF)(name)), settings ?? {});
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
    const seen = new Set(base.map(alias => alias.toLowerCase()));
    return [...base, ...extra.filter(alias => !seen.has(alias.toLowerCase()) && seen.add(alias.toLowerCase()))];
}
function mergeEnvironment(base, file) {
    const windows = file.deployment_windows;
    return {
        // Aliases add to the built-in ones: listing `live` for prod must not turn `production` into an
        // unknown environment that silently skips prod's windows, ceilings and approvals.
        aliases: mergeAliases(base.aliases, file.aliases ?? []),
        branches: file.branches ?? base.branches,
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


/***/ })

};

export const id = 61;
export const ids = [61];
export const modules = {

/***/ 44061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analysePlanFile: () => (/* binding */ analysePlanFile)
});

// UNUSED EXPORTS: createPlanAnalyzer, emptyCounts

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/terraform/json-skim.ts
/**
 * Finds where a JSON container ends while tracking only strings and nesting. Used for values that
 * JSON.parse materialises anyway (plan entries): JSON.parse then does the validating, so the scanner
 * need not check those bytes twice. Strings are crossed with Buffer.indexOf (native memchr), which is
 * why this is several times faster than the validating scan. Resumable across chunks.
 */
class ContainerSkimmer {
    depth = 0;
    inString = false;
    /** The previous chunk ended inside a string with an odd run of backslashes. */
    escaped = false;
    reset() {
        this.depth = 0;
        this.inString = false;
        this.escaped = false;
    }
    /** Scans b[i..n) (the first call starts at the opening bracket); returns the index just past the closing bracket, or -1. */
    skim(b, i, n) {
        let depth = this.depth;
        let inString = this.inString;
        while (i < n) {
            if (inString) {
                if (this.escaped) {
                    this.escaped = false;
                    i++;
                    continue;
                }
                const quote = b.indexOf(0x22, i);
                if (quote === -1 || quote >= n) {
                    this.escaped = oddBackslashesBefore(b, i, n);
                    i = n;
                    break;
                }
                inString = oddBackslashesBefore(b, i, quote);
                i = quote + 1;
                continue;
            }
            const c = b[i++];
            if (c === 0x22)
                inString = true;
            else if (c === 0x7b || c === 0x5b)
                depth++;
            else if ((c === 0x7d || c === 0x5d) && --depth === 0) {
                this.depth = 0;
                this.inString = false;
                return i;
            }
        }
        this.depth = depth;
        this.inString = inString;
        return -1;
    }
}
/** Whether b[from..end) ends with an odd number of backslashes (so b[end] is escaped). */
function oddBackslashesBefore(b, from, end) {
    let k = end - 1;
    while (k >= from && b[k] === 0x5c)
        k--;
    return (end - 1 - k) % 2 === 1;
}

;// CONCATENATED MODULE: ./src/terraform/json-scanner.ts
/**
 * A byte-level JSON scanner fed one Buffer chunk at a time. It validates the whole document with
 * JSON.parse's grammar (RFC 8259) but builds nothing, except the values a hook asks it to capture:
 * their raw bytes are handed over once the value ends. Every state survives a chunk boundary, so a
 * token may be split anywhere, even inside a multi-byte UTF-8 character or an escape.
 * Why hand-written: plans can exceed V8's string limit, and most of a plan (prior_state,
 * planned_values, configuration) only needs to be checked, not built.
 */

/** What a hook wants done with the value that starts. */
const SKIP = 0;
/** Call the hook for this container's members too. */
const DESCEND = 1;
/** Hand the value's bytes to onCapture when it ends. */
const CAPTURE = 2;
/**
 * Like CAPTURE for an object or array that onCapture passes to JSON.parse: only its end is found
 * here (see json-skim.ts); a SyntaxError from onCapture is turned into a positioned JsonSyntaxError.
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
// Scanner states: what the next non-whitespace byte may be.
const VALUE = 0;
const ARRAY_FIRST = 1; // a value or ']'
const OBJECT_FIRST = 2; // a key or '}'
const OBJECT_KEY = 3;
const COLON = 4;
const AFTER_VALUE = 5;
const END = 6;
const IN_STRING = 7;
const IN_NUMBER = 8;
const IN_LITERAL = 9;
const SKIM = 10; // inside a CAPTURE_PARSED container
// Number grammar sub-states: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?
const N_MINUS = 0; // after '-': a digit must follow
const N_ZERO = 1; // leading 0: no more integer digits
const N_INT = 2;
const N_DOT = 3; // after '.': a digit must follow
const N_FRAC = 4;
const N_EXP = 5; // after e/E: sign or digit
const N_EXP_SIGN = 6; // after sign: a digit must follow
const N_EXP_DIGITS = 7;
const OBJECT = 1;
const ARRAY = 2;
const LITERALS = {
    0x74: Buffer.from('true'),
    0x66: Buffer.from('false'),
    0x6e: Buffer.from('null')
};
const EMPTY = Buffer.alloc(0);
const ESCAPES = new Uint8Array(256);
for (const c of '"\\/bfnrt')
    ESCAPES[c.charCodeAt(0)] = 1;
const HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF')
    HEX[c.charCodeAt(0)] = 1;
class JsonScanner {
    hooks;
    state = VALUE;
    stack = new Uint8Array(256);
    depth = 0;
    /** Hooks run for values at depth <= watch. */
    watch = 0;
    /** Absolute offset of the current chunk's first byte. */
    base = 0;
    key;
    inKey = false;
    recordKey = false;
    keyEscaped = false;
    keyStart = 0;
    keyPieces = [];
    /** 0: none; 1: after a backslash; 2..5: hex digits still expected after \u (5 - n left). */
    escape = 0;
    number = N_INT;
    literal = LITERALS[0x74];
    literalAt = 0;
    capturing = false;
    captureDepth = 0;
    captureStart = 0;
    capturePieces = [];
    /** Absolute offset of the captured value's first byte. */
    captureOffset = 0;
    skimmer = new ContainerSkimmer();
    constructor(hooks) {
        this.hooks = hooks;
    }
    /**
     * Scans one chunk. Captured values that end in it are delivered before this returns; the scanner
     * keeps no reference to `b`, so the caller may overwrite it afterwards.
     */
    feed(b) {
        const n = b.length;
        let i = 0;
        // `state` lives in a local on the hot paths below (strings, keys, commas and colons outside the
        // watched depths, which is nearly every byte of a plan); everything else goes through step().
        let state = this.state;
        this.captureStart = 0;
        this.keyStart = 0;
        while (i < n) {
            let c = b[i];
            if (state === IN_STRING && this.escape === 0) {
                while (c !== 0x22 && c !== 0x5c && c >= 0x20) {
                    if (++i === n)
                        break;
                    c = b[i];
                }
                if (i === n)
                    break;
                if (c === 0x22 && !this.recordKey) {
                    i++;
                    if (this.inKey) {
                        this.inKey = false;
                        state = COLON;
                    }
                    else {
                        state = this.depth === 0 ? END : AFTER_VALUE;
                        if (this.capturing && this.depth === this.captureDepth)
                            i = this.completeValue(b, i);
                    }
                    continue;
                }
            }
            else if (state === AFTER_VALUE && c === 0x2c) {
                if (this.stack[this.depth - 1] === OBJECT) {
                    state = OBJECT_KEY;
                }
                else {
                    state = VALUE;
                    this.key = undefined;
                }
                i++;
                continue;
            }
            else if (state === COLON && c === 0x3a) {
                state = VALUE;
                i++;
                continue;
            }
            else if (c === 0x22 && this.depth > this.watch) {
                if (state === VALUE || state === ARRAY_FIRST) {
                    state = IN_STRING;
                    this.inKey = false;
                    this.recordKey = false;
                    i++;
                    continue;
                }
                if (state === OBJECT_KEY || state === OBJECT_FIRST) {
                    state = IN_STRING;
                    this.inKey = true;
                    this.recordKey = false;
                    this.key = undefined;
                    i++;
                    continue;
                }
            }
            this.state = state;
            i = this.step(b, i, n);
            state = this.state;
        }
        this.state = state;
        // Copies, so that the caller may reuse `b` for the next read (keeps memory at one chunk).
        if (this.capturing)
            this.capturePieces.push(Buffer.from(b.subarray(this.captureStart, n)));
        if (this.inKey && this.recordKey)
            this.keyPieces.push(Buffer.from(b.subarray(this.keyStart, n)));
        this.base += n;
    }
    /** One step of the general state machine from `i`; returns where it stopped. */
    step(b, i, n) {
        switch (this.state) {
            case IN_STRING:
                return this.scanString(b, i, n);
            case AFTER_VALUE:
                return this.afterValue(b, i, n);
            case VALUE:
            case ARRAY_FIRST:
                return this.startValue(b, i, n);
            case IN_NUMBER:
                return this.scanNumber(b, i, n);
            case IN_LITERAL:
                return this.scanLiteral(b, i, n);
            case SKIM: {
                const end = this.skimmer.skim(b, i, n);
                return end === -1 ? n : this.completeParsed(b, end);
            }
            case OBJECT_FIRST:
            case OBJECT_KEY:
                return this.startKey(b, i, n);
            case COLON:
                i = skipSpace(b, i, n);
                if (i === n)
                    return n;
                if (b[i] !== 0x3a)
                    this.fail(b, i, "expected ':' after an object key");
                this.state = VALUE;
                return i + 1;
            default:
                i = skipSpace(b, i, n);
                if (i < n)
                    throw new JsonSyntaxError(this.base + i, 'trailing', 'content after the end of the JSON document');
                return n;
        }
    }
    /** Declares the input complete; throws if the document is unfinished. */
    end() {
        if (this.state === IN_NUMBER && this.depth === 0 && this.numberComplete()) {
            // A bare top-level number only ends with the input.
            this.captureStart = 0;
            this.completeValue(EMPTY, 0);
        }
        if (this.state === END)
            return;
        if (this.state === SKIM)
            this.locateError(Buffer.concat(this.capturePieces), this.captureOffset);
        const empty = this.state === VALUE && this.depth === 0;
        throw new JsonSyntaxError(this.base, empty ? 'empty' : 'truncated', 'the JSON document ends early');
    }
    startValue(b, i, n) {
        i = skipSpace(b, i, n);
        if (i === n)
            return n;
        const c = b[i];
        if (this.state === ARRAY_FIRST && c === 0x5d)
            return this.close(b, i, ARRAY);
        if (this.depth <= this.watch) {
            const action = this.hooks.onValueStart(this.depth, this.key, c);
            this.watch = action === DESCEND ? this.depth + 1 : this.depth;
            if (action === CAPTURE || action === CAPTURE_PARSED) {
                this.capturing = true;
                this.captureDepth = this.depth;
                this.captureStart = i;
                this.captureOffset = this.base + i;
                this.capturePieces = [];
                if (action === CAPTURE_PARSED && (c === 0x7b || c === 0x5b)) {
                    this.state = SKIM;
                    this.skimmer.reset();
                    return i;
                }
            }
        }
        if (c === 0x7b || c === 0x5b) {
            if (this.depth === this.stack.length)
                this.growStack();
            this.stack[this.depth++] = c === 0x7b ? OBJECT : ARRAY;
            this.state = c === 0x7b ? OBJECT_FIRST : ARRAY_FIRST;
            this.key = undefined;
        }
        else if (c === 0x22) {
            this.state = IN_STRING;
            this.inKey = false;
            this.recordKey = false;
        }
        else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
            this.state = IN_NUMBER;
            this.number = c === 0x2d ? N_MINUS : c === 0x30 ? N_ZERO : N_INT;
        }
        else if (LITERALS[c] !== undefined) {
            this.state = IN_LITERAL;
            this.literal = LITERALS[c];
            this.literalAt = 1;
        }
        else {
            this.fail(b, i, 'expected a JSON value');
        }
        return i + 1;
    }
    startKey(b, i, n) {
        i = skipSpace(b, i, n);
        if (i === n)
            return n;
        const c = b[i];
        if (c === 0x7d && this.state === OBJECT_FIRST)
            return this.close(b, i, OBJECT);
        if (c !== 0x22)
            this.fail(b, i, 'expected a double-quoted object key');
        this.state = IN_STRING;
        this.inKey = true;
        this.recordKey = this.depth <= this.watch;
        this.key = undefined;
        this.keyEscaped = false;
        this.keyStart = i + 1;
        this.keyPieces = [];
        return i + 1;
    }
    scanString(b, i, n) {
        while (i < n) {
            if (this.escape !== 0) {
                i = this.scanEscape(b, i, n);
                continue;
            }
            let c = 0;
            while (i < n) {
                c = b[i];
                if (c === 0x22 || c === 0x5c || c < 0x20)
                    break;
                i++;
            }
            if (i === n)
                return n;
            if (c === 0x22)
                return this.endString(b, i);
            if (c === 0x5c) {
                this.escape = 1;
                this.keyEscaped = true;
                i++;
            }
            else {
                this.fail(b, i, 'control character inside a string (must be escaped)');
            }
        }
        return i;
    }
    scanEscape(b, i, n) {
        while (i < n && this.escape !== 0) {
            const c = b[i];
            if (this.escape === 1) {
                if (c === 0x75)
                    this.escape = 2;
                else if (ESCAPES[c] === 1)
                    this.escape = 0;
                else
                    this.fail(b, i, 'invalid escape sequence in a string');
            }
            else {
                if (HEX[c] !== 1)
                    this.fail(b, i, 'invalid \\u escape in a string (4 hex digits expected)');
                this.escape = this.escape === 5 ? 0 : this.escape + 1;
            }
            i++;
        }
        return i;
    }
    endString(b, i) {
        if (!this.inKey)
            return this.completeValue(b, i + 1);
        this.state = COLON;
        this.inKey = false;
        if (this.recordKey) {
            const last = b.subarray(this.keyStart, i);
            const raw = this.keyPieces.length === 0 ? last : Buffer.concat([...this.keyPieces, last]);
            this.key = this.keyEscaped ? JSON.parse(`"${raw.toString('utf8')}"`) : raw.toString('utf8');
            this.keyPieces = [];
        }
        return i + 1;
    }
    scanNumber(b, i, n) {
        for (; i < n; i++) {
            const c = b[i];
            const digit = c >= 0x30 && c <= 0x39;
            switch (this.number) {
                case N_MINUS:
                    if (!digit)
                        this.fail(b, i, 'a digit must follow "-"');
                    this.number = c === 0x30 ? N_ZERO : N_INT;
                    continue;
                case N_INT:
                case N_ZERO:
                    // After the integer part (or a leading zero, which must stand alone): '.', an exponent, or the end.
                    if (digit && this.number === N_INT)
                        continue;
                    if (c === 0x2e)
                        this.number = N_DOT;
                    else if (c === 0x65 || c === 0x45)
                        this.number = N_EXP;
                    else if (digit)
                        this.fail(b, i, 'a number must not have leading zeros');
                    else
                        return this.completeValue(b, i);
                    continue;
                case N_DOT:
                    if (!digit)
                        this.fail(b, i, 'a digit must follow the decimal point');
                    this.number = N_FRAC;
                    continue;
                case N_FRAC:
                    if (digit)
                        continue;
                    if (c === 0x65 || c === 0x45)
                        this.number = N_EXP;
                    else
                        return this.completeValue(b, i);
                    continue;
                case N_EXP:
                    if (c === 0x2b || c === 0x2d)
                        this.number = N_EXP_SIGN;
                    else if (digit)
                        this.number = N_EXP_DIGITS;
                    else
                        this.fail(b, i, 'a digit must follow the exponent');
                    continue;
                case N_EXP_SIGN:
                    if (!digit)
                        this.fail(b, i, 'a digit must follow the exponent sign');
                    this.number = N_EXP_DIGITS;
                    continue;
                default:
                    if (!digit)
                        return this.completeValue(b, i);
            }
        }
        return i;
    }
    numberComplete() {
        return (this.number === N_ZERO ||
            this.number === N_INT ||
            this.number === N_FRAC ||
            this.number === N_EXP_DIGITS);
    }
    scanLiteral(b, i, n) {
        const literal = this.literal;
        for (; i < n; i++) {
            if (b[i] !== literal[this.literalAt])
                this.fail(b, i, `invalid literal (expected '${literal.toString()}')`);
            if (++this.literalAt === literal.length)
                return this.completeValue(b, i + 1);
        }
        return i;
    }
    close(b, i, kind) {
        if (this.stack[this.depth - 1] !== kind)
            this.fail(b, i, kind === OBJECT ? "unexpected '}'" : "unexpected ']'");
        this.depth--;
        return this.completeValue(b, i + 1);
    }
    /** A value ended just before `end`; deliver a capture that ends here and expect what follows. */
    completeValue(b, end) {
        this.state = this.depth === 0 ? END : AFTER_VALUE;
        if (this.capturing && this.depth === this.captureDepth) {
            this.capturing = false;
            const last = b.subarray(this.captureStart, end);
            const bytes = this.capturePieces.length === 0 ? last : Buffer.concat([...this.capturePieces, last]);
            this.capturePieces = [];
            this.hooks.onCapture(this.depth, bytes);
        }
        return end;
    }
    /** A CAPTURE_PARSED container ended just before `end`: hand it over; position a JSON.parse failure. */
    completeParsed(b, end) {
        // The bytes are joined again only on the error path (completeValue joins them for the hook).
        const pieces = this.capturePieces;
        const start = this.captureStart;
        try {
            return this.completeValue(b, end);
        }
        catch (error) {
            if (error instanceof SyntaxError) {
                const last = b.subarray(start, end);
                this.locateError(pieces.length === 0 ? last : Buffer.concat([...pieces, last]), this.captureOffset);
            }
            throw error;
        }
    }
    /** Validates skimmed bytes to find where they break JSON; throws that position (returns if none). */
    locateError(bytes, offset) {
        const validator = new JsonScanner({ onValueStart: () => SKIP, onCapture() { } });
        try {
            validator.feed(bytes);
        }
        catch (error) {
            if (error instanceof JsonSyntaxError)
                throw new JsonSyntaxError(offset + error.offset, 'syntax', error.message);
            throw error;
        }
    }
    afterValue(b, i, n) {
        i = skipSpace(b, i, n);
        if (i === n)
            return n;
        const c = b[i];
        const inObject = this.stack[this.depth - 1] === OBJECT;
        if (c === 0x2c) {
            this.state = inObject ? OBJECT_KEY : VALUE;
            if (!inObject)
                this.key = undefined;
            return i + 1;
        }
        if (c === 0x7d || c === 0x5d)
            return this.close(b, i, c === 0x7d ? OBJECT : ARRAY);
        return this.fail(b, i, inObject ? "expected ',' or '}' after an object member" : "expected ',' or ']' after an array element");
    }
    growStack() {
        const bigger = new Uint8Array(this.stack.length * 2);
        bigger.set(this.stack);
        this.stack = bigger;
    }
    fail(b, i, message) {
        const c = b[i];
        const shown = c >= 0x20 && c < 0x7f ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16).padStart(2, '0')}`;
        throw new JsonSyntaxError(this.base + i, 'syntax', `${message}, found ${shown}`);
    }
}
function skipSpace(b, i, n) {
    while (i < n) {
        const c = b[i];
        if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)
            break;
        i++;
    }
    return i;
}

;// CONCATENATED MODULE: ./src/terraform/plan-validate.ts
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
    'output_changes'
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
/** Names of root variables declared `sensitive = true`, from a parsed `configuration` value. */
function collectSensitiveVariables(configuration) {
    const root = configuration?.root_module;
    const variables = root?.variables;
    if (kindOf(variables) !== 'an object')
        return [];
    return Object.entries(variables)
        .filter(([, declaration]) => declaration?.sensitive === true)
        .map(([name]) => name);
}

;// CONCATENATED MODULE: ./src/terraform/plan-collector.ts
/**
 * The plan-specific half of the streaming reader: scanner hooks that pick out the header fields,
 * hand each resource_changes / resource_drift entry to the visitor as soon as it ends, and read
 * `configuration.root_module.variables.*.sensitive` while everything else in `configuration` (and all
 * of planned_values / prior_state) is only scanned.
 */



const HEADER = new Set(HEADER_KEYS);
const SECTIONS = new Set(['resource_changes', 'resource_drift']);
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
/** What a document that does not start with '{' is, from its first byte. */
function describeFirstByte(c) {
    if (c === OPEN_BRACKET)
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
    constructor(file, visitor) {
        this.file = file;
        this.visitor = visitor;
    }
    onValueStart(depth, key, firstByte) {
        switch (depth) {
            case 0:
                if (firstByte === OPEN_BRACE)
                    return DESCEND;
                this.notObject = describeFirstByte(firstByte);
                return SKIP;
            case 1:
                return this.onMember(key, firstByte);
            case 2:
                // Entries are JSON.parse'd right away, which validates them: the scanner only finds their end.
                if (SECTIONS.has(this.member))
                    return CAPTURE_PARSED;
                // Only configuration is descended into below depth 1.
                if (key === 'root_module' && firstByte === OPEN_BRACE) {
                    this.sensitive.clear();
                    return DESCEND;
                }
                return SKIP;
            case 3:
                if (key === 'variables' && firstByte === OPEN_BRACE) {
                    this.sensitive.clear();
                    return DESCEND;
                }
                return SKIP;
            case 4:
                this.variable = key;
                this.sensitive.set(this.variable, false);
                return firstByte === OPEN_BRACE ? DESCEND : SKIP;
            default:
                return key === 'sensitive' ? CAPTURE : SKIP;
        }
    }
    onMember(key, firstByte) {
        if (this.keys.has(key)) {
            throw new errors/* PlanReadError */.Ap(this.file, `the top-level key '${key}' appears twice; terraform never writes that`);
        }
        this.keys.add(key);
        this.member = key;
        if (HEADER.has(key))
            return CAPTURE;
        if (SECTIONS.has(key)) {
            this.index = 0;
            return firstByte === OPEN_BRACKET ? DESCEND : CAPTURE;
        }
        if (key === 'configuration')
            return firstByte === OPEN_BRACE ? DESCEND : SKIP;
        return SKIP;
    }
    onCapture(depth, bytes) {
        const value = JSON.parse(bytes.toString('utf8'));
        if (depth === 2) {
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
            this.values.set(this.member, value);
        }
        else {
            this.sensitive.set(this.variable, value === true);
        }
    }
    /** After the whole document was scanned: is it a plan? Returns its header. */
    finish() {
        if (this.notObject) {
            throw new errors/* PlanReadError */.Ap(this.file, `the JSON document is ${this.notObject}, not an object, so it is not a plan`);
        }
        const get = (key) => this.values.get(key);
        checkPlanShape(this.file, this.keys, get);
        const names = [...this.sensitive].filter(([, isSensitive]) => isSensitive).map(([name]) => name);
        return pickHeader(get, names);
    }
}

;// CONCATENATED MODULE: ./src/terraform/plan-reader.ts
/**
 * The one plan reader every mode uses. It streams the file in Buffer chunks through a validating
 * byte scanner, materialises one resource_changes / resource_drift entry at a time and returns the
 * small top-level fields, so memory is bounded by the largest entry, not by the file (plans can be
 * larger than V8's maximum string). Every kind of bad input becomes a PlanReadError naming the file.
 */





const DEFAULT_CHUNK = 1 << 20;
/** readPlanDocument holds the whole text; refuse before V8's string limit turns into an opaque error. */
const MAX_DOCUMENT_BYTES = (/* unused pure expression or super */ null && (256 << 20));
/**
 * Streams the file; calls visitor.onResourceChange for each resource_changes entry and
 * visitor.onResourceDrift for each resource_drift entry, in file order; resolves with the top-level
 * header fields. Throws PlanReadError (src/errors.ts) naming the file. The visitor may already have
 * seen entries when a later part of the file turns out to be bad: discard its results on a throw.
 */
async function readPlanFile(path, visitor, options = {}) {
    const handle = await openPlan(path);
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new errors/* PlanReadError */.Ap(path, 'this is not a regular file (a directory?); expected plan JSON');
        const size = stat.size;
        const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
        const head = Buffer.alloc(Math.min(size, 4096));
        await handle.read(head, 0, head.length, 0);
        const skip = sniffPlanStart(head, path, size);
        const start = head.toString('utf8', skip).trimStart();
        if (start !== '')
            checkDocumentStart(path, start);
        const collector = new PlanCollector(path, visitor);
        const scanner = new JsonScanner(collector);
        try {
            // One buffer for every read: a fresh 1 MiB Buffer per read piles up as garbage outside V8's
            // heap until a major GC, which was most of the peak RSS on a gigabyte plan.
            const chunk = Buffer.allocUnsafe(Math.max(1, Math.min(chunkSize, size - skip)));
            for (let position = skip; position < size;) {
                const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, size - position), position);
                if (bytesRead === 0)
                    break;
                scanner.feed(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
                position += bytesRead;
            }
            scanner.end();
        }
        catch (error) {
            if (error instanceof JsonSyntaxError)
                throw await describeSyntaxError(path, handle, error);
            throw error;
        }
        return collector.finish();
    }
    finally {
        await handle.close();
    }
}
/** Reads a whole plan into memory (tests and small plans); same validation and errors. */
async function readPlanDocument(path, options = {}) {
    const changes = [];
    const header = await readPlanFile(path, { onResourceChange: entry => changes.push(entry) }, options);
    const handle = await openPlan(path);
    try {
        const size = (await handle.stat()).size;
        if (size > MAX_DOCUMENT_BYTES) {
            throw new PlanReadError(path, `the plan is ${size} bytes, too large to hold in memory; use readPlanFile`);
        }
        const bytes = await handle.readFile();
        const skip = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
        // The scan above validated the document, so this parse cannot fail.
        const parsed = JSON.parse(bytes.toString('utf8', skip));
        return { ...parsed, sensitive_variables: header.sensitive_variables };
    }
    finally {
        await handle.close();
    }
}
async function openPlan(path) {
    try {
        return await (0,promises_.open)(path, 'r');
    }
    catch (error) {
        throw new errors/* PlanReadError */.Ap(path, `the file cannot be read (${error.message}); check the path and the step that wrote it`);
    }
}
/** Words a scanner error with its line and column (found by a second pass; error path only). */
async function describeSyntaxError(path, handle, error) {
    const where = await locateOffset(handle, error.offset);
    switch (error.reason) {
        case 'empty':
            return new errors/* PlanReadError */.Ap(path, 'the file holds only whitespace; expected plan JSON');
        case 'truncated':
            return new errors/* PlanReadError */.Ap(path, `the JSON ends early at ${where}; the file is truncated. Regenerate it with \`terraform show -json <planfile>\`.`);
        case 'trailing': {
            const tail = Buffer.alloc(200);
            const { bytesRead } = await handle.read(tail, 0, tail.length, error.offset);
            return describeTrailing(path, tail.toString('utf8', 0, bytesRead), where);
        }
        default:
            return new errors/* PlanReadError */.Ap(path, `invalid JSON at ${where}: ${error.message}`);
    }
}
async function locateOffset(handle, offset) {
    let line = 1;
    let lineStart = 0;
    const chunk = Buffer.allocUnsafe(DEFAULT_CHUNK);
    for (let position = 0; position < offset;) {
        const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, offset - position), position);
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

;// CONCATENATED MODULE: ./src/terraform/plan-types.ts
/**
 * The subset of Terraform's / OpenTofu's machine-readable plan (`terraform show -json`) that
 * infra-guard reads. Field names follow the upstream JSON exactly. Everything is optional where
 * some format_version (0.1 .. 1.x) may omit it; the reader validates shape before analysis sees it.
 */
/** The action verbs Terraform has used in `change.actions` so far. Anything else is unknown and fails the gate closed. */
const KNOWN_ACTIONS = ['no-op', 'create', 'read', 'update', 'delete', 'forget'];

;// CONCATENATED MODULE: ./src/analysis/sensitive-values.ts
/**
 * Finding secrets in plan values. Terraform marks sensitive values with `before_sensitive` /
 * `after_sensitive` trees that mirror the value; a `true` at any level covers everything below it.
 * Providers do not always mark what is secret (terraform_data's `output` mirrors a sensitive `input`
 * unmarked), so values under keys that look secret are treated as sensitive too.
 */
/** Fragments of attribute names that hold secrets; matched against the key lower-cased without `_`/`-`. */
const SECRET_KEY_FRAGMENTS = [
    'password',
    'passwd',
    'passphrase',
    'secret',
    'token',
    'privatekey',
    'apikey',
    'accesskey',
    'secretkey',
    'clientsecret',
    'credential',
    'connectionstring',
    'sastoken',
    'masterkey',
    'primarykey',
    'secondarykey',
    'sharedkey',
    'signingkey',
    'encryptionkey',
    'authkey'
];
/** Deeper values are not walked: Terraform never nests this far, and a hostile plan must not overflow the stack. */
const MAX_WALK_DEPTH = 100;
/**
 * Answers for key names already seen. Plans repeat the same few hundred attribute names across every
 * entry, and every key of every value is asked about, so the answer is looked up rather than worked
 * out again. Bounded: a hostile plan with millions of distinct keys only stops being cached.
 */
const secretKeyCache = new Map();
const SECRET_KEY_CACHE_SIZE = 20_000;
/** True when an attribute (or map key) name looks like it holds a secret, e.g. `db_password`, `Client-Secret`. */
function isSecretKey(key) {
    if (typeof key !== 'string')
        return false;
    const cached = secretKeyCache.get(key);
    if (cached !== undefined)
        return cached;
    const plain = key.toLowerCase().replace(/[_\-\s.]/g, '');
    const secret = SECRET_KEY_FRAGMENTS.some(fragment => plain.includes(fragment));
    if (secretKeyCache.size < SECRET_KEY_CACHE_SIZE)
        secretKeyCache.set(key, secret);
    return secret;
}
/** The child of a sensitivity/unknown mark tree: `true` covers all children; otherwise index into it. */
function childMark(mark, key) {
    if (mark === true)
        return true;
    if (mark === null || typeof mark !== 'object')
        return undefined;
    return mark[key];
}
/** Adds every non-empty string in `value` to `sink` (numbers and booleans are too short to scrub safely). */
function addAllStrings(value, sink, depth = 0) {
    if (depth > MAX_WALK_DEPTH)
        return;
    if (typeof value === 'string') {
        if (value !== '')
            sink.add(value);
        return;
    }
    if (value === null || typeof value !== 'object')
        return;
    for (const child of Object.values(value))
        addAllStrings(child, sink, depth + 1);
}
/**
 * Walks `value` with its sensitivity mark tree and adds every string that is marked sensitive or sits
 * under a secret-looking key to `sink`.
 */
function collectSensitiveStrings(value, mark, sink, depth = 0) {
    if (depth > MAX_WALK_DEPTH)
        return;
    if (mark === true) {
        addAllStrings(value, sink, depth);
        return;
    }
    if (value === null || typeof value !== 'object')
        return;
    // Every value of every entry comes through here: plain loops, no per-object entry arrays.
    if (Array.isArray(value)) {
        const marks = mark !== null && typeof mark === 'object' ? mark : undefined;
        for (let i = 0; i < value.length; i++) {
            const child = value[i];
            if (child !== null && typeof child === 'object') {
                collectSensitiveStrings(child, marks?.[i], sink, depth + 1);
            }
            else if (typeof child === 'string' && child !== '' && marks?.[i] === true && depth < MAX_WALK_DEPTH) {
                sink.add(child);
            }
        }
        return;
    }
    const record = value;
    const marks = mark !== null && typeof mark === 'object' ? mark : undefined;
    for (const key of Object.keys(record)) {
        const child = record[key];
        if (isSecretKey(key))
            addAllStrings(child, sink, depth + 1);
        else if (child !== null && typeof child === 'object') {
            collectSensitiveStrings(child, marks?.[key], sink, depth + 1);
        }
        else if (typeof child === 'string' && child !== '' && marks?.[key] === true && depth < MAX_WALK_DEPTH) {
            sink.add(child);
        }
    }
}
/** True when any leaf of a mark tree is `true` (the value is sensitive somewhere inside). */
function hasTrueMark(mark, depth = 0) {
    if (mark === true)
        return true;
    // Too deep to inspect: assume sensitive, never the other way round.
    if (depth > MAX_WALK_DEPTH)
        return true;
    if (mark === null || typeof mark !== 'object')
        return false;
    return Object.values(mark).some(child => hasTrueMark(child, depth + 1));
}

;// CONCATENATED MODULE: ./src/analysis/render-value.ts
/**
 * Renders one plan value as short, masked JSON-like text for reports. Bounded on purpose: a 50 MB
 * string or a 10,000-level nesting costs no more than the characters that are kept.
 */


const SENSITIVE_TEXT = '(sensitive)';
const UNKNOWN_TEXT = '(known after apply)';
const ELLIPSIS = '…';
/** Thrown internally when the output budget is spent; never escapes this module. */
class BudgetSpent {
}
class Builder {
    budget;
    text = '';
    constructor(budget) {
        this.budget = budget;
    }
    push(part) {
        this.text += part;
        if (this.text.length > this.budget)
            throw new BudgetSpent();
    }
}
/**
 * Renders `value` with sensitive parts (`sensitiveMark` true, or under a secret-looking key) shown as
 * `(sensitive)` and unknown parts (`unknownMark` true) as `(known after apply)`. `undefined` and `null`
 * render as `null`. The text is cut to `maxChars` with a trailing `…`.
 */
function renderValue(value, sensitiveMark, unknownMark, maxChars = constants/* LIMIT */.uK.attributeValueChars) {
    const builder = new Builder(maxChars);
    try {
        write(builder, value, sensitiveMark, unknownMark, 0);
        return builder.text;
    }
    catch (error) {
        if (!(error instanceof BudgetSpent))
            throw error;
        return builder.text.slice(0, Math.max(0, maxChars - ELLIPSIS.length)) + ELLIPSIS;
    }
}
function write(out, value, sensitive, unknown, depth) {
    if (sensitive === true)
        return out.push(SENSITIVE_TEXT);
    if (unknown === true)
        return out.push(UNKNOWN_TEXT);
    if (value === undefined || value === null)
        return out.push('null');
    if (typeof value === 'string')
        return out.push(JSON.stringify(value.slice(0, constants/* LIMIT */.uK.attributeValueChars + 1)));
    if (typeof value === 'number' || typeof value === 'boolean')
        return out.push(String(value));
    if (typeof value !== 'object')
        return out.push(JSON.stringify(String(value)));
    if (depth >= MAX_WALK_DEPTH)
        return out.push(ELLIPSIS);
    if (Array.isArray(value)) {
        out.push('[');
        const length = Math.max(value.length, Array.isArray(unknown) ? unknown.length : 0);
        for (let index = 0; index < length; index++) {
            if (index > 0)
                out.push(', ');
            write(out, value[index], childMark(sensitive, index), childMark(unknown, index), depth + 1);
        }
        return out.push(']');
    }
    const record = value;
    const keys = unionKeys(record, unknown);
    out.push('{');
    keys.forEach((key, index) => {
        if (index > 0)
            out.push(', ');
        out.push(`${JSON.stringify(key)}: `);
        const mark = isSecretKey(key) ? true : childMark(sensitive, key);
        write(out, record[key], mark, childMark(unknown, key), depth + 1);
    });
    out.push('}');
}
/** Keys of an object plus keys that only exist as `true` in its unknown mark (computed attributes). */
function unionKeys(record, unknown) {
    const keys = new Set(Object.keys(record ?? {}));
    if (unknown !== null && typeof unknown === 'object' && !Array.isArray(unknown)) {
        for (const [key, mark] of Object.entries(unknown))
            if (mark === true)
                keys.add(key);
    }
    return [...keys].sort();
}

;// CONCATENATED MODULE: ./src/analysis/attribute-diff.ts
/**
 * Attribute changes (before → after) for updates and replacements, masked as they are computed:
 * a sensitive mark (`true` at any level masks everything below) or a secret-looking key turns a value
 * into `(sensitive)`, an `after_unknown` mark into `(known after apply)`. Nothing unmasked leaves here.
 */



/** Lists the changed attributes of one change, at most `maxAttributes` (LIMIT.attributesPerResource). */
function diffAttributes(change, limits = {}) {
    const walker = new DiffWalker(change, limits.maxAttributes ?? constants/* LIMIT */.uK.attributesPerResource, limits.maxValueChars ?? constants/* LIMIT */.uK.attributeValueChars);
    walker.walk([], change.before, change.after, change.before_sensitive, change.after_sensitive, change.after_unknown, 0);
    return { attributes: walker.attributes, omitted: walker.omitted };
}
class DiffWalker {
    maxAttributes;
    maxValueChars;
    attributes = [];
    omitted = 0;
    replacePaths;
    constructor(change, maxAttributes, maxValueChars) {
        this.maxAttributes = maxAttributes;
        this.maxValueChars = maxValueChars;
        this.replacePaths = Array.isArray(change.replace_paths)
            ? change.replace_paths.filter((p) => Array.isArray(p))
            : [];
    }
    walk(path, before, after, bs, as, unknown, depth) {
        const beforeSensitive = bs === true;
        const afterSensitive = as === true;
        if (unknown === true) {
            const beforeText = beforeSensitive
                ? SENSITIVE_TEXT
                : renderValue(before, bs, undefined, this.maxValueChars);
            return this.emit(path, beforeText, afterSensitive ? SENSITIVE_TEXT : UNKNOWN_TEXT);
        }
        if (beforeSensitive || afterSensitive) {
            if (isEqual(before, after, 0))
                return;
            return this.emit(path, beforeSensitive ? SENSITIVE_TEXT : renderValue(before, bs, undefined, this.maxValueChars), afterSensitive ? SENSITIVE_TEXT : renderValue(after, as, unknown, this.maxValueChars));
        }
        if (depth < MAX_WALK_DEPTH && canRecurse(before, after)) {
            if (Array.isArray(before) || Array.isArray(after)) {
                const b = (before ?? []);
                const a = (after ?? []);
                const length = Math.max(b.length, a.length, Array.isArray(unknown) ? unknown.length : 0);
                for (let i = 0; i < length; i++) {
                    this.walk([...path, i], b[i], a[i], childMark(bs, i), childMark(as, i), childMark(unknown, i), depth + 1);
                }
                return;
            }
            const b = (before ?? {});
            const a = (after ?? {});
            const keys = new Set([...unionKeys(b, undefined), ...unionKeys(a, unknown)]);
            for (const key of [...keys].sort()) {
                // A secret-looking key masks both sides however the provider marked it.
                const secret = isSecretKey(key);
                this.walk([...path, key], b[key], a[key], secret ? true : childMark(bs, key), secret ? true : childMark(as, key), childMark(unknown, key), depth + 1);
            }
            return;
        }
        if (isEqual(before, after, 0))
            return;
        this.emit(path, renderValue(before, bs, undefined, this.maxValueChars), renderValue(after, as, unknown, this.maxValueChars));
    }
    emit(path, before, after) {
        if (this.attributes.length >= this.maxAttributes) {
            this.omitted++;
            return;
        }
        this.attributes.push({
            path: formatPath(path),
            before,
            after,
            forcesReplacement: this.forcesReplacement(path)
        });
    }
    forcesReplacement(path) {
        return this.replacePaths.some(replacePath => {
            const shared = Math.min(replacePath.length, path.length);
            for (let i = 0; i < shared; i++)
                if (!isSegment(replacePath[i]) || String(replacePath[i]) !== String(path[i]))
                    return false;
            return true;
        });
    }
}
/** A replace_paths step is a key or an index; anything else (a hostile nested array) matches nothing. */
function isSegment(value) {
    return typeof value === 'string' || typeof value === 'number';
}
/** Both sides are containers of the same kind, or one is a container and the other absent. */
function canRecurse(before, after) {
    const kind = (v) => v === null || v === undefined ? 'none' : Array.isArray(v) ? 'list' : typeof v;
    const b = kind(before);
    const a = kind(after);
    if (b === 'none' && a === 'none')
        return false;
    const container = (k) => k === 'list' || k === 'object';
    return ((container(b) || b === 'none') &&
        (container(a) || a === 'none') &&
        (b === a || b === 'none' || a === 'none'));
}
/** Structural equality, bounded in depth (too deep counts as different, so the change is shown). */
function isEqual(left, right, depth) {
    if (left === right)
        return true;
    if ((left === null || left === undefined) && (right === null || right === undefined))
        return true;
    if (depth > MAX_WALK_DEPTH || left === null || right === null)
        return false;
    if (typeof left !== 'object' || typeof right !== 'object')
        return false;
    if (Array.isArray(left) !== Array.isArray(right))
        return false;
    const l = left;
    const r = right;
    const keys = new Set([...Object.keys(l), ...Object.keys(r)]);
    for (const key of keys)
        if (!isEqual(l[key], r[key], depth + 1))
            return false;
    return true;
}
/** `tags.Owner`, `ingress[0].cidr_blocks`, `labels["app.kubernetes.io/name"]`. */
function formatPath(path) {
    let text = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            text += `[${segment}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment))
            text += text === '' ? segment : `.${segment}`;
        else
            text += `[${JSON.stringify(segment)}]`;
    }
    return text === '' ? '(value)' : text;
}

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
    'create,forget': { kind: 'create-forget', createBeforeDestroy: false }
};
/** Kinds whose attribute changes are worth listing (the object exists before and after). */
const DIFFED_KINDS = new Set(['update', 'replace', 'create-forget']);
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
 * Classifies one entry: kind, flags (import, move, create_before_destroy) and, for updates and
 * replacements, the masked attribute changes. Throws UnreadableChangeError for anything it cannot read.
 * With `attributes: false` the attribute diff is left empty (the analyzer then computes it with
 * addAttributeChanges only for the entries it keeps: on a big plan almost all are only counted).
 */
function classifyChange(entry, options = {}) {
    if (entry === null || typeof entry !== 'object') {
        throw new UnreadableChangeError('(unknown address)', `the entry is ${describe(entry)}, not an object`);
    }
    const address = typeof entry.address === 'string' && entry.address !== '' ? entry.address : '(unknown address)';
    if (address === '(unknown address)')
        throw new UnreadableChangeError(address, 'the entry has no address');
    if (entry.mode !== 'managed' && entry.mode !== 'data') {
        throw new UnreadableChangeError(address, `mode must be 'managed' or 'data'; got ${describe(entry.mode)}`);
    }
    if (typeof entry.type !== 'string' || entry.type === '') {
        throw new UnreadableChangeError(address, `the entry has no resource type; got ${describe(entry.type)}`);
    }
    const change = entry.change;
    if (change === null || typeof change !== 'object' || Array.isArray(change)) {
        throw new UnreadableChangeError(address, `the entry has no change object; got ${describe(change)}`);
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
        importing: change.importing !== undefined && change.importing !== null,
        attributes: [],
        omittedAttributes: 0
    };
    if (typeof entry.provider_name === 'string')
        classified.providerName = entry.provider_name;
    if (typeof entry.previous_address === 'string' && entry.previous_address !== address) {
        classified.previousAddress = entry.previous_address;
    }
    if (typeof entry.action_reason === 'string')
        classified.actionReason = entry.action_reason;
    if (typeof entry.deposed === 'string')
        classified.deposed = entry.deposed;
    if (options.attributes !== false)
        addAttributeChanges(classified, entry);
    return classified;
}
/**
 * Fills in the masked attribute changes of an entry classifyChange accepted (without them), for
 * updates and replacements; other kinds keep an empty list.
 */
function addAttributeChanges(classified, entry) {
    if (!DIFFED_KINDS.has(classified.kind))
        return;
    const diff = diffAttributes(entry.change);
    classified.attributes = diff.attributes;
    classified.omittedAttributes = diff.omitted;
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

;// CONCATENATED MODULE: ./src/analysis/output-changes.ts
/**
 * Root output changes (`output_changes`), masked like attribute values: an output marked sensitive,
 * or named like a secret, shows `(sensitive)` and its strings join the scrub list.
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
        const secretName = isSecretKey(name);
        const sensitive = secretName || hasTrueMark(change.before_sensitive) || hasTrueMark(change.after_sensitive);
        if (secretName) {
            addAllStrings(change.before, sink);
            addAllStrings(change.after, sink);
        }
        else {
            collectSensitiveStrings(change.before, change.before_sensitive, sink);
            collectSensitiveStrings(change.after, change.after_sensitive, sink);
        }
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
            before: renderValue(change.before, secretName ? true : change.before_sensitive),
            after: renderValue(change.after, secretName ? true : change.after_sensitive, change.after_unknown)
        });
    }
    return result;
}

;// CONCATENATED MODULE: ./src/analysis/risk-catalogue.ts
/** Every rule, in the order reports list them. The plan's risk is the highest level of any rule that fires. */
const RISK_RULES = [
    {
        id: 'unreadable-entries',
        level: 'critical',
        description: 'The plan holds entries the analysis cannot read (unknown action verbs, missing fields); fail closed.'
    },
    {
        id: 'plan-errored',
        level: 'critical',
        description: 'Terraform reports that planning errored; the plan is not a complete picture.'
    },
    {
        id: 'data-bearing-destroy',
        level: 'critical',
        description: 'Deletes or replaces a data-bearing resource (database, cluster, bucket, volume, file system, queue/stream, cache, KMS key, DNS zone): data may be lost.'
    },
    {
        id: 'network-foundation-destroy',
        level: 'critical',
        description: 'Deletes or replaces network foundation (VPC/VNet, subnet, NAT or transit gateway): everything inside may lose connectivity.'
    },
    {
        id: 'mass-deletion',
        level: 'critical',
        description: 'Deletes or replaces at least the deletion threshold of resources (default 10) in one plan.'
    },
    {
        id: 'plan-incomplete',
        level: 'high',
        description: 'Terraform marks the plan incomplete (deferred changes); a later plan will change more.'
    },
    {
        id: 'replace',
        level: 'high',
        description: 'Replaces resources: the existing object is destroyed and a new one created.'
    },
    { id: 'delete', level: 'high', description: 'Deletes resources.' },
    {
        id: 'sensitive-type-update',
        level: 'medium',
        description: 'Updates in place a data-bearing, network-foundation or IAM/security resource.'
    },
    {
        id: 'forget',
        level: 'medium',
        description: 'Removes resources from Terraform state without destroying them (removed block with destroy = false); they stay running, unmanaged.'
    },
    { id: 'update', level: 'low', description: 'Updates resources in place.' },
    { id: 'create', level: 'low', description: 'Creates new resources.' },
    {
        id: 'state-only',
        level: 'low',
        description: 'Moves or imports resources in state without changing them.'
    },
    { id: 'no-changes', level: 'none', description: 'The plan changes no resource.' }
];
/** Resources that hold data a deletion or replacement can lose. */
const DATA_BEARING_TYPES = words(`
  aws_db_instance aws_rds_cluster aws_rds_global_cluster aws_docdb_cluster aws_docdb_elastic_cluster
  aws_neptune_cluster aws_redshift_cluster aws_redshiftserverless_namespace aws_dynamodb_table
  aws_dynamodb_global_table aws_keyspaces_table aws_timestreamwrite_table aws_qldb_ledger
  aws_s3_bucket aws_s3_directory_bucket aws_s3control_bucket aws_glacier_vault aws_backup_vault
  aws_ebs_volume aws_ebs_snapshot aws_db_snapshot aws_efs_file_system aws_fsx_*_file_system
  aws_sqs_queue aws_kinesis_stream aws_msk_cluster aws_msk_serverless_cluster aws_mq_broker
  aws_elasticache_cluster aws_elasticache_replication_group aws_elasticache_serverless_cache
  aws_memorydb_cluster aws_opensearch_domain aws_elasticsearch_domain aws_eks_cluster
  aws_kms_key aws_kms_replica_key aws_route53_zone aws_secretsmanager_secret aws_ecr_repository
  aws_cloudwatch_log_group
  google_sql_database_instance google_sql_database google_spanner_instance google_spanner_database
  google_alloydb_cluster google_alloydb_instance google_bigtable_instance google_bigtable_table
  google_bigquery_dataset google_bigquery_table google_firestore_database google_storage_bucket
  google_compute_disk google_compute_region_disk google_filestore_instance google_redis_instance
  google_redis_cluster google_pubsub_topic google_pubsub_subscription google_container_cluster
  google_dataproc_cluster google_kms_key_ring google_kms_crypto_key google_dns_managed_zone
  google_secret_manager_secret google_artifact_registry_repository
  azurerm_storage_account azurerm_storage_container azurerm_storage_share azurerm_storage_queue
  azurerm_storage_table azurerm_managed_disk azurerm_netapp_volume azurerm_mssql_server
  azurerm_mssql_database azurerm_mssql_managed_instance azurerm_postgresql_server
  azurerm_postgresql_database azurerm_postgresql_flexible_server azurerm_postgresql_flexible_server_database
  azurerm_mysql_flexible_server azurerm_mysql_flexible_database azurerm_cosmosdb_account
  azurerm_cosmosdb_*_database azurerm_cosmosdb_*_container azurerm_redis_cache azurerm_redis_enterprise_cluster
  azurerm_servicebus_namespace azurerm_servicebus_queue azurerm_servicebus_topic azurerm_eventhub_namespace
  azurerm_eventhub azurerm_kubernetes_cluster azurerm_key_vault azurerm_key_vault_key
  azurerm_key_vault_secret azurerm_dns_zone azurerm_private_dns_zone azurerm_recovery_services_vault
  azurerm_data_protection_backup_vault azurerm_log_analytics_workspace
`);
/** Network foundation: other resources live inside these. */
const NETWORK_FOUNDATION_TYPES = words(`
  aws_vpc aws_subnet aws_nat_gateway aws_internet_gateway aws_egress_only_internet_gateway
  aws_ec2_transit_gateway aws_ec2_transit_gateway_*attachment aws_vpn_gateway aws_vpc_peering_connection
  aws_dx_connection aws_route_table aws_networkfirewall_firewall
  google_compute_network google_compute_subnetwork google_compute_router google_compute_router_nat
  google_compute_ha_vpn_gateway google_compute_interconnect_attachment google_network_connectivity_hub
  google_compute_network_peering
  azurerm_virtual_network azurerm_subnet azurerm_nat_gateway azurerm_virtual_wan azurerm_virtual_hub
  azurerm_virtual_network_gateway azurerm_virtual_network_peering azurerm_express_route_circuit
  azurerm_firewall azurerm_route_table
`);
/** IAM and security controls: an in-place change can open or close access. */
const IAM_SECURITY_TYPES = words(`
  aws_iam_* aws_security_group aws_security_group_rule aws_vpc_security_group_* aws_network_acl*
  aws_kms_key_policy aws_kms_grant aws_s3_bucket_policy aws_s3_bucket_public_access_block
  aws_s3_account_public_access_block aws_organizations_policy* aws_wafv2_* aws_lakeformation_permissions
  aws_ssoadmin_*
  google_*_iam_member google_*_iam_binding google_*_iam_policy google_*_iam_custom_role
  google_service_account google_service_account_key google_compute_firewall google_compute_firewall_policy*
  google_org_policy_policy google_organization_policy google_project_organization_policy
  azurerm_role_assignment azurerm_role_definition azurerm_network_security_group
  azurerm_network_security_rule azurerm_key_vault_access_policy azurerm_user_assigned_identity
  azurerm_policy_* azuread_*
`);
/** Splits a whitespace-separated list (keeps the catalogue compact and readable). */
function words(text) {
    return text.split(/\s+/).filter(word => word !== '');
}
/** A small glob matcher: `*` matches any run of characters; everything else is literal. */
function compileTypeGlobs(globs) {
    const exact = new Set();
    const patterns = [];
    for (const glob of globs) {
        if (!glob.includes('*'))
            exact.add(glob);
        else
            patterns.push(new RegExp(`^${glob.split('*').map(escapeRegExp).join('.*')}$`));
    }
    return type => exact.has(type) || patterns.some(pattern => pattern.test(type));
}
function escapeRegExp(text) {
    return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/analysis/risk.ts
/**
 * The plan's risk level from the rule table in risk-catalogue.ts. Deterministic: the same plan always
 * gives the same level and reasons, in table order. Incremental: changes are added one at a time and
 * only bounded address lists are kept, so a 100,000-resource plan costs no more memory than a small one.
 */


/** Builds a categoriser that knows the built-in catalogue plus the caller's extra data-bearing types. */
function createTypeCategoriser(options = {}) {
    const dataBearing = compileTypeGlobs([...DATA_BEARING_TYPES, ...(options.dataBearingTypes ?? [])]);
    const network = compileTypeGlobs(NETWORK_FOUNDATION_TYPES);
    const iam = compileTypeGlobs(IAM_SECURITY_TYPES);
    // A plan has few distinct types and many entries of each: match the globs once per type (bounded,
    // so a plan of endless distinct types only stops caching).
    const known = new Map();
    return type => {
        let categories = known.get(type);
        if (!categories) {
            categories = {
                dataBearing: dataBearing(type),
                networkFoundation: network(type),
                iamSecurity: iam(type)
            };
            if (known.size < TYPE_CACHE_SIZE)
                known.set(type, categories);
        }
        return categories;
    };
}
const TYPE_CACHE_SIZE = 10_000;
/** Collects rule hits change by change; `finish` turns them into the assessment. */
class RiskAccumulator {
    buckets = new Map();
    categorise;
    threshold;
    destructive = 0;
    constructor(options = {}) {
        this.categorise = createTypeCategoriser(options);
        const threshold = options.deletionThreshold ?? constants/* LIMIT */.uK.deletionThreshold;
        // A threshold that is not a positive whole number would silently disable the rule: use the default.
        this.threshold = Number.isInteger(threshold) && threshold > 0 ? threshold : constants/* LIMIT */.uK.deletionThreshold;
    }
    /** Records one classified managed change (reads and data sources are ignored). */
    add(change) {
        if (change.mode !== 'managed')
            return;
        const categories = this.categorise(change.type);
        const address = change.address;
        switch (change.kind) {
            case 'create':
                this.hit('create', address);
                break;
            case 'update':
                if (categories.dataBearing || categories.networkFoundation || categories.iamSecurity) {
                    this.hit('sensitive-type-update', address);
                }
                else
                    this.hit('update', address);
                break;
            case 'delete':
            case 'replace':
                this.destructive++;
                this.hit(change.kind, address);
                this.hit('mass-deletion', address);
                if (categories.dataBearing)
                    this.hit('data-bearing-destroy', address);
                if (categories.networkFoundation)
                    this.hit('network-foundation-destroy', address);
                break;
            case 'forget':
                this.hit('forget', address);
                break;
            case 'create-forget':
                this.hit('create', address);
                this.hit('forget', address);
                break;
            default:
                break;
        }
        if (change.importing || change.previousAddress !== undefined)
            this.hit('state-only', address);
    }
    /** The assessment: every rule that fired, in table order; the level is the highest among them. */
    finish(context = {}) {
        for (const entry of context.unreadable ?? [])
            this.hit('unreadable-entries', entry.address);
        if (context.errored)
            this.bucket('plan-errored');
        if (context.complete === false)
            this.bucket('plan-incomplete');
        if (this.destructive < this.threshold)
            this.buckets.delete('mass-deletion');
        if (this.buckets.size === 0)
            this.bucket('no-changes');
        const reasons = [];
        for (const rule of RISK_RULES) {
            const bucket = this.buckets.get(rule.id);
            if (!bucket)
                continue;
            const reason = {
                rule: rule.id,
                level: rule.level,
                description: this.describe(rule.id, rule.description, bucket),
                addresses: [...bucket.addresses]
            };
            if (bucket.omitted > 0)
                reason.omittedAddresses = bucket.omitted;
            reasons.push(reason);
        }
        return { level: highestLevel(reasons.map(r => r.level)), reasons };
    }
    describe(id, base, bucket) {
        const count = bucket.addresses.length + bucket.omitted;
        if (id === 'mass-deletion') {
            return `${count} resources would be deleted or replaced; the threshold is ${this.threshold}. ${base}`;
        }
        if (count === 0)
            return base;
        return `${base} (${count} resource${count === 1 ? '' : 's'})`;
    }
    bucket(id) {
        let bucket = this.buckets.get(id);
        if (!bucket) {
            bucket = { addresses: [], omitted: 0 };
            this.buckets.set(id, bucket);
        }
        return bucket;
    }
    hit(id, address) {
        const bucket = this.bucket(id);
        if (bucket.addresses.length < constants/* LIMIT */.uK.reasonAddresses)
            bucket.addresses.push(address);
        else
            bucket.omitted++;
    }
}
/** Assesses a complete list of changes at once (tests, small plans). */
function assessRisk(changes, options = {}, context = {}) {
    const accumulator = new RiskAccumulator(options);
    for (const change of changes)
        accumulator.add(change);
    return accumulator.finish(context);
}
/** The highest of some levels; `none` for none. */
function highestLevel(levels) {
    let best = 0;
    for (const level of levels)
        best = Math.max(best, constants/* RISK_LEVELS */.WA.indexOf(level));
    return constants/* RISK_LEVELS */.WA[best];
}

// EXTERNAL MODULE: ./src/analysis/scrub-secrets.ts
var scrub_secrets = __webpack_require__(397);
;// CONCATENATED MODULE: ./src/analysis/analyse-plan.ts
/**
 * Turns a plan into a PlanAnalysis, one entry at a time: the reader streams entries to the analyzer's
 * visitor, which counts every entry, keeps bounded detail (destructive changes first) and feeds the
 * risk rules. Counts follow Terraform's own "Plan: X to add, Y to change, Z to destroy" line.
 */








/** Reads and analyses a plan JSON file; throws PlanReadError (from the reader) for unreadable files. */
async function analysePlanFile(path, options = {}) {
    const analyzer = createPlanAnalyzer(path, options);
    const header = await readPlanFile(path, analyzer.visitor);
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
 * `finish` with the plan's header. `source` names the plan in the result.
 */
function createPlanAnalyzer(source, options = {}) {
    const counts = emptyCounts();
    const risk = new RiskAccumulator(options);
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
    const seen = createAddressSet();
    const extra = options.visitors ?? [];
    let result;
    const reportUnreadable = (address, problem) => {
        if (unreadable.length < constants/* LIMIT */.uK.detailedChanges)
            unreadable.push({ address, problem });
        else
            omittedUnreadable++;
    };
    /** Classifies or records why not; collects sensitive strings either way (a broken entry can still hold secrets). */
    const classify = (entry, where) => {
        const change = entry?.change;
        if (change && typeof change === 'object') {
            collectSensitiveStrings(change.before, change.before_sensitive, sensitiveValues);
            collectSensitiveStrings(change.after, change.after_sensitive, sensitiveValues);
        }
        try {
            // Attribute detail is worked out later, only for the entries that are kept.
            return classifyChange(entry, { attributes: false });
        }
        catch (error) {
            if (!(error instanceof UnreadableChangeError))
                throw error;
            const address = error.address === '(unknown address)' ? where : error.address;
            reportUnreadable(address, error.problem);
            return undefined;
        }
    };
    const onResourceChange = (entry, index) => {
        for (const visitor of extra)
            visitor.onResourceChange(entry, index);
        const classified = classify(entry, `resource_changes[${index}]`);
        if (!classified)
            return;
        if (classified.mode === 'data') {
            if (classified.kind === 'read')
                counts.read++;
            else if (classified.kind !== 'no-op') {
                reportUnreadable(classified.address, `a data source cannot be planned with actions [${classified.actions.join(', ')}]`);
            }
            return;
        }
        if (classified.kind === 'read') {
            reportUnreadable(classified.address, 'a managed resource cannot be planned with actions [read]');
            return;
        }
        if (!seen.add(classified.address, classified.deposed))
            reportUnreadable(classified.address, 'the address appears more than once in resource_changes');
        count(counts, classified);
        risk.add(classified);
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
     * order. Only those get an attribute diff (the costly part), so the choice is made here, before the
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
            addAttributeChanges(classified, entry);
            destructiveKept.push(classified);
        }
        else if (room) {
            addAttributeChanges(classified, entry);
            otherKept.push(classified);
        }
    };
    const onResourceDrift = (entry, index) => {
        for (const visitor of extra)
            visitor.onResourceDrift?.(entry, index);
        const classified = classify(entry, `resource_drift[${index}]`);
        if (!classified || classified.kind === 'no-op')
            return;
        driftCount++;
        if (drift.length >= constants/* LIMIT */.uK.detailedChanges)
            return;
        addAttributeChanges(classified, entry);
        drift.push(classified);
    };
    const finish = (header) => {
        if (result)
            return result;
        collectVariableSecrets(header, sensitiveValues);
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
        rescrubKeptValues([...changes, ...drift], sensitiveValues);
        const resourceChanges = counts.add + counts.change + counts.destroy + counts.import + counts.move + counts.forget > 0;
        result = {
            source,
            formatVersion: typeof header.format_version === 'string' ? header.format_version : '',
            errored,
            complete,
            counts,
            hasChanges: resourceChanges || outputs.changes.some(output => output.kind !== 'no-op'),
            changes,
            omittedChanges: detailedSeen - changes.length,
            destructiveAddresses,
            omittedDestructiveAddresses,
            drift,
            driftCount,
            outputs: outputs.changes,
            risk: risk.finish({ unreadable, errored, complete }),
            unreadable,
            sensitiveValues
        };
        if (typeof header.terraform_version === 'string')
            result.terraformVersion = header.terraform_version;
        return result;
    };
    return { visitor: { onResourceChange, onResourceDrift }, finish };
}
/**
 * Values were masked entry by entry, but a secret marked in a later entry may already have been
 * kept, unmarked and perhaps cut, from an earlier one. Once the whole plan is read, every kept value
 * is checked again against every secret the plan revealed.
 */
function rescrubKeptValues(changes, sensitiveValues) {
    if (sensitiveValues.size === 0)
        return;
    const scrub = (0,scrub_secrets/* createSecretScrubber */.dA)((0,scrub_secrets/* plainSecretForms */.gO)(sensitiveValues, 3));
    for (const change of changes) {
        for (const attribute of change.attributes) {
            attribute.before = scrub(attribute.before);
            attribute.after = scrub(attribute.after);
        }
    }
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
/**
 * Values of variables declared sensitive, or named like secrets (Terraform writes every variable's value
 * in clear in `variables`).
 */
function collectVariableSecrets(header, sink) {
    const variables = header.variables;
    if (!variables || typeof variables !== 'object')
        return;
    const sensitive = new Set(Array.isArray(header.sensitive_variables) ? header.sensitive_variables : []);
    for (const [name, variable] of Object.entries(variables)) {
        if (!sensitive.has(name) && !isSecretKey(name))
            continue;
        if (variable && typeof variable === 'object')
            addAllStrings(variable.value, sink);
    }
}


/***/ }),

/***/ 397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dA: () => (/* binding */ createSecretScrubber),
/* harmony export */   gO: () => (/* binding */ plainSecretForms)
/* harmony export */ });
/* unused harmony exports SENSITIVE_PLACEHOLDER, CUT_MARK */
/**
 * Replacing known secret strings in text, shared by the analysis (which re-checks the attribute
 * values it kept once the whole plan is read) and the renderers (which also scrub escaped forms).
 * Big plans carry many secrets and many values, so matching goes through an index, not a loop over
 * every secret for every string.
 */
/** What a scrubbed value is replaced with; the same word the analysis uses for masked values. */
const SENSITIVE_PLACEHOLDER = '(sensitive)';
/** The mark every cut value ends with (the analysis and the renderers both cut with it). */
const CUT_MARK = '…';
/** Forms at least this long are indexed by their first KEY characters; a cut-off beginning must be this long. */
const KEY = 8;
/**
 * Builds a scrubber for these forms. It replaces every occurrence of each form, longest first (so a
 * secret containing another goes whole), and every cut-off beginning of a form followed by `…`.
 *
 * Why beginnings: a long value may be cut (to fit a table cell) before anyone knows it is secret —
 * an unmarked copy of a sensitive value in one resource is rendered before the marked copy in
 * another is seen — so only its first characters and `…` remain, which whole-value matching misses.
 */
function createSecretScrubber(forms) {
    const index = new Map();
    const short = [];
    for (const form of new Set(forms)) {
        if (form.length === 0)
            continue;
        if (form.length < KEY) {
            short.push(form);
            continue;
        }
        const key = form.slice(0, KEY);
        const bucket = index.get(key);
        if (bucket)
            bucket.push(form);
        else
            index.set(key, [form]);
    }
    for (const bucket of index.values())
        bucket.sort((a, b) => b.length - a.length);
    short.sort((a, b) => b.length - a.length);
    return text => {
        let out = index.size > 0 ? replaceIndexed(text, index) : text;
        for (const form of short)
            if (out.includes(form))
                out = out.split(form).join(SENSITIVE_PLACEHOLDER);
        return out;
    };
}
function replaceIndexed(text, index) {
    let out = '';
    let copied = 0;
    for (let i = 0; i + KEY <= text.length;) {
        const bucket = index.get(text.slice(i, i + KEY));
        const end = bucket ? matchAt(text, i, bucket) : -1;
        if (end < 0) {
            i++;
            continue;
        }
        out += text.slice(copied, i) + SENSITIVE_PLACEHOLDER;
        copied = i = end;
    }
    return copied === 0 ? text : out + text.slice(copied);
}
/** Where the secret starting at `i` ends (past its `…` when cut), or -1; the longest span wins. */
function matchAt(text, i, bucket) {
    let end = -1;
    for (const form of bucket) {
        if (text.startsWith(form, i)) {
            end = i + form.length;
            break;
        }
    }
    const cut = text.indexOf(CUT_MARK, i + KEY);
    if (cut >= 0 && cut + CUT_MARK.length > end) {
        const seen = text.slice(i, cut);
        if (bucket.some(form => form.length > seen.length && form.startsWith(seen)))
            end = cut + CUT_MARK.length;
    }
    return end;
}
/** The forms a raw secret takes inside rendered attribute values: as is and JSON-escaped. */
function plainSecretForms(values, minLength) {
    const forms = [];
    for (const value of values) {
        if (typeof value !== 'string' || value.length < minLength)
            continue;
        forms.push(value, JSON.stringify(value).slice(1, -1));
    }
    return forms;
}


/***/ })

};

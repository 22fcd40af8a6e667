export const id = "safety-gate";
export const ids = [493,42,440,118,158];
export const modules = {

/***/ 39493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analysePlanFile: () => (/* binding */ analysePlanFile)
});

// UNUSED EXPORTS: createPlanAnalyzer, emptyCounts

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/terraform/json-skim.ts
/**
 * Finds where a JSON container ends while tracking only strings and nesting. Used for values that
 * JSON.parse materialises anyway (plan entries): JSON.parse then does the validating, so the scanner
 * need not check those bytes twice. Strings are crossed by a plain byte loop that checks nothing
 * inside them, which is why this is several times faster than the validating scan. Resumable across
 * chunks.
 */
class ContainerSkimmer {
    depth = 0;
    inString = false;
    /** The previous chunk ended inside a string, right after a backslash: its first byte is escaped. */
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
                // A plain loop beats Buffer.indexOf here on Node 24 (the action's runtime; ~12% of a 300 MB
                // analysis): plan strings are short, and a native call per string costs more than their bytes.
                let c = 0;
                while (i < n && (c = b[i]) !== 0x22 && c !== 0x5c)
                    i++;
                if (i === n)
                    break;
                if (c === 0x5c) {
                    if (i + 1 === n) {
                        this.escaped = true;
                        i = n;
                        break;
                    }
                    i += 2;
                    continue;
                }
                inString = false;
                i++;
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

;// CONCATENATED MODULE: ./src/terraform/json-tokens.ts
/**
 * Token-level pieces of the JSON scanner (json-scanner.ts): byte tables and the functions that find
 * where a string, number or literal ends when a chunk holds it whole. Each answers -1 (or a negative
 * position) instead of throwing, so that the scanner's general state machine can resume a token cut
 * by a chunk boundary, or word the error, from where they stopped.
 */
/** The three literals, by their first byte. */
const LITERALS = {
    0x74: Buffer.from('true'),
    0x66: Buffer.from('false'),
    0x6e: Buffer.from('null')
};
/** 1 for the bytes that may follow a backslash (other than `u`). */
const ESCAPES = new Uint8Array(256);
for (const c of '"\\/bfnrt')
    ESCAPES[c.charCodeAt(0)] = 1;
/** 1 for hexadecimal digits. */
const HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF')
    HEX[c.charCodeAt(0)] = 1;
/**
 * Validates a string's contents from `i` (just past the opening quote); returns the index past the
 * closing quote, or -(k + 1) for the position k where the general state machine must take over: the
 * chunk ends there, an escape is cut off there, or the byte there is invalid.
 */
function stringEnd(b, i, n) {
    while (i < n) {
        const c = b[i];
        if (c === 0x22)
            return i + 1;
        if (c === 0x5c) {
            if (i + 1 >= n)
                return -i - 1;
            const e = b[i + 1];
            if (e === 0x75) {
                if (i + 5 >= n)
                    return -i - 1;
                if (HEX[b[i + 2]] !== 1 || HEX[b[i + 3]] !== 1 || HEX[b[i + 4]] !== 1 || HEX[b[i + 5]] !== 1)
                    return -i - 1;
                i += 6;
            }
            else {
                if (ESCAPES[e] !== 1)
                    return -i - 1;
                i += 2;
            }
            continue;
        }
        if (c < 0x20)
            return -i - 1;
        i++;
    }
    return -n - 1;
}
/** Where a valid number starting at i ends, when the chunk shows its end; -1 otherwise (cut off or invalid). */
function numberEnd(b, i, n) {
    if (b[i] === 0x2d)
        i++;
    if (i >= n)
        return -1;
    if (b[i] === 0x30)
        i++;
    else if (b[i] >= 0x31 && b[i] <= 0x39)
        i = digitsEnd(b, i + 1, n);
    else
        return -1;
    if (i < n && b[i] === 0x2e) {
        const start = i + 1;
        i = digitsEnd(b, start, n);
        if (i === start)
            return -1;
    }
    if (i < n && (b[i] === 0x65 || b[i] === 0x45)) {
        i++;
        if (i < n && (b[i] === 0x2b || b[i] === 0x2d))
            i++;
        const start = i;
        i = digitsEnd(b, start, n);
        if (i === start)
            return -1;
    }
    // At the chunk's end the number may go on; a digit here is a leading-zero error.
    if (i >= n || (b[i] >= 0x30 && b[i] <= 0x39))
        return -1;
    return i;
}
function digitsEnd(b, i, n) {
    while (i < n && b[i] >= 0x30 && b[i] <= 0x39)
        i++;
    return i;
}
/** Where the literal starting with byte c at i ends, when it is whole in the chunk and valid; -1 otherwise. */
function literalEnd(b, i, n, c) {
    const literal = LITERALS[c];
    if (literal === undefined || i + literal.length > n)
        return -1;
    for (let k = 1; k < literal.length; k++)
        if (b[i + k] !== literal[k])
            return -1;
    return i + literal.length;
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
const EMPTY = Buffer.alloc(0);
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
        this.captureStart = 0;
        this.keyStart = 0;
        while (i < n) {
            // Nearly every byte of a plan lies below the watched depths: validate those in one tight loop.
            if (this.depth > this.watch && this.state <= AFTER_VALUE) {
                i = this.validateUnwatched(b, i, n);
                if (i === n)
                    break;
            }
            i = this.step(b, i, n);
        }
        // Copies, so that the caller may reuse `b` for the next read (keeps memory at one chunk).
        if (this.capturing)
            this.capturePieces.push(Buffer.from(b.subarray(this.captureStart, n)));
        if (this.inKey && this.recordKey)
            this.keyPieces.push(Buffer.from(b.subarray(this.keyStart, n)));
        this.base += n;
    }
    /**
     * Validates b[i..n) while values lie below the watched depths, where no hook runs and nothing is
     * captured, keeping the state machine in locals. It returns where the general state machine must
     * take over: at the end of the chunk, before a bracket that closes back to a watched depth, or at a
     * token the chunk cuts off (the state is then that token's, which step() resumes).
     */
    validateUnwatched(b, i, n) {
        let state = this.state;
        let depth = this.depth;
        let stack = this.stack;
        const floor = this.watch + 1;
        while (i < n) {
            const c = b[i];
            if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
                i++;
                continue;
            }
            switch (state) {
                case AFTER_VALUE:
                    if (c === 0x2c) {
                        state = stack[depth - 1] === OBJECT ? OBJECT_KEY : VALUE;
                        i++;
                        continue;
                    }
                    if (c !== 0x7d && c !== 0x5d)
                        break;
                    if (depth === floor || stack[depth - 1] !== (c === 0x7d ? OBJECT : ARRAY))
                        break;
                    depth--;
                    i++;
                    continue;
                case COLON:
                    if (c !== 0x3a)
                        break;
                    state = VALUE;
                    i++;
                    continue;
                case OBJECT_FIRST:
                case OBJECT_KEY:
                    if (c === 0x22) {
                        const end = stringEnd(b, i + 1, n);
                        if (end < 0) {
                            this.depth = depth;
                            return this.suspendString(true, -end - 1);
                        }
                        state = COLON;
                        i = end;
                        continue;
                    }
                    if (c !== 0x7d || state !== OBJECT_FIRST || depth === floor)
                        break;
                    depth--;
                    state = AFTER_VALUE;
                    i++;
                    continue;
                default: {
                    // VALUE or ARRAY_FIRST
                    if (c === 0x22) {
                        const end = stringEnd(b, i + 1, n);
                        if (end < 0) {
                            this.depth = depth;
                            return this.suspendString(false, -end - 1);
                        }
                        state = AFTER_VALUE;
                        i = end;
                        continue;
                    }
                    if (c === 0x7b || c === 0x5b) {
                        if (depth === stack.length) {
                            this.growStack();
                            stack = this.stack;
                        }
                        stack[depth++] = c === 0x7b ? OBJECT : ARRAY;
                        state = c === 0x7b ? OBJECT_FIRST : ARRAY_FIRST;
                        i++;
                        continue;
                    }
                    if (c === 0x5d && state === ARRAY_FIRST && depth !== floor) {
                        depth--;
                        state = AFTER_VALUE;
                        i++;
                        continue;
                    }
                    const end = c === 0x2d || (c >= 0x30 && c <= 0x39) ? numberEnd(b, i, n) : literalEnd(b, i, n, c);
                    // A token the chunk cuts off, and every error, go through the general machine: it keeps
                    // their state across chunks and words the errors.
                    if (end === -1)
                        break;
                    state = AFTER_VALUE;
                    i = end;
                    continue;
                }
            }
            break;
        }
        this.state = state;
        this.depth = depth;
        return i;
    }
    /** Hands a string the fast loop could not finish (chunk end, bad byte) to scanString. */
    suspendString(inKey, at) {
        this.state = IN_STRING;
        this.inKey = inKey;
        this.recordKey = false;
        this.escape = 0;
        return at;
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

;// CONCATENATED MODULE: ./src/terraform/young-generation.ts
/**
 * Keeps V8's young generation at the size it has when a large plan starts to be read.
 *
 * Why: V8 doubles the young generation each time the bytes that survived scavenges since the last
 * doubling exceed its size. Streaming a plan keeps almost nothing, but the few objects alive at each
 * scavenge add up over a long read, so on Node 24 a 700 MB plan ended with 64 MiB of semi-spaces
 * (peak RSS 146 MiB) where 2 MiB does the same work (80 MiB, same speed within the machine's noise;
 * bench/results.md). An action cannot pass `--max-semi-space-size`, and that flag is read only when
 * the heap is made; the growth factor is read at each growth, so setting it to 1 at run time stops
 * the doubling from then on, for the rest of this short-lived process. (Node starts V8 with flag
 * freezing off so that v8.setFlagsFromString keeps working; __tests__/e2e/large-plan-memory.test.ts
 * checks the effect on the bundle.)
 */
/** The V8 flag that stops the young generation from growing (the factor by which it grows). */
const NO_YOUNG_GROWTH_FLAG = '--semi-space-growth-factor=1';
/**
 * Stops further young-generation growth in this process. node:v8 is loaded here, not at start-up
 * (it costs every start 2–3 ms), so only reads of large plans pay for it.
 */
async function stopYoungGenerationGrowth() {
    const { setFlagsFromString } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 78877, 23));
    try {
        setFlagsFromString(NO_YOUNG_GROWTH_FLAG);
    }
    catch {
        // Memory tuning only: a V8 that refuses the flag reads the plan exactly the same, with more memory.
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
/** Plans from this size on are read with V8's young generation held at its size (young-generation.ts). */
const LARGE_PLAN_BYTES = 64 << 20;
/**
 * Streams the file; calls visitor.onResourceChange for each resource_changes entry and
 * visitor.onResourceDrift for each resource_drift entry, in file order; resolves with the top-level
 * header fields. Throws PlanReadError (src/errors.ts) naming the file. The visitor may already have
 * seen entries when a later part of the file turns out to be bad: discard its results on a throw.
 */
async function readPlanFile(path, visitor, options = {}) {
    // Synchronous reads: nothing else runs while a plan is read, and node:fs/promises would cost every
    // start ~2.5 ms to load (the reader is on the safety gate's start-up path).
    const handle = openPlan(path);
    try {
        const stat = (0,external_node_fs_.fstatSync)(handle);
        if (!stat.isFile())
            throw new errors/* PlanReadError */.Ap(path, 'this is not a regular file (a directory?); expected plan JSON');
        const size = stat.size;
        const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
        const head = Buffer.alloc(Math.min(size, 4096));
        (0,external_node_fs_.readSync)(handle, head, 0, head.length, 0);
        const skip = sniffPlanStart(head, path, size);
        const start = head.toString('utf8', skip).trimStart();
        if (start !== '')
            checkDocumentStart(path, start);
        if (size >= LARGE_PLAN_BYTES)
            await stopYoungGenerationGrowth();
        const collector = new PlanCollector(path, visitor);
        const scanner = new JsonScanner(collector);
        try {
            // One buffer for every read: a fresh 1 MiB Buffer per read piles up as garbage outside V8's
            // heap until a major GC, which was most of the peak RSS on a gigabyte plan.
            const chunk = Buffer.allocUnsafe(Math.max(1, Math.min(chunkSize, size - skip)));
            for (let position = skip; position < size;) {
                const bytesRead = (0,external_node_fs_.readSync)(handle, chunk, 0, Math.min(chunk.length, size - position), position);
                if (bytesRead === 0)
                    break;
                scanner.feed(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
                position += bytesRead;
            }
            scanner.end();
        }
        catch (error) {
            if (error instanceof JsonSyntaxError)
                throw describeSyntaxError(path, handle, error);
            throw error;
        }
        return collector.finish();
    }
    finally {
        (0,external_node_fs_.closeSync)(handle);
    }
}
/** Reads a whole plan into memory (tests and small plans); same validation and errors. */
async function readPlanDocument(path, options = {}) {
    const changes = [];
    const header = await readPlanFile(path, { onResourceChange: entry => changes.push(entry) }, options);
    const handle = openPlan(path);
    try {
        const size = fstatSync(handle).size;
        if (size > MAX_DOCUMENT_BYTES) {
            throw new PlanReadError(path, `the plan is ${size} bytes, too large to hold in memory; use readPlanFile`);
        }
        const bytes = Buffer.allocUnsafe(size);
        for (let at = 0; at < size;) {
            const read = readSync(handle, bytes, at, size - at, at);
            if (read === 0)
                throw new PlanReadError(path, 'the file shrank while it was read; is a step still writing it?');
            at += read;
        }
        const skip = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
        // The scan above validated the document, so this parse cannot fail.
        const parsed = JSON.parse(bytes.toString('utf8', skip));
        return { ...parsed, sensitive_variables: header.sensitive_variables };
    }
    finally {
        closeSync(handle);
    }
}
function openPlan(path) {
    try {
        return (0,external_node_fs_.openSync)(path, 'r');
    }
    catch (error) {
        throw new errors/* PlanReadError */.Ap(path, `the file cannot be read (${error.message}); check the path and the step that wrote it`);
    }
}
/** Words a scanner error with its line and column (found by a second pass; error path only). */
function describeSyntaxError(path, handle, error) {
    const where = locateOffset(handle, error.offset);
    switch (error.reason) {
        case 'empty':
            return new errors/* PlanReadError */.Ap(path, 'the file holds only whitespace; expected plan JSON');
        case 'truncated':
            return new errors/* PlanReadError */.Ap(path, `the JSON ends early at ${where}; the file is truncated. Regenerate it with \`terraform show -json <planfile>\`.`);
        case 'trailing': {
            const tail = Buffer.alloc(200);
            const bytesRead = (0,external_node_fs_.readSync)(handle, tail, 0, tail.length, error.offset);
            return describeTrailing(path, tail.toString('utf8', 0, bytesRead), where);
        }
        default:
            return new errors/* PlanReadError */.Ap(path, `invalid JSON at ${where}: ${error.message}`);
    }
}
function locateOffset(handle, offset) {
    let line = 1;
    let lineStart = 0;
    const chunk = Buffer.allocUnsafe(DEFAULT_CHUNK);
    for (let position = 0; position < offset;) {
        const bytesRead = (0,external_node_fs_.readSync)(handle, chunk, 0, Math.min(chunk.length, offset - position), position);
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
    // for-in walks JSON.parse's objects from V8's enum cache without building a key array per object
    // (they have only own data properties; Object.prototype has no enumerable ones).
    for (const key in record) {
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
,

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

/***/ 80542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ setPlanOutputs),
/* harmony export */   Sn: () => (/* binding */ registerSensitiveValues),
/* harmony export */   wv: () => (/* binding */ describeCounts),
/* harmony export */   zs: () => (/* binding */ logPlanOutput)
/* harmony export */ });
/* harmony import */ var _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41745);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27242);
/* harmony import */ var _render_scrub_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83067);
/**
 * Outputs shared by every mode that analyses a plan (plan, safety-gate, drift), so that the same
 * names always carry the same meaning.
 */



/** Sets counts, has_changes, risk and risk_reasons from one analysis. */
function setPlanOutputs(analysis, planJsonPath) {
    const { counts } = analysis;
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToAdd, counts.add);
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToChange, counts.change);
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToDestroy, counts.destroy);
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToReplace, counts.replace);
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToImport, counts.import);
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToMove, counts.move);
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToForget, counts.forget);
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.hasChanges, String(analysis.hasChanges));
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.risk, analysis.risk.level);
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.riskReasons, JSON.stringify(analysis.risk.reasons.map(reason => ({
        rule: reason.rule,
        level: reason.level,
        addresses: reason.addresses
    }))));
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.planJson, planJsonPath);
}
/**
 * Registers every sensitive string with the runner so that it is masked in the log even if some
 * future code path printed it. Short values are skipped: masking "1" or "true" would garble the log
 * without protecting anything.
 */
function registerSensitiveValues(analysis) {
    for (const value of analysis.sensitiveValues) {
        if (value.length >= 4)
            _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    }
}
/** One line for the log, in Terraform's own words. */
function describeCounts(analysis) {
    const { counts } = analysis;
    const extras = [
        counts.replace ? `${counts.replace} replaced` : '',
        counts.import ? `${counts.import} to import` : '',
        counts.move ? `${counts.move} moved` : '',
        counts.forget ? `${counts.forget} to forget` : ''
    ].filter(Boolean);
    const base = `Plan: ${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy.`;
    return extras.length ? `${base} (${extras.join(', ')})` : base;
}
/**
 * Terraform's human-readable plan, printed only now that the analysis knows every secret: it can
 * show values Terraform failed to mark sensitive (terraform_data copies a sensitive input into its
 * unmarked `output`).
 */
async function logPlanOutput(planOutput, analysis) {
    if (!planOutput)
        return;
    await _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('terraform plan output', async () => _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_render_scrub_js__WEBPACK_IMPORTED_MODULE_2__/* .scrubSensitive */ .IH)(planOutput, analysis.sensitiveValues)));
}


/***/ }),

/***/ 79144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CK: () => (/* binding */ analyseWithPolicy),
  Z0: () => (/* binding */ prepareRun),
  Tr: () => (/* binding */ reportContextFor),
  Uc: () => (/* binding */ workspaceRelative)
});

// UNUSED EXPORTS: folderKey

// EXTERNAL MODULE: ./src/toolkit/core.ts + 1 modules
var core = __webpack_require__(41745);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/analysis/analyse-plan.ts + 16 modules
var analyse_plan = __webpack_require__(39493);
;// CONCATENATED MODULE: ./src/policy/cost.ts
/**
 * Reads Infracost's JSON (`infracost breakdown --format json` or `infracost diff --format json`):
 * money is decimal text or null; the root has totalMonthlyCost, pastTotalMonthlyCost,
 * diffTotalMonthlyCost and currency; each project has pastBreakdown, breakdown and diff, each with
 * resources[] (name = address, monthlyCost). Anything else is a PolicyError naming the file.
 */


const RESOURCE_CAP = 200;
/** Reads and parses an Infracost JSON file. */
async function readCostEstimate(file) {
    let text;
    try {
        // Synchronous: a small file read once (node:fs/promises would cost every start ~2.5 ms to load).
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* PolicyError */.pn(`Infracost file '${file}' (input 'infracost_json') cannot be read: ${error.message}`);
    }
    return parseCostEstimate(text, file);
}
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

// EXTERNAL MODULE: ./src/policy/environment.ts
var policy_environment = __webpack_require__(97935);
;// CONCATENATED MODULE: ./src/policy/approvals.ts
const CHECKLIST_TEXT = {
    business_justification: 'Business justification written in the pull request',
    cto_approval: 'CTO approval recorded on the pull request'
};
/** Computes the approvals a change needs: the maximum of environment, cost tier and risk. */
function computeRequiredApprovals(input) {
    const reasons = [];
    const checklist = [...input.settings.checklist];
    let required = 0;
    const raise = (count, reason) => {
        reasons.push(reason);
        required = Math.max(required, count);
    };
    if (input.settings.requiredApprovals > 0) {
        raise(input.settings.requiredApprovals, `environment '${input.environment}' requires ${input.settings.requiredApprovals}`);
    }
    if (input.policy.approvalsByCost.length > 0) {
        if (input.monthlyChange === undefined)
            reasons.push('cost tiers not applied: no cost estimate');
        else {
            const tier = input.policy.approvalsByCost.find(candidate => candidate.upTo !== undefined
                ? input.monthlyChange <= candidate.upTo
                : input.monthlyChange > candidate.above);
            if (tier) {
                const bound = tier.upTo !== undefined ? `up to ${tier.upTo}` : `above ${tier.above}`;
                raise(tier.approvals, `monthly cost change ${input.monthlyChange}${input.currency ? ` ${input.currency}` : ''} is in the tier ${bound}: ${tier.approvals}`);
                for (const item of tier.requires)
                    checklist.push(CHECKLIST_TEXT[item] ?? item.replace(/_/g, ' '));
            }
        }
    }
    if (input.risk === 'critical') {
        raise(input.policy.risk.criticalApprovals, `critical risk needs at least ${input.policy.risk.criticalApprovals}`);
    }
    if (reasons.length === 0)
        reasons.push('nothing in the policy requires approvals');
    return { required, checklist: [...new Set(checklist)], reasons };
}
/**
 * Reduces reviews (chronological) to each reviewer's latest decisive state: a comment keeps the
 * earlier decision, a dismissal clears it, a later "changes requested" cancels an approval.
 */
function summarizeReviews(reviews, author, pullRequest) {
    const latest = new Map();
    for (const review of reviews) {
        const user = review.user.toLowerCase();
        const state = review.state.toUpperCase();
        if (state === 'APPROVED' || state === 'CHANGES_REQUESTED')
            latest.set(user, state);
        else if (state === 'DISMISSED')
            latest.delete(user);
    }
    const pick = (state) => [...latest].filter(([, value]) => value === state).map(([user]) => user);
    return { approvers: pick('APPROVED'), changesRequestedBy: pick('CHANGES_REQUESTED'), author, pullRequest };
}
/**
 * Enforcement: counts distinct approvers, excluding the author and anyone whose latest review
 * requests changes. Without review data (no pull request found) the gate cannot verify and denies.
 */
function checkApprovals(requirement, data) {
    const rule = 'approvals';
    if (requirement.required === 0)
        return { rule, severity: 'pass', addresses: [], message: 'No approvals are required.' };
    if (!data) {
        return {
            rule,
            severity: 'deny',
            addresses: [],
            message: `${requirement.required} approval(s) are required (${requirement.reasons.join('; ')}) but no pull request was found for this commit, so they cannot be verified.`,
            remedy: 'Deploy a commit that was merged through a reviewed pull request, or set enforce_approvals=false.'
        };
    }
    const author = data.author.toLowerCase();
    const blocked = new Set(data.changesRequestedBy.map(user => user.toLowerCase()));
    const counted = [...new Set(data.approvers.map(user => user.toLowerCase()))].filter(user => user !== author && !blocked.has(user));
    const ignoredSelf = data.approvers.some(user => user.toLowerCase() === author);
    const notes = [
        ignoredSelf ? `the author's own approval (${data.author}) does not count` : '',
        blocked.size > 0 ? `changes requested by ${[...blocked].join(', ')}` : ''
    ].filter(Boolean);
    const where = data.pullRequest ? ` on pull request #${data.pullRequest}` : '';
    const approvedBy = counted.length > 0 ? counted.join(', ') : 'nobody';
    const suffix = notes.length > 0 ? ` (${notes.join('; ')})` : '';
    if (counted.length >= requirement.required) {
        return {
            rule,
            severity: 'pass',
            addresses: [],
            message: `${counted.length} of ${requirement.required} required approval(s)${where}: approved by ${approvedBy}${suffix}.`
        };
    }
    const missing = requirement.required - counted.length;
    return {
        rule,
        severity: 'deny',
        addresses: [],
        message: `${counted.length} of ${requirement.required} required approval(s)${where}: approved by ${approvedBy}; ${missing} more needed${suffix}. Required because ${requirement.reasons.join('; ')}.`,
        remedy: `Get ${missing} more approving review(s) from someone other than the author, then re-run the job.`
    };
}

;// CONCATENATED MODULE: ./src/policy/cost-ceiling.ts
/** One finding for the cost check. */
function checkCostCeiling(context) {
    const rule = 'cost-ceiling';
    const ceiling = context.settings.maxMonthlyCostIncrease;
    const cost = context.cost;
    if (ceiling === undefined) {
        const change = cost ? ` Monthly change: ${formatMoney(cost.monthlyChange, cost.currency, true)}.` : '';
        return {
            rule,
            severity: 'pass',
            addresses: [],
            message: `No cost ceiling for '${context.environment}'.${change}`
        };
    }
    if (!cost) {
        if (!context.hasChanges)
            return {
                rule,
                severity: 'pass',
                addresses: [],
                message: 'The plan changes nothing, so its cost does not change.'
            };
        const overridden = context.costOverride;
        return {
            rule,
            severity: overridden ? 'warn' : context.missingCostEstimate,
            addresses: [],
            message: `'${context.environment}' has a cost ceiling of ${ceiling}/month but no Infracost estimate was given (input infracost_json), so the cost cannot be checked${overridden ? '; allowed by cost_override' + reasonText(context.overrideReason) : ''}.`,
            remedy: 'Run `infracost diff --format json --out-file infracost.json` (or breakdown) on the plan and pass the file as infracost_json.'
        };
    }
    const addresses = cost.resources
        .filter(resource => resource.monthlyChange > 0)
        .map(resource => resource.address)
        .slice(0, 20);
    const summary = `Monthly cost change ${formatMoney(cost.monthlyChange, cost.currency, true)} (before ${cost.monthlyBefore === null ? 'unknown' : formatMoney(cost.monthlyBefore, cost.currency)}, after ${formatMoney(cost.monthlyAfter, cost.currency)})`;
    const baseline = cost.monthlyBefore === null && cost.monthlyChange === cost.monthlyAfter
        ? ' The file has no past costs, so the whole total counts as the increase.'
        : '';
    if (cost.monthlyChange <= ceiling) {
        return {
            rule,
            severity: 'pass',
            addresses,
            message: `${summary} is within the ceiling of ${formatMoney(ceiling, cost.currency)} for '${context.environment}'.`
        };
    }
    if (context.costOverride) {
        return {
            rule,
            severity: 'warn',
            addresses,
            message: `${summary} exceeds the ceiling of ${formatMoney(ceiling, cost.currency)} for '${context.environment}': allowed by cost_override${reasonText(context.overrideReason)}.${baseline}`
        };
    }
    return {
        rule,
        severity: 'deny',
        addresses,
        message: `${summary} exceeds the ceiling of ${formatMoney(ceiling, cost.currency)} per month for '${context.environment}'.${baseline}`,
        remedy: 'Reduce the cost of the change, or re-run with cost_override=true (and override_reason) after the increase is approved.'
    };
}
function reasonText(reason) {
    return reason.trim() ? ` (reason: ${reason.trim()})` : '';
}
/** `+123.45 USD`, `-5.00 EUR`. */
function formatMoney(amount, currency, signed = false) {
    const sign = signed && amount > 0 ? '+' : '';
    return `${sign}${amount.toFixed(2)} ${currency}`;
}

;// CONCATENATED MODULE: ./src/policy/destroy-guard.ts
/**
 * The production destroy guard: in a protected environment a plan that deletes or replaces
 * anything is denied unless force_recreate is true.
 */

/** Checks the plan against the destroy guard; returns exactly one finding. */
function checkDestroyGuard(analysis, context) {
    const destroying = analysis.counts.destroy;
    const addresses = analysis.destructiveAddresses;
    if (destroying === 0) {
        return {
            rule: 'prod-destroy-guard',
            severity: 'pass',
            addresses: [],
            message: 'The plan destroys nothing.'
        };
    }
    if (!context.protectedEnvironment) {
        return {
            rule: 'prod-destroy-guard',
            severity: 'pass',
            addresses,
            message: `${destroying} resource(s) would be destroyed or replaced; '${context.environment}' is not a protected environment.`
        };
    }
    if (context.forceRecreate) {
        return {
            rule: 'prod-destroy-guard',
            severity: 'warn',
            addresses,
            message: `${destroying} resource(s) in protected environment '${context.environment}' will be destroyed or replaced: allowed because force_recreate=true.`
        };
    }
    return {
        rule: 'prod-destroy-guard',
        severity: 'deny',
        addresses,
        message: `${constants/* PROD_DESTROY_MESSAGE */.l}: ${destroying} resource(s) in protected environment '${context.environment}' would be destroyed or replaced.`,
        remedy: 'Review the addresses listed. If destroying them is intended, re-run with force_recreate=true (workflow_dispatch input); otherwise change the configuration (lifecycle prevent_destroy, moved blocks, or import) so the plan keeps them.'
    };
}

;// CONCATENATED MODULE: ./src/policy/glob.ts
/**
 * Globs for resource types and addresses: `*` any run of characters, `?` one character,
 * `{a,b}` alternatives. Everything else is literal, including `.`, `[` and `"` in addresses.
 */
const cache = new Map();
/** Compiles a glob into an anchored regular expression (cached: the same globs run over every entry). */
function compileGlob(glob) {
    let compiled = cache.get(glob);
    if (!compiled) {
        compiled = new RegExp(`^${translate(glob)}$`, 's');
        cache.set(glob, compiled);
    }
    return compiled;
}
function translate(glob) {
    let out = '';
    let depth = 0;
    for (const char of glob) {
        if (char === '*')
            out += '.*';
        else if (char === '?')
            out += '.';
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
            out += char.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
    }
    // An unclosed brace is literal text gone wrong; close it so the pattern still compiles.
    return out + ')'.repeat(depth);
}
/** True when `value` matches `glob`. */
function matchesGlob(glob, value) {
    return compileGlob(glob).test(value);
}
/** True when the glob has no wildcard, so it names exactly one thing. */
function isLiteralGlob(glob) {
    return !/[*?{]/.test(glob);
}
/**
 * Address globs. A glob that does not start with `module.` or a wildcard also matches the same
 * resource inside any module: `aws_db_instance.*` protects `module.db.aws_db_instance.main` too,
 * because protecting more is the safe reading. `module.network.aws_vpc.*` stays within that module.
 */
function matchesAddressGlob(glob, address) {
    if (matchesGlob(glob, address))
        return true;
    if (glob.startsWith('module.') || glob.startsWith('*'))
        return false;
    const resourcePart = stripModulePath(address);
    return resourcePart !== address && matchesGlob(glob, resourcePart);
}
/** `module.a.module.b["x"].aws_vpc.main` → `aws_vpc.main`. */
function stripModulePath(address) {
    let rest = address;
    while (rest.startsWith('module.')) {
        const next = skipModuleStep(rest);
        if (next === undefined)
            return address;
        rest = next;
    }
    return rest;
}
/** Skips `module.<name>` plus an optional `[index]` (which may contain quoted dots) and the following dot. */
function skipModuleStep(text) {
    let i = 'module.'.length;
    while (i < text.length && text[i] !== '.' && text[i] !== '[')
        i++;
    if (text[i] === '[') {
        let inString = false;
        for (; i < text.length; i++) {
            const char = text[i];
            if (inString && char === '\\')
                i++;
            else if (char === '"')
                inString = !inString;
            else if (char === ']' && !inString)
                break;
        }
        i++;
    }
    return text[i] === '.' ? text.slice(i + 1) : undefined;
}

;// CONCATENATED MODULE: ./src/policy/protected-resources.ts

/** One finding: pass, warn (allowed by allow_destroy), or deny. */
function checkProtectedResources(analysis, context) {
    const rule = 'protected-resource';
    if (context.globs.length === 0)
        return { rule, severity: 'pass', addresses: [], message: 'No protected resources are configured.' };
    if (!context.protectedEnvironment) {
        return {
            rule,
            severity: 'pass',
            addresses: [],
            message: `'${context.environment}' is not a protected environment.`
        };
    }
    const hits = analysis.destructiveAddresses.filter(address => context.globs.some(glob => matchesAddressGlob(glob, address)));
    const allowed = new Set(context.allowDestroy);
    const blocked = hits.filter(address => !allowed.has(address));
    const excused = hits.filter(address => allowed.has(address));
    if (blocked.length > 0) {
        return {
            rule,
            severity: 'deny',
            addresses: blocked,
            message: `${blocked.length} protected resource(s) would be destroyed or replaced in '${context.environment}' (protected_resources: ${context.globs.join(', ')}); force_recreate does not cover them.`,
            remedy: `If destroying them is intended and reviewed, list each exact address in the allow_destroy input (e.g. allow_destroy: ${blocked[0]}); otherwise change the configuration so the plan keeps them.`
        };
    }
    // Addresses beyond the analysis' cap were never seen: fail closed rather than assume they are safe.
    if (analysis.omittedDestructiveAddresses > 0) {
        return {
            rule,
            severity: 'deny',
            addresses: [],
            message: `${analysis.omittedDestructiveAddresses} destroyed or replaced address(es) were not listed by the analysis, so they cannot be checked against protected_resources.`,
            remedy: 'Split the change into smaller plans so every destroyed address can be checked.'
        };
    }
    if (excused.length > 0) {
        return {
            rule,
            severity: 'warn',
            addresses: excused,
            message: `${excused.length} protected resource(s) will be destroyed or replaced: allowed by allow_destroy.`
        };
    }
    return { rule, severity: 'pass', addresses: [], message: 'No protected resource is destroyed or replaced.' };
}

;// CONCATENATED MODULE: ./src/policy/attribute-path.ts
const parsed = new Map();
/** `ingress[*].cidr_blocks` → [ingress, *, cidr_blocks]; cached. */
function parsePath(path) {
    let segments = parsed.get(path);
    if (!segments) {
        segments = [];
        for (const token of path.match(/[^.[\]]+|\[[^\]]*\]/g) ?? []) {
            if (token.startsWith('[')) {
                const inner = token.slice(1, -1).trim();
                if (inner === '*' || inner === '')
                    segments.push({ any: true });
                else if (/^\d+$/.test(inner))
                    segments.push({ index: Number(inner) });
                else
                    segments.push({ name: inner.replace(/^["']|["']$/g, '') });
            }
            else
                segments.push(token === '*' ? { any: true } : { name: token });
        }
        parsed.set(path, segments);
    }
    return segments;
}
/**
 * Every value at `path`. A name applied to a list reaches into each element (blocks such as
 * `root_block_device` are lists in plan JSON). A path that leads nowhere yields one absent leaf.
 */
function resolvePath(after, afterUnknown, path) {
    const leaves = [];
    walk(after, afterUnknown, parsePath(path), 0, leaves);
    return leaves.length === 0 ? [{ unknown: false, value: undefined }] : leaves;
}
/**
 * How many lists a name may reach through implicitly (blocks are lists in planned values, so
 * `root_block_device.encrypted` looks inside the list). Real plans nest a few levels; a hostile plan
 * nesting thousands would otherwise exhaust the stack. Deeper values count as not evaluable.
 */
const MAX_IMPLICIT_LISTS = 64;
function walk(value, unknown, segments, at, out, depth = 0) {
    if (depth > MAX_IMPLICIT_LISTS) {
        out.push({ unknown: true });
        return;
    }
    if (unknown === true) {
        out.push({ unknown: true });
        return;
    }
    if (at === segments.length) {
        out.push({ unknown: false, value });
        return;
    }
    const segment = segments[at];
    const unknownNode = unknown !== null && typeof unknown === 'object' ? unknown : undefined;
    if (Array.isArray(value)) {
        if ('index' in segment)
            return walk(value[segment.index], unknownNode?.[segment.index], segments, at + 1, out);
        const next = 'any' in segment ? at + 1 : at;
        const nextDepth = next === at ? depth + 1 : depth;
        value.forEach((item, index) => walk(item, unknownNode?.[index], segments, next, out, nextDepth));
        return;
    }
    if (value !== null && typeof value === 'object') {
        const record = value;
        if ('name' in segment)
            return walk(record[segment.name], unknownNode?.[segment.name], segments, at + 1, out);
        if ('any' in segment) {
            for (const key of Object.keys(record))
                walk(record[key], unknownNode?.[key], segments, at + 1, out);
        }
        return;
    }
    // A missing object whose child is marked unknown (e.g. `id`) is still unknown.
    if (value === undefined || value === null) {
        const child = 'name' in segment ? unknownNode?.[segment.name] : undefined;
        if (child === true)
            out.push({ unknown: true });
        else
            out.push({ unknown: false, value: undefined });
    }
}
/** Equality for rule values: deep for lists and maps; scalars also compare as text ("true" = true, "443" = 443). */
function valuesEqual(a, b) {
    if (a === b)
        return true;
    if (a === null || b === null || a === undefined || b === undefined)
        return false;
    if (typeof a !== 'object' && typeof b !== 'object')
        return String(a) === String(b);
    if (Array.isArray(a) !== Array.isArray(b) || typeof a !== 'object' || typeof b !== 'object')
        return false;
    if (Array.isArray(a))
        return (a.length === b.length &&
            a.every((item, index) => valuesEqual(item, b[index])));
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    return (keysA.length === keysB.length &&
        keysA.every(key => valuesEqual(a[key], b[key])));
}
/** Whether one known value satisfies `op value`. */
function satisfies(actual, op, expected) {
    const present = actual !== undefined && actual !== null;
    switch (op) {
        case 'equals':
            return valuesEqual(actual, expected);
        case 'not_equals':
            return !valuesEqual(actual, expected);
        case 'in':
            return Array.isArray(expected) && expected.some(item => valuesEqual(actual, item));
        case 'not_in':
            return !(Array.isArray(expected) && expected.some(item => valuesEqual(actual, item)));
        case 'matches':
            return present && typeof actual !== 'object' && new RegExp(String(expected)).test(String(actual));
        case 'exists':
            return present;
        case 'absent':
            return !present;
    }
}
/** Applies `op value` to every leaf at `path`: any failing leaf is a violation, else any unknown leaf is unknown. */
function checkPath(after, afterUnknown, path, op, expected) {
    let sawUnknown = false;
    for (const leaf of resolvePath(after, afterUnknown, path)) {
        if (leaf.unknown)
            sawUnknown = true;
        else if (!satisfies(leaf.value, op, expected))
            return 'violation';
    }
    return sawUnknown ? 'unknown' : 'pass';
}
/** Combines outcomes of several checks on one resource the same way. */
function combineOutcomes(outcomes) {
    if (outcomes.includes('violation'))
        return 'violation';
    return outcomes.includes('unknown') ? 'unknown' : 'pass';
}

;// CONCATENATED MODULE: ./src/policy/builtin-rules.ts
/**
 * The rules infra-guard ships, compiled into the same shape as user rules:
 *   public-database      deny  publicly_accessible = true on RDS, Aurora, Redshift, DMS
 *   unencrypted-storage  deny  storage_encrypted = false (RDS/Aurora), encrypted = false (EBS, root and EBS block devices)
 *   open-ingress         warn  ingress from 0.0.0.0/0 or ::/0 to ports other than 80/443 (AWS, Google, Azure)
 *   required-tags        warn  taggable resources missing any of the required tags
 */


function pathRule(id, severity, message, remedy, checks) {
    return {
        id,
        severity,
        message,
        remedy,
        appliesTo: type => type in checks,
        check: (after, afterUnknown, type) => ({
            outcome: combineOutcomes(checks[type].map(item => checkPath(after, afterUnknown, item.path, item.op, item.value)))
        })
    };
}
const notPublic = [{ path: 'publicly_accessible', op: 'not_equals', value: true }];
const storageEncrypted = [{ path: 'storage_encrypted', op: 'not_equals', value: false }];
const blockDevices = [
    { path: 'root_block_device.encrypted', op: 'not_equals', value: false },
    { path: 'ebs_block_device.encrypted', op: 'not_equals', value: false }
];
/** The built-in rules with the policy's required tags. */
function builtinRules(policy) {
    return [
        pathRule('public-database', 'deny', 'Databases must not be publicly accessible (publicly_accessible = true).', 'Set publicly_accessible = false and reach the database through private networking, or lower the rule with rule_severity.', {
            aws_db_instance: notPublic,
            aws_rds_cluster_instance: notPublic,
            aws_redshift_cluster: notPublic,
            aws_dms_replication_instance: notPublic
        }),
        pathRule('unencrypted-storage', 'deny', 'Storage must be encrypted at rest (storage_encrypted / encrypted = false).', 'Set storage_encrypted = true (RDS/Aurora) or encrypted = true (EBS volumes and block devices).', {
            aws_db_instance: storageEncrypted,
            aws_rds_cluster: storageEncrypted,
            aws_docdb_cluster: storageEncrypted,
            aws_ebs_volume: [{ path: 'encrypted', op: 'not_equals', value: false }],
            aws_instance: blockDevices,
            aws_launch_configuration: blockDevices,
            aws_launch_template: [{ path: 'block_device_mappings.ebs.encrypted', op: 'not_equals', value: false }]
        }),
        openIngressRule(),
        requiredTagsRule(policy.requiredTags)
    ];
}
const OPEN_CIDRS = ['0.0.0.0/0', '::/0'];
const OPEN_AZURE_SOURCES = ['*', '0.0.0.0/0', '::/0', 'internet', 'any'];
const WEB_PORTS = [80, 443];
const ALL_PORTS = [[0, 65535]];
/** One value at a path, or 'unknown'. */
function read(after, afterUnknown, path) {
    const leaves = resolvePath(after, afterUnknown, path);
    if (leaves.some(leaf => leaf.unknown))
        return UNKNOWN;
    return leaves.length === 1
        ? leaves[0].value
        : leaves.map(leaf => leaf.value);
}
const UNKNOWN = Symbol('known after apply');
function asList(value) {
    if (value === undefined || value === null)
        return [];
    return Array.isArray(value) ? value : [value];
}
/** A port text: "22", "1000-2000", "*" (all). */
function portRange(text) {
    const raw = String(text).trim();
    if (raw === '*' || raw === '')
        return [0, 65535];
    const [from, to] = raw.split('-').map(Number);
    return [from, Number.isNaN(to) || to === undefined ? from : to];
}
function onlyWebPorts(ports) {
    return ports.every(([from, to]) => from === to && WEB_PORTS.includes(from));
}
/** Judges one ingress: sources and ports may each be unknown. */
function judgeIngress(sources, ports) {
    if (sources === UNKNOWN)
        return 'unknown';
    const open = asList(sources).some(source => OPEN_CIDRS.includes(String(source).toLowerCase()) ||
        OPEN_AZURE_SOURCES.includes(String(source).toLowerCase()));
    if (!open)
        return 'pass';
    if (ports === UNKNOWN)
        return 'unknown';
    return onlyWebPorts(ports) ? 'pass' : 'violation';
}
function awsPorts(rule, protocolKey) {
    const protocol = String(rule[protocolKey] ?? '');
    if (protocol === '-1' || protocol === 'all')
        return ALL_PORTS;
    const from = rule.from_port;
    const to = rule.to_port;
    if (from === undefined || from === null || to === undefined || to === null)
        return ALL_PORTS;
    return [[Number(from), Number(to)]];
}
function openIngressRule() {
    const checks = {
        aws_security_group: (after, au) => {
            const ingress = read(after, au, 'ingress');
            if (ingress === UNKNOWN)
                return 'unknown';
            return combineOutcomes(asList(ingress).map((rule, index) => {
                const sources = [
                    read(after, au, `ingress[${index}].cidr_blocks`),
                    read(after, au, `ingress[${index}].ipv6_cidr_blocks`)
                ];
                if (sources.includes(UNKNOWN))
                    return 'unknown';
                return judgeIngress(sources.flatMap(asList), awsPorts(rule, 'protocol'));
            }));
        },
        aws_security_group_rule: (after, au) => {
            if (read(after, au, 'type') !== 'ingress')
                return 'pass';
            const sources = [read(after, au, 'cidr_blocks'), read(after, au, 'ipv6_cidr_blocks')];
            if (sources.includes(UNKNOWN))
                return 'unknown';
            return judgeIngress(sources.flatMap(asList), awsPorts(after, 'protocol'));
        },
        aws_vpc_security_group_ingress_rule: (after, au) => {
            const sources = [read(after, au, 'cidr_ipv4'), read(after, au, 'cidr_ipv6')];
            if (sources.includes(UNKNOWN))
                return 'unknown';
            return judgeIngress(sources.flatMap(asList), awsPorts(after, 'ip_protocol'));
        },
        google_compute_firewall: (after, au) => {
            if (String(read(after, au, 'direction') ?? 'INGRESS').toUpperCase() === 'EGRESS')
                return 'pass';
            const allow = read(after, au, 'allow');
            if (allow === UNKNOWN)
                return 'unknown';
            const ports = asList(allow).flatMap(entry => {
                const record = entry;
                const listed = asList(record.ports);
                return listed.length === 0 || record.protocol === 'all' ? ALL_PORTS : listed.map(portRange);
            });
            return asList(allow).length === 0 ? 'pass' : judgeIngress(read(after, au, 'source_ranges'), ports);
        },
        azurerm_network_security_rule: (after, au) => {
            if (String(read(after, au, 'direction')).toLowerCase() !== 'inbound')
                return 'pass';
            if (String(read(after, au, 'access')).toLowerCase() !== 'allow')
                return 'pass';
            const sources = [read(after, au, 'source_address_prefix'), read(after, au, 'source_address_prefixes')];
            const ranges = [read(after, au, 'destination_port_range'), read(after, au, 'destination_port_ranges')];
            if (sources.includes(UNKNOWN))
                return 'unknown';
            const ports = ranges.includes(UNKNOWN) ? UNKNOWN : ranges.flatMap(asList).map(portRange);
            return judgeIngress(sources.flatMap(asList), ports === UNKNOWN || ports.length > 0 ? ports : ALL_PORTS);
        }
    };
    return {
        id: 'open-ingress',
        severity: 'warn',
        message: 'Ingress from 0.0.0.0/0 or ::/0 to ports other than 80/443.',
        remedy: 'Restrict the source ranges (VPN, bastion, load balancer security group) or open only ports 80/443.',
        appliesTo: type => type in checks,
        check: (after, afterUnknown, type) => ({ outcome: checks[type](after, afterUnknown) })
    };
}
function requiredTagsRule(required) {
    return {
        id: 'required-tags',
        severity: 'warn',
        message: `Taggable resources must carry the tags ${required.join(', ')}.`,
        remedy: 'Add the missing tags (the AWS provider default_tags count), or change required_tags in the policy.',
        appliesTo: () => required.length > 0,
        check: (after, afterUnknown, type) => {
            if (after === null || typeof after !== 'object')
                return { outcome: 'pass' };
            const record = after;
            const key = type.startsWith('google_') ? 'labels' : 'tags';
            // Only resources whose schema has tags (the key is present, even as null) are taggable.
            if (!(key in record) && !(`${key}_all` in record))
                return { outcome: 'pass' };
            const unknown = (afterUnknown ?? {});
            if (unknown[key] === true)
                return { outcome: 'unknown' };
            const normalise = (name) => key === 'labels' ? name.toLowerCase().replace(/[-_]/g, '') : name;
            const present = new Set([record[key], record[`${key}_all`]]
                .flatMap(map => (map && typeof map === 'object' ? Object.keys(map) : []))
                .map(normalise));
            const missing = required.filter(tag => !present.has(normalise(tag)));
            if (missing.length === 0)
                return { outcome: 'pass' };
            // Provider default tags land in tags_all; while that is unknown the tags cannot be judged yet.
            if (unknown[`${key}_all`] === true)
                return { outcome: 'unknown' };
            return { outcome: 'violation', detail: `missing ${missing.join(', ')}` };
        }
    };
}
/** Whether a type matches any of the globs. */
function typeMatches(globs, type) {
    return globs.some(glob => matchesGlob(glob, type));
}

// EXTERNAL MODULE: ./src/policy/defaults.ts
var defaults = __webpack_require__(66794);
;// CONCATENATED MODULE: ./src/policy/limits.ts

/** Addresses listed per limit; further ones are counted. */
const LISTED_ADDRESSES = 100;
/** Counts creates per limit key; `findings()` yields one finding per configured limit. */
function createLimitCounter(limits) {
    const keys = Object.keys(limits);
    const counts = new Map(keys.map(key => [key, { count: 0, addresses: [] }]));
    return {
        visit(entry) {
            if (keys.length === 0 || entry.mode !== 'managed')
                return;
            const actions = entry.change?.actions ?? [];
            if (actions.length !== 1 || actions[0] !== 'create')
                return;
            for (const key of keys) {
                if (!matchesGlob(key, entry.type))
                    continue;
                const tally = counts.get(key);
                tally.count++;
                if (tally.addresses.length < LISTED_ADDRESSES)
                    tally.addresses.push(entry.address);
            }
        },
        findings() {
            return keys.map(key => {
                const { count, addresses } = counts.get(key);
                const max = limits[key];
                const more = count > addresses.length ? ` (${count - addresses.length} more not listed)` : '';
                if (count <= max) {
                    return {
                        rule: `resource-limit:${key}`,
                        severity: 'pass',
                        addresses,
                        message: `Creates ${count} ${key} (limit ${max}).`
                    };
                }
                return {
                    rule: `resource-limit:${key}`,
                    severity: 'deny',
                    addresses,
                    message: `The plan creates ${count} resource(s) of type ${key}; this environment allows at most ${max} per change${more}.`,
                    remedy: `Split the change into smaller pull requests, or raise resource_limits.${key} for this environment in the policy file.`
                };
            });
        }
    };
}

;// CONCATENATED MODULE: ./src/policy/rules.ts




/** Addresses kept per rule and outcome; further ones are counted. */
const RULE_ADDRESS_CAP = 100;
/** Per-address details ("missing Owner") kept per rule. */
const DETAIL_CAP = 5;
/** The settings of the resolved environment (an unknown environment gets none, but keeps its protection). */
function environmentPolicy(policy, environment) {
    return policy.environments[environment.name] ?? (0,defaults/* emptyEnvironmentPolicy */.vd)(environment.protected);
}
/** Compiles the rules in effect in `environment` (severity overrides applied, `off` rules dropped). */
function compileRules(policy, environment) {
    const settings = environmentPolicy(policy, environment);
    const users = policy.rules
        .filter(rule => appliesInEnvironment(rule, policy, environment.name))
        .map(compileUserRule);
    const compiled = [];
    for (const rule of [...builtinRules(policy), ...users]) {
        const level = settings.ruleSeverity[rule.id] ?? policy.ruleSeverity[rule.id] ?? rule.severity;
        if (level !== 'off')
            compiled.push({ ...rule, severity: level });
    }
    return compiled;
}
function appliesInEnvironment(rule, policy, environment) {
    if (rule.environments.length === 0)
        return true;
    return rule.environments.some(name => {
        const wanted = name.toLowerCase();
        if (wanted === environment.toLowerCase())
            return true;
        return (policy.environments[environment]?.aliases ?? []).some(alias => alias.toLowerCase() === wanted);
    });
}
function compileUserRule(rule) {
    return {
        id: rule.id,
        severity: rule.severity,
        message: rule.message,
        remedy: `Change the resource so that '${rule.path}' ${describeOp(rule)}, or adjust rule '${rule.id}' in the policy file.`,
        appliesTo: type => typeMatches(rule.types, type),
        check: (after, afterUnknown) => ({
            outcome: checkPath(after, afterUnknown, rule.path, rule.op, rule.value)
        })
    };
}
/** `equals true`, `is one of [a, b]`, … for messages (rule values come from the policy, never from the plan). */
function describeOp(rule) {
    const value = JSON.stringify(rule.value);
    switch (rule.op) {
        case 'equals':
            return `equals ${value}`;
        case 'not_equals':
            return `does not equal ${value}`;
        case 'in':
            return `is one of ${value}`;
        case 'not_in':
            return `is none of ${value}`;
        case 'matches':
            return `matches /${String(rule.value)}/`;
        case 'exists':
            return 'is set';
        case 'absent':
            return 'is not set';
    }
}
/** Creates the visitor the analysis feeds with every raw resource entry. */
function createRuleEvaluator(policy, environment) {
    const rules = compileRules(policy, environment);
    const limits = createLimitCounter(environmentPolicy(policy, environment).resourceLimits);
    const violations = new Map(rules.map(rule => [rule.id, emptyTally()]));
    const unknowns = new Map(rules.map(rule => [rule.id, emptyTally()]));
    let entriesSeen = 0;
    function visit(entry) {
        if (entry.mode !== 'managed')
            return;
        entriesSeen++;
        limits.visit(entry);
        const actions = entry.change?.actions ?? [];
        // Rules judge planned values: only entries that create or update an object have any.
        if (!actions.includes('create') && !actions.includes('update'))
            return;
        const after = entry.change.after;
        if (after === null || typeof after !== 'object')
            return;
        for (const rule of rules) {
            if (!rule.appliesTo(entry.type))
                continue;
            const result = rule.check(after, entry.change.after_unknown, entry.type);
            if (result.outcome === 'pass')
                continue;
            record((result.outcome === 'violation' ? violations : unknowns).get(rule.id), entry.address, result.detail);
        }
    }
    return {
        onResourceChange: visit,
        get entriesSeen() {
            return entriesSeen;
        },
        findings() {
            const out = [];
            for (const rule of rules) {
                out.push(violationFinding(rule, violations.get(rule.id)));
                const unknown = unknowns.get(rule.id);
                if (unknown.count > 0)
                    out.push(unknownFinding(rule, unknown));
            }
            return [...out, ...limits.findings()];
        }
    };
}
function emptyTally() {
    return { count: 0, addresses: [], details: [] };
}
function record(tally, address, detail) {
    tally.count++;
    if (tally.addresses.length < RULE_ADDRESS_CAP)
        tally.addresses.push(address);
    if (detail && tally.details.length < DETAIL_CAP)
        tally.details.push(`${address}: ${detail}`);
}
function more(tally) {
    return tally.count > tally.addresses.length
        ? ` (${tally.count - tally.addresses.length} more not listed)`
        : '';
}
function violationFinding(rule, tally) {
    if (tally.count === 0)
        return { rule: `rule:${rule.id}`, severity: 'pass', addresses: [], message: rule.message };
    const details = tally.details.length > 0 ? ` ${tally.details.join('; ')}.` : '';
    return {
        rule: `rule:${rule.id}`,
        severity: rule.severity,
        addresses: tally.addresses,
        message: `${rule.message} ${tally.count} resource(s) violate it${more(tally)}.${details}`,
        remedy: rule.remedy
    };
}
/** Known after apply: neither a violation nor a pass, so it is reported as a warning to re-check after apply. */
function unknownFinding(rule, tally) {
    return {
        rule: `rule:${rule.id}`,
        severity: 'warn',
        addresses: tally.addresses,
        message: `Rule '${rule.id}' cannot be decided for ${tally.count} resource(s): the value is known after apply${more(tally)}. Not counted as a violation or a pass.`,
        remedy: 'Check these resources after apply, or make the value known at plan time (a literal instead of a computed reference).'
    };
}

// EXTERNAL MODULE: ./src/policy/windows.ts
var policy_windows = __webpack_require__(45983);
;// CONCATENATED MODULE: ./src/policy/evaluate-gate.ts






/** Evaluates every check. Pure: the clock and all data are parameters. */
function evaluateGate(input) {
    const { analysis, policy, environment } = input;
    const settings = environmentPolicy(policy, environment);
    const findings = [...checkPlanTrust(analysis)];
    findings.push(checkDestroyGuard(analysis, {
        environment: environment.name,
        protectedEnvironment: environment.protected,
        forceRecreate: input.forceRecreate
    }));
    findings.push(checkProtectedResources(analysis, {
        globs: policy.protectedResources,
        protectedEnvironment: environment.protected,
        environment: environment.name,
        allowDestroy: input.allowDestroy
    }));
    const overridesUsed = [];
    const windowFinding = checkWindows(settings, input);
    if (windowFinding.severity === 'warn' && input.emergencyOverride)
        overridesUsed.push('emergency_override');
    findings.push(windowFinding);
    const costFinding = checkCostCeiling({
        environment: environment.name,
        settings,
        cost: input.cost,
        costOverride: input.costOverride,
        overrideReason: input.overrideReason,
        hasChanges: analysis.hasChanges,
        missingCostEstimate: policy.missingCostEstimate
    });
    if (costFinding.severity === 'warn' && input.costOverride)
        overridesUsed.push('cost_override');
    findings.push(costFinding, ...input.ruleFindings);
    const approvals = computeRequiredApprovals({
        policy,
        environment: environment.name,
        settings,
        monthlyChange: input.cost?.monthlyChange,
        currency: input.cost?.currency,
        risk: analysis.risk.level
    });
    if (input.enforceApprovals)
        findings.push(checkApprovals(approvals, input.approvalsData));
    return {
        allowed: !findings.some(finding => finding.severity === 'deny'),
        environment: environment.name,
        protectedEnvironment: environment.protected,
        findings,
        approvals,
        cost: input.cost,
        overridesUsed,
        overrideReason: input.overrideReason.trim()
    };
}
/** Fail closed: a plan the analysis could not fully read or that Terraform marked errored is denied. */
function checkPlanTrust(analysis) {
    const findings = [];
    if (analysis.unreadable.length > 0) {
        findings.push({
            rule: 'plan-unreadable',
            severity: 'deny',
            addresses: analysis.unreadable.map(entry => entry.address).slice(0, 100),
            message: `${analysis.unreadable.length} plan entr(ies) could not be understood: ${analysis.unreadable
                .slice(0, 5)
                .map(entry => `${entry.address}: ${entry.problem}`)
                .join('; ')}. The gate refuses what it cannot read.`,
            remedy: 'Use a terraform/tofu version whose plan format infra-guard supports, or report the entry to infra-guard.'
        });
    }
    if (analysis.errored) {
        findings.push({
            rule: 'plan-errored',
            severity: 'deny',
            addresses: [],
            message: `Terraform marked the plan in '${analysis.source}' as errored; it is not safe to apply.`,
            remedy: 'Fix the errors shown by terraform plan and create a new plan.'
        });
    }
    if (!analysis.complete) {
        findings.push({
            rule: 'plan-incomplete',
            severity: 'deny',
            addresses: [],
            message: `The plan in '${analysis.source}' is incomplete (Terraform deferred some changes), so the gate cannot see everything that apply would do.`,
            remedy: 'Apply in stages so that each plan is complete, then run the gate on each.'
        });
    }
    return findings;
}
function checkWindows(settings, input) {
    const rule = 'deployment-window';
    const windows = settings.deploymentWindows;
    if (!windows)
        return {
            rule,
            severity: 'pass',
            addresses: [],
            message: `No deployment windows for '${input.environment.name}'.`
        };
    const status = (0,policy_windows/* checkDeploymentWindow */.a_)(windows, input.now);
    if (status.open)
        return { rule, severity: 'pass', addresses: [], message: status.reason };
    const reason = input.overrideReason.trim();
    if (input.emergencyOverride && reason !== '') {
        return {
            rule,
            severity: 'warn',
            addresses: [],
            message: `${status.reason} Allowed by emergency_override; reason: ${reason}`
        };
    }
    const next = status.nextOpen ? ` The next window opens ${status.nextOpen}.` : '';
    const severity = 'deny';
    return {
        rule,
        severity,
        addresses: [],
        message: `Outside the deployment window for '${input.environment.name}': ${status.reason}${next}${input.emergencyOverride
            ? ' emergency_override was set without an override_reason, so it does not apply.'
            : ''}`,
        remedy: 'Deploy inside the window, or re-run with emergency_override=true and a non-empty override_reason (recorded in the summary and outputs).'
    };
}
/** The `policy_violations` output: every warn and deny finding as {rule, severity, addresses, message}. */
function listViolations(findings) {
    return findings
        .filter(finding => finding.severity !== 'pass')
        .map(({ rule, severity, addresses, message }) => ({ rule, severity, addresses, message }));
}

;// CONCATENATED MODULE: ./src/policy/describe-policy.ts
/**
 * Renders the effective policy as plain text for a collapsed log group, one setting per line,
 * so a reader can see exactly which defaults the file changed.
 */

/** Multi-line description of the effective policy. */
function describePolicy(policy) {
    const lines = ['Environments:'];
    for (const [name, environment] of Object.entries(policy.environments)) {
        const facts = [
            environment.protected ? 'protected' : 'not protected',
            `aliases: ${list(environment.aliases)}`,
            `branches: ${list(environment.branches)}`,
            `max monthly cost increase: ${environment.maxMonthlyCostIncrease ?? 'none'}`,
            `required approvals: ${environment.requiredApprovals}`
        ];
        lines.push(`  ${name}: ${facts.join('; ')}`);
        const limits = Object.entries(environment.resourceLimits);
        if (limits.length > 0)
            lines.push(`    resource limits: ${limits.map(([type, max]) => `${type} ≤ ${max}`).join(', ')}`);
        const windows = environment.deploymentWindows;
        if (windows) {
            lines.push(`    deployment windows (${windows.timezone}): allow ${list(windows.allow, 'any time')}; block ${list(windows.block)}`);
        }
        else
            lines.push('    deployment windows: none (any time)');
        const severities = Object.entries(environment.ruleSeverity);
        if (severities.length > 0)
            lines.push(`    rule severity: ${severities.map(([id, level]) => `${id}=${level}`).join(', ')}`);
        if (environment.checklist.length > 0)
            lines.push(`    checklist: ${environment.checklist.join('; ')}`);
    }
    lines.push(`Protected resources: ${list(policy.protectedResources)}`);
    lines.push(`Approvals by cost: ${policy.approvalsByCost.length === 0
        ? 'none'
        : policy.approvalsByCost
            .map(tier => `${tier.upTo !== undefined ? `≤ ${tier.upTo}` : `> ${tier.above}`} → ${tier.approvals}${tier.requires.length ? ` + ${tier.requires.join(', ')}` : ''}`)
            .join('; ')}`);
    lines.push(`Critical risk needs at least ${policy.risk.criticalApprovals} approval(s)`);
    const builtins = defaults/* BUILTIN_RULE_IDS */.Gd.map(id => `${id}${policy.ruleSeverity[id] ? `=${policy.ruleSeverity[id]}` : ''}`);
    lines.push(`Built-in rules: ${builtins.join(', ')} (required tags: ${list(policy.requiredTags)})`);
    lines.push(`User rules: ${policy.rules.length === 0 ? 'none' : policy.rules.map(rule => `${rule.id} (${rule.severity})`).join(', ')}`);
    lines.push(`Missing cost estimate with a cost ceiling: ${policy.missingCostEstimate}`);
    lines.push(`Risk: deletion threshold ${policy.risk.deletionThreshold}; extra data-bearing types: ${list(policy.risk.dataBearingTypes)}`);
    return lines.join('\n');
}
function list(items, empty = 'none') {
    return items.length === 0 ? empty : items.join(', ');
}

;// CONCATENATED MODULE: ./src/policy/load-policy.ts
/**
 * Finds the policy file. A missing default file means the built-in policy; a missing explicit file is
 * an error. The parser (YAML and JSON Schema, half a megabyte of code) is loaded only when there is
 * a file to parse, so runs on the built-in defaults start fast.
 */




/** Reads, validates and merges the policy file. Throws PolicyError naming the file and each problem. */
async function loadPolicy(options) {
    let text;
    try {
        // Synchronous: a small file read once (node:fs/promises would cost every start ~2.5 ms to load).
        text = (0,external_node_fs_.readFileSync)(options.path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && !options.explicit)
            return { policy: (0,defaults/* defaultPolicy */.G4)(), source: 'defaults', path: options.path };
        if (code === 'ENOENT') {
            throw new errors/* PolicyError */.pn(`Policy file '${options.path}' (input 'config') does not exist; fix the path, or remove the input to use the built-in defaults`);
        }
        throw new errors/* PolicyError */.pn(`Policy file '${options.path}' cannot be read: ${error.message}`);
    }
    const { parsePolicy } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(463), __webpack_require__.e(542)]).then(__webpack_require__.bind(__webpack_require__, 63542));
    return { policy: parsePolicy(text, options.path), source: 'file', path: options.path };
}

// EXTERNAL MODULE: ./src/terraform/obtain-plan.ts
var obtain_plan = __webpack_require__(1231);
;// CONCATENATED MODULE: ./src/modes/run-setup.ts
/**
 * What plan and safety-gate share: load the policy, resolve the environment, analyse the plan
 * with the policy's rule evaluator riding along, and evaluate the gate.
 */












/** Loads the policy (printed in a collapsed group) and resolves the target environment. */
async function prepareRun(inputs) {
    const loaded = await core/* group */.Os('Policy', async () => {
        const result = await loadPolicy(inputs.config);
        core/* info */.pq(result.source === 'file'
            ? `Policy file: ${result.path}`
            : `No policy file at ${result.path}: built-in defaults`);
        core/* info */.pq(describePolicy(result.policy));
        return result;
    });
    const environment = (0,policy_environment/* resolveEnvironment */.g9)(inputs.environmentRequest, loaded.policy.environments);
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.environment, environment.name);
    core/* info */.pq(`Target environment: ${environment.name} (from ${environment.source}${environment.requested !== environment.name ? `: '${environment.requested}'` : ''}; ${environment.protected ? 'protected' : 'not protected'})`);
    const key = folderKey(`${(0,external_node_path_.resolve)(inputs.workingDirectory)}\0${environment.name}`);
    const outputDir = (0,external_node_path_.resolve)(inputs.context.tempDir, 'infra-guard', `${inputs.mode}-${key}`);
    (0,external_node_fs_.mkdirSync)(outputDir, { recursive: true });
    return { loaded, environment, outputDir };
}
/**
 * A 12-hex-digit name for the run's scratch folder: the same directory and environment always give
 * the same folder, different ones practically never share one. Nothing secret rides on it (the folder
 * sits in the runner's own temp dir), so FNV-1a 64 over the UTF-16 code units does instead of sha256,
 * whose node:crypto import cost ~5 ms of every start. BigInt is fast enough for one short string.
 */
function folderKey(text) {
    let hash = 0xcbf29ce484222325n;
    for (let i = 0; i < text.length; i++) {
        hash = ((hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    return hash.toString(16).padStart(16, '0').slice(0, 12);
}
/**
 * Reads the plan once: the analysis and the policy's rules see every entry in the same pass.
 * With `enforceApprovals` (safety-gate) and the input set, the merged pull request's reviews are fetched.
 */
async function analyseWithPolicy(inputs, setup, planJson, options = {}) {
    const { policy } = setup.loaded;
    const rules = createRuleEvaluator(policy, setup.environment);
    const analysis = await (0,analyse_plan.analysePlanFile)(planJson, {
        dataBearingTypes: policy.risk.dataBearingTypes,
        deletionThreshold: policy.risk.deletionThreshold,
        visitors: [rules]
    });
    const cost = inputs.infracostJson
        ? await readCostEstimate((0,obtain_plan/* resolveUserPath */.T)(inputs.infracostJson, inputs.workingDirectory, 'infracost_json'))
        : undefined;
    const enforce = Boolean(options.enforceApprovals && inputs.enforceApprovals);
    const approvalsData = enforce ? await fetchApprovals(inputs) : undefined;
    const verdict = evaluateGate({
        analysis,
        policy,
        environment: setup.environment,
        forceRecreate: inputs.forceRecreate,
        allowDestroy: inputs.allowDestroy,
        costOverride: inputs.costOverride,
        emergencyOverride: inputs.emergencyOverride,
        overrideReason: inputs.overrideReason,
        cost,
        ruleFindings: rules.findings(),
        enforceApprovals: enforce,
        approvalsData,
        now: new Date()
    });
    return {
        analysis,
        verdict,
        cost,
        setPolicyOutputs: () => {
            core/* setOutput */.uH(constants/* OUTPUT */.aQ.policyViolations, JSON.stringify(listViolations(verdict.findings)));
            core/* setOutput */.uH(constants/* OUTPUT */.aQ.requiredApprovals, String(verdict.approvals.required));
            if (cost) {
                core/* setOutput */.uH(constants/* OUTPUT */.aQ.monthlyCostChange, cost.monthlyChange.toFixed(2));
                core/* setOutput */.uH(constants/* OUTPUT */.aQ.costCurrency, cost.currency);
            }
        }
    };
}
/** Reviews of the pull request merged into this commit; undefined when there is none (the gate then denies). */
async function fetchApprovals(inputs) {
    const { context } = inputs;
    if (!inputs.githubToken || !context.repository) {
        throw new errors/* InputError */.dz("enforce_approvals needs 'github_token' and a GitHub repository context to look up the pull request's reviews");
    }
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(293), __webpack_require__.e(632)]).then(__webpack_require__.bind(__webpack_require__, 71632));
    const { countApprovals, findPullRequestForCommit } = await __webpack_require__.e(/* import() */ 47).then(__webpack_require__.bind(__webpack_require__, 70047));
    const client = createGitHubClient({ token: inputs.githubToken, apiUrl: context.apiUrl });
    const { owner, repo } = context.repository;
    const pull = context.prNumber
        ? { number: context.prNumber }
        : await findPullRequestForCommit(client, owner, repo, context.sha);
    if (!pull)
        return undefined;
    const count = await countApprovals(client, owner, repo, pull.number);
    return { ...count, pullRequest: pull.number };
}
/** The working directory as the manifest and markers record it: relative to the workspace. */
function workspaceRelative(inputs) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(inputs.context.workspace), (0,external_node_path_.resolve)(inputs.workingDirectory));
    return rel === '' ? '.' : rel;
}
/** Report context from the run's facts and the gate's evaluation. */
function reportContextFor(inputs, setup, evaluated) {
    const verdict = evaluated.verdict;
    const approvals = 'approvals' in verdict ? verdict.approvals : undefined;
    const cost = evaluated.cost;
    return {
        environment: setup.environment.name,
        workingDirectory: workspaceRelative(inputs),
        runUrl: inputs.context.runUrl,
        commitSha: inputs.context.sha || undefined,
        verdict,
        dryRun: inputs.dryRun,
        approvals: approvals
            ? { required: approvals.required, checklist: approvals.checklist, reasons: approvals.reasons }
            : undefined,
        cost: cost
            ? {
                currency: cost.currency,
                monthlyBefore: cost.monthlyBefore ?? undefined,
                monthlyAfter: cost.monthlyAfter,
                monthlyChange: cost.monthlyChange
            }
            : undefined,
        artifactName: inputs.context.hasActionsRuntime ? inputs.artifactName : undefined,
        policyNote: setup.loaded.source === 'file' ? `Policy: ${setup.loaded.path}` : 'Policy: built-in defaults'
    };
}


/***/ }),

/***/ 66794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ defaultPolicy),
/* harmony export */   Gd: () => (/* binding */ BUILTIN_RULE_IDS),
/* harmony export */   vd: () => (/* binding */ emptyEnvironmentPolicy)
/* harmony export */ });
/* unused harmony exports DEFAULT_REQUIRED_TAGS, DEFAULT_CRITICAL_APPROVALS */
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
            branches: [...definition.branches]
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

/***/ 19006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ parseWindowSpec)
/* harmony export */ });
/* unused harmony exports WINDOW_SPEC_FORMS, daysInMonth */
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


/***/ }),

/***/ 45983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ assertTimeZone),
/* harmony export */   a_: () => (/* binding */ checkDeploymentWindow)
/* harmony export */ });
/* unused harmony exports toLocalTime, formatLocalTime */
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

/***/ 83067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IH: () => (/* binding */ scrubSensitive),
/* harmony export */   dv: () => (/* binding */ scrubLines)
/* harmony export */ });
/* unused harmony export MIN_SCRUB_LENGTH */
/* harmony import */ var _analysis_scrub_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(397);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57789);
/**
 * The renderers' last line of defence for secrets. The analysis masks every value Terraform marks
 * sensitive before a renderer sees it; this removes any sensitive string that still slipped through
 * from the finished text, in every form a renderer could have written it (raw, JSON-quoted,
 * Markdown-escaped, inside `<code>`, as a log line).
 */



/**
 * Values shorter than this are not scrubbed from finished text: a two-letter secret cannot be told
 * apart from ordinary words, and replacing every `on` would destroy the report. Such values are
 * still masked by the analysis, which knows where they are.
 */
const MIN_SCRUB_LENGTH = 3;
/** Every form in which `value` could appear in rendered output. */
function renderedForms(value) {
    const forms = new Set([value]);
    forms.add(JSON.stringify(value).slice(1, -1));
    forms.add((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(value));
    forms.add((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(value).slice('<code>'.length, -'</code>'.length));
    forms.add((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeLogLine */ ._P)(value));
    return [...forms].filter(form => form.length >= MIN_SCRUB_LENGTH);
}
/**
 * Scrubbers are built once per collection of secrets: a report scrubs thousands of strings against
 * the same set, and rebuilding the forms of every secret for each string would cost secrets × strings.
 */
const scrubbers = new WeakMap();
function scrubberFor(sensitiveValues) {
    const size = sensitiveValues instanceof Set
        ? sensitiveValues.size
        : Array.isArray(sensitiveValues)
            ? sensitiveValues.length
            : -1;
    const cached = size >= 0 ? scrubbers.get(sensitiveValues) : undefined;
    if (cached && cached.size === size)
        return cached.scrub;
    const forms = [];
    for (const value of sensitiveValues) {
        if (typeof value !== 'string' || value.length < MIN_SCRUB_LENGTH)
            continue;
        forms.push(...renderedForms(value));
    }
    const scrub = (0,_analysis_scrub_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .createSecretScrubber */ .dA)(forms);
    if (size >= 0)
        scrubbers.set(sensitiveValues, { size, scrub });
    return scrub;
}
/**
 * Replaces every occurrence of every sensitive value (and its escaped forms) in `text` with
 * `(sensitive)`, including the beginning of a value that was cut and ends in `…`.
 */
function scrubSensitive(text, sensitiveValues) {
    return scrubberFor(sensitiveValues)(text);
}
/** Scrubs each line of a log; a line never gains a line break from scrubbing. */
function scrubLines(lines, sensitiveValues) {
    const values = [...sensitiveValues];
    return lines.map(line => scrubSensitive(line, values));
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


/***/ }),

/***/ 1231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ obtainPlan),
/* harmony export */   T: () => (/* binding */ resolveUserPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40410);
/**
 * Gets plan JSON on disk, whichever way the user supplies the plan: a JSON path, a binary plan
 * (`terraform show -json` on it), or nothing (init + plan + show in the working directory).
 */




/** Resolves a user path: absolute, relative to the workspace (cwd), or relative to working_directory. */
function resolveUserPath(path, workingDirectory, inputName) {
    const candidates = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? [path] : [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workingDirectory, path)];
    for (const candidate of candidates) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(candidate).isFile())
            return candidate;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Input '${inputName}' names '${path}', which does not exist (looked in ${candidates.join(' and ')}). ` +
        `Check the path, or make sure the step that writes it ran in this job (or download its artifact first).`);
}
/** Produces the plan JSON the analysis reads. Throws InputError/TerraformError with terraform's own message. */
async function obtainPlan(request) {
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(request.workingDirectory);
    if (request.planJson && request.planFile) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz("Inputs 'plan_json' and 'plan_file' are both set; set only one of them");
    }
    if (request.planJson) {
        return { planJson: resolveUserPath(request.planJson, cwd, 'plan_json'), origin: 'plan_json' };
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(cwd) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(cwd).isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Input 'working_directory' is '${request.workingDirectory}', which is not a directory; set it to the root module's folder`);
    }
    const binary = (0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveTerraformBinary */ .i)(request.terraformBinary);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(request.outputDir, { recursive: true });
    const planJson = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(request.outputDir, 'plan.json');
    if (request.planFile) {
        const planFile = resolveUserPath(request.planFile, cwd, 'plan_file');
        await initIfNeeded(binary, cwd);
        await (0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .runTerraform */ .Y)(binary, ['show', '-json', '-no-color', planFile], {
            cwd,
            stdoutFile: planJson,
            silent: true
        });
        return { planJson, planFile, origin: 'plan_file', binary };
    }
    const planFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(request.outputDir, 'plan.tfplan');
    await (0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .runTerraform */ .Y)(binary, ['init', '-input=false', '-no-color'], { cwd });
    const planned = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .runTerraform */ .Y)(binary, [
        'plan',
        '-input=false',
        '-no-color',
        '-detailed-exitcode',
        `-out=${planFile}`,
        ...(request.planArgs ?? [])
    ], { cwd, okExitCodes: [0, 2], silent: true });
    await (0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .runTerraform */ .Y)(binary, ['show', '-json', '-no-color', planFile], {
        cwd,
        stdoutFile: planJson,
        silent: true
    });
    return {
        planJson,
        planFile,
        binary,
        origin: 'terraform plan',
        planExitCode: planned.exitCode,
        planOutput: planned.stdout
    };
}
/** `show` on a binary plan needs the providers installed; initialise only when nobody has. */
async function initIfNeeded(binary, cwd) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, '.terraform')))
        return;
    try {
        await (0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .runTerraform */ .Y)(binary, ['init', '-input=false', '-backend=false', '-no-color'], { cwd });
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TerraformError */ .nC) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TerraformError */ .nC(`${error.message}\nterraform show needs an initialised working directory to read a binary plan; run terraform init in '${cwd}' before this step.`, error.exitCode, error.stderr);
        }
        throw error;
    }
}


/***/ })
,

/***/ 83440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Et: () => (/* reexport */ renderGateLog),
  C_: () => (/* reexport */ renderGateReport),
  zk: () => (/* reexport */ renderPlanComment),
  QP: () => (/* reexport */ renderPlanReport)
});

// UNUSED EXPORTS: SENSITIVE_PLACEHOLDER, deriveRollbackPlan, escapeDetailsSummary, escapeLogLine, escapeMarkdown, escapeTableCell, inlineCode, scrubSensitive

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(57789);
// EXTERNAL MODULE: ./src/render/scrub.ts
var scrub = __webpack_require__(83067);
;// CONCATENATED MODULE: ./src/render/context.ts
/**
 * What the renderers need besides the analysis, and the small toolkit every section uses to turn
 * plan-controlled strings into safe Markdown (scrub first, then cut, then escape).
 */



const SUMMARY_PROFILE = { addressesPerReason: 200, addressesPerFinding: 500 };
const COMMENT_PROFILE = { addressesPerReason: 15, addressesPerFinding: 50 };
/** Longest address shown; longer ones are hostile or generated and are cut (after scrubbing). */
const ADDRESS_CHARS = 400;
const VALUE_MARKERS = new Set(['(sensitive)', '(known after apply)', '(sensitive value)']);
/** Builds the toolkit; scrubbing happens on the raw string so escaping cannot hide a secret from it. */
function createKit(sensitive, profile) {
    const clean = (value, max) => (0,render_escape/* truncateText */.EJ)((0,scrub/* scrubSensitive */.IH)(String(value), sensitive), max);
    const kit = {
        sensitive,
        profile,
        text: (value, max = 2000) => (0,render_escape/* escapeMarkdown */.FV)(clean(value, max)),
        code: (value, max = ADDRESS_CHARS) => (0,render_escape/* inlineCode */.ti)(clean(value, max)),
        value: value => (VALUE_MARKERS.has(value) ? `_${value}_` : kit.code(value, constants/* LIMIT */.uK.attributeValueChars)),
        addresses: (addresses, limit, alsoOmitted = 0) => {
            const shown = addresses.slice(0, limit).map(address => kit.code(address));
            const omitted = addresses.length - shown.length + alsoOmitted;
            if (shown.length === 0)
                return omitted > 0 ? `${omitted} address(es)` : '–';
            return omitted > 0 ? `${shown.join(', ')} and ${omitted} more` : shown.join(', ');
        }
    };
    return kit;
}
/** Formats a number of money units with two decimals and an explicit sign for changes. */
function formatMoney(amount, currency, signed = false) {
    const sign = signed && amount > 0 ? '+' : '';
    return `${sign}${amount.toFixed(2)} ${(0,render_escape/* escapeMarkdown */.FV)(currency)}`;
}

;// CONCATENATED MODULE: ./src/render/document.ts
/**
 * Assembles report sections under a size budget. A section is a head, a list of items and a tail;
 * when the whole report does not fit, essential sections (header, risk, counts, gate, destructive
 * changes) are kept first, lists are cut from the end with a visible "… N more" line, optional
 * sections that no longer fit are left out, and a note names what was left out and where the full
 * report is. Sections never lose their tail, so a `<details>` that was opened is always closed.
 */
const SEPARATOR = '\n\n';
/** Renders one section with its first `kept` items. */
function renderSection(section, kept) {
    const lines = [...section.head, ...section.items.slice(0, kept)];
    const omitted = section.items.length - kept + (section.alsoOmitted ?? 0);
    if (omitted > 0)
        lines.push((section.more ?? defaultMore)(omitted));
    lines.push(...section.tail);
    return lines.join('\n');
}
function defaultMore(omitted) {
    return `- … ${omitted} more not shown here`;
}
/** Joins every section in full; what a report looks like when nothing needs cutting. */
function joinSections(sections) {
    return sections.map(section => renderSection(section, section.items.length)).join(SEPARATOR);
}
/** Fits sections into the budget as described above; always returns text within the budget when possible. */
function fitSections(sections, options) {
    const full = joinSections(sections);
    if (options.measure(full) <= options.budget)
        return full;
    const { measure } = options;
    // Worst-case note: every section named. Reserving it up front means adding it can never overflow.
    let remaining = options.budget - measure(options.note(sections.map(s => s.title))) - SEPARATOR.length;
    const placed = sections.map(section => ({ section, keptItems: 0, included: false }));
    // The skeleton of every essential section (head, tail, a "more" line) comes first.
    for (const entry of placed.filter(p => p.section.essential)) {
        remaining -= measure(renderSection(entry.section, 0)) + SEPARATOR.length;
        entry.included = true;
    }
    const fill = (entry) => {
        for (const item of entry.section.items) {
            const cost = measure(item) + 1;
            if (cost > remaining)
                break;
            remaining -= cost;
            entry.keptItems++;
        }
    };
    for (const entry of placed.filter(p => p.section.essential))
        fill(entry);
    // If an essential list had to be cut, optional sections would only take space from it: leave them out.
    const essentialsCut = placed.some(p => p.section.essential && p.keptItems < p.section.items.length);
    for (const entry of placed.filter(p => !p.section.essential && !essentialsCut)) {
        const skeleton = measure(renderSection(entry.section, 0)) + SEPARATOR.length;
        // An optional section is only worth showing if it fits with at least one item (or has none).
        const firstItem = entry.section.items.length > 0 ? measure(entry.section.items[0]) + 1 : 0;
        if (skeleton + firstItem > remaining)
            continue;
        remaining -= skeleton;
        entry.included = true;
        fill(entry);
    }
    const cut = placed
        .filter(p => !p.included || p.keptItems < p.section.items.length)
        .map(p => p.section.title);
    const body = placed.filter(p => p.included).map(p => renderSection(p.section, p.keptItems));
    // The note goes right after the first section (the header) so a reviewer sees it without scrolling.
    body.splice(Math.min(1, body.length), 0, options.note(cut));
    return body.join(SEPARATOR);
}
/** UTF-8 size, the unit GitHub uses for the job summary limit. */
function utf8Bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** UTF-16 length, never smaller than the character count GitHub checks comments against. */
function charLength(text) {
    return text.length;
}

// EXTERNAL MODULE: ./src/render/rollback.ts + 1 modules
var rollback = __webpack_require__(118);
;// CONCATENATED MODULE: ./src/render/sections-changes.ts
const KIND_LABEL = {
    delete: '🗑️ Delete',
    replace: '♻️ Replace',
    'create-forget': '♻️ Replace, old object forgotten (not destroyed)',
    forget: '📤 Forget (removed from state, not destroyed)',
    create: '➕ Create',
    update: '✏️ Update in place',
    read: '📖 Read (data source)',
    'no-op': 'No change'
};
/** Order in which non-destructive actions are listed. */
const OTHER_KINDS = ['create-forget', 'forget', 'update', 'create'];
function isDestructive(change) {
    return change.kind === 'delete' || change.kind === 'replace';
}
/** Facts a reviewer needs next to an address: ordering, cause, flags. */
function describeFlags(change, kit) {
    const flags = [];
    if (change.kind === 'replace')
        flags.push(change.createBeforeDestroy ? 'create before destroy' : 'destroy before create');
    const forcing = change.attributes
        .filter(attribute => attribute.forcesReplacement)
        .map(attribute => kit.code(attribute.path));
    if (forcing.length > 0)
        flags.push(`forced by ${forcing.join(', ')}`);
    if (change.actionReason)
        flags.push(`reason ${kit.code(change.actionReason)}`);
    if (change.deposed)
        flags.push(`deposed object ${kit.code(change.deposed)}`);
    if (change.importing)
        flags.push('imported');
    if (change.previousAddress)
        flags.push(`moved from ${kit.code(change.previousAddress)}`);
    return flags.length > 0 ? ` — ${flags.join('; ')}` : '';
}
/** Every destroyed or replaced address; essential, so a cut comment still shows what is lost. */
function buildDestructive(analysis, kit) {
    const total = analysis.destructiveAddresses.length + analysis.omittedDestructiveAddresses;
    if (total === 0)
        return undefined;
    const detail = new Map();
    for (const change of analysis.changes)
        if (isDestructive(change))
            detail.set(change.address, change);
    const items = analysis.destructiveAddresses.map(address => {
        const change = detail.get(address);
        if (!change)
            return `- ${kit.code(address)}`;
        return `- **${change.kind}** ${kit.code(address)}${describeFlags(change, kit)}`;
    });
    return {
        title: 'Destructive changes',
        essential: true,
        head: [`### 🔥 Destroyed or replaced (${total})`, ''],
        items,
        tail: [],
        more: n => `- … ${n} more destroyed or replaced address(es) not shown here`,
        alsoOmitted: analysis.omittedDestructiveAddresses
    };
}
/** Creates, updates, forgets, imports and moves, each under its own heading. */
function buildOtherChanges(analysis, kit) {
    const items = [];
    for (const kind of OTHER_KINDS) {
        const changes = analysis.changes.filter(change => change.kind === kind);
        if (changes.length === 0)
            continue;
        items.push(`#### ${KIND_LABEL[kind]} (${changes.length})`);
        for (const change of changes)
            items.push(`- ${kit.code(change.address)}${describeFlags(change, kit)}`);
    }
    const imports = analysis.changes.filter(change => change.importing);
    if (imports.length > 0) {
        items.push(`#### 📥 Import (${imports.length})`);
        for (const change of imports)
            items.push(`- ${kit.code(change.address)} (${change.kind})`);
    }
    const moves = analysis.changes.filter(change => change.previousAddress !== undefined);
    if (moves.length > 0) {
        items.push(`#### 🚚 Move (${moves.length})`);
        for (const change of moves)
            items.push(`- ${kit.code(change.previousAddress ?? '')} → ${kit.code(change.address)}`);
    }
    if (analysis.omittedChanges > 0) {
        items.push(`- … ${analysis.omittedChanges} further change(s) were counted but not kept in detail (plan too large)`);
    }
    if (items.length === 0)
        return undefined;
    return {
        title: 'Other changes',
        essential: false,
        head: ['### Other changes by action', ''],
        items,
        tail: [],
        more: n => `- … ${n} more line(s) not shown here`
    };
}
/** One collapsed block per resource with its attribute table. */
function renderAttributeBlock(change, kit) {
    const forcing = change.attributes.filter(attribute => attribute.forcesReplacement).length;
    const summaryFacts = [
        `${change.kind}`,
        `${change.attributes.length + change.omittedAttributes} attribute(s)`
    ];
    if (forcing > 0)
        summaryFacts.push(`${forcing} force replacement`);
    const rows = change.attributes.map(attribute => {
        const flag = attribute.forcesReplacement ? '⚠️ forces replacement' : '';
        return `| ${kit.code(attribute.path)} | ${kit.value(attribute.before)} | ${kit.value(attribute.after)} | ${flag} |`;
    });
    const lines = [
        `<details><summary>${kit.code(change.address)} — ${summaryFacts.join(', ')}</summary>`,
        '',
        '| Attribute | Before | After | |',
        '| --- | --- | --- | --- |',
        ...rows
    ];
    if (change.omittedAttributes > 0)
        lines.push('', `… ${change.omittedAttributes} more attribute change(s) not shown.`);
    lines.push('', '</details>');
    return lines.join('\n');
}
/** Attribute changes (before → after) for updates and replacements, each resource collapsed. */
function buildAttributes(analysis, kit) {
    const changes = analysis.changes.filter(change => change.attributes.length > 0);
    if (changes.length === 0)
        return undefined;
    return {
        title: 'Attribute changes',
        essential: false,
        head: [`### Attribute changes (${changes.length} resource(s))`, ''],
        items: changes.map(change => renderAttributeBlock(change, kit)),
        tail: [],
        more: n => `\n… attribute changes of ${n} more resource(s) not shown here.`
    };
}
/** Changes made outside Terraform since the last apply (`resource_drift`). */
function buildDrift(analysis, kit) {
    if (analysis.driftCount === 0 && analysis.drift.length === 0)
        return undefined;
    const items = analysis.drift.map(change => {
        const attributes = change.attributes.map(attribute => `${kit.code(attribute.path)}: ${kit.value(attribute.before)} → ${kit.value(attribute.after)}`);
        const detail = attributes.length > 0
            ? ` (${attributes.slice(0, 10).join('; ')}${attributes.length > 10 ? '; …' : ''})`
            : '';
        return `- ${kit.code(change.address)}: ${KIND_LABEL[change.kind] ?? kit.text(change.kind)} outside Terraform${detail}`;
    });
    const omitted = analysis.driftCount - analysis.drift.length;
    if (omitted > 0)
        items.push(`- … ${omitted} more drifted resource(s) counted`);
    return {
        title: 'Drift',
        essential: false,
        head: [`### 🌪️ Drift: ${analysis.driftCount} resource(s) changed outside Terraform`, ''],
        items,
        tail: []
    };
}

;// CONCATENATED MODULE: ./src/render/sections-extra.ts

/** The reviewer checklist the policy requires, as task-list items the approver can tick. */
function buildApprovals(context, kit) {
    const approvals = context.approvals;
    if (!approvals)
        return undefined;
    const head = [`### ✋ Required approvals: ${approvals.required}`];
    if (approvals.reasons.length > 0)
        head.push('', ...approvals.reasons.map(reason => `- ${kit.text(reason)}`));
    head.push('');
    return {
        title: 'Required approvals',
        essential: false,
        head,
        items: approvals.checklist.map(item => `- [ ] ${kit.text(item)}`),
        tail: []
    };
}
/** Monthly cost before, after and the change. */
function buildCost(context) {
    const cost = context.cost;
    if (!cost)
        return undefined;
    const cell = (amount) => amount === undefined ? '–' : formatMoney(amount, cost.currency);
    return {
        title: 'Cost',
        essential: false,
        head: [
            '### 💰 Monthly cost',
            '',
            '| Before | After | Change |',
            '| ---: | ---: | ---: |',
            `| ${cell(cost.monthlyBefore)} | ${cell(cost.monthlyAfter)} | **${formatMoney(cost.monthlyChange, cost.currency, true)}** |`
        ],
        items: [],
        tail: []
    };
}
const STEP_TITLE = {
    'revert-commit': 'Revert the change',
    'restore-data': '⚠️ Data loss: restore from backup',
    recreate: 'Replaced objects',
    're-import': 'Re-import forgotten objects',
    'state-rm': 'Undo imports',
    'move-back': 'Undo moves',
    review: 'Review'
};
function renderStep(rollbackStep, kit) {
    const lines = [
        `- **${STEP_TITLE[rollbackStep.kind] ?? kit.text(rollbackStep.kind)}**: ${kit.text(rollbackStep.description)}`
    ];
    const omitted = rollbackStep.omittedAddresses ?? 0;
    if (rollbackStep.addresses.length + omitted > 0) {
        lines.push(`  - Addresses: ${kit.addresses(rollbackStep.addresses, kit.profile.addressesPerReason, omitted)}`);
    }
    for (const command of rollbackStep.commands)
        lines.push(`  - ${kit.code(command, 1000)}`);
    return lines.join('\n');
}
/** The rollback plan: steps in the order they would be taken, data-loss warning first. */
function buildRollback(rollback, kit) {
    if (!rollback.needed)
        return undefined;
    const head = ['### ↩️ Rollback plan', ''];
    if (rollback.dataLoss) {
        head.push('> [!WARNING]', '> Applying this plan destroys stored data that only a backup or snapshot can bring back.', '');
    }
    const steps = [...rollback.steps].sort((a, b) => Number(b.kind === 'restore-data') - Number(a.kind === 'restore-data'));
    const items = steps.map(rollbackStep => renderStep(rollbackStep, kit));
    const tail = rollback.notes.length > 0 ? ['', ...rollback.notes.map(note => `_${kit.text(note)}_`)] : [];
    return { title: 'Rollback plan', essential: false, head, items, tail };
}
/** Root output changes; sensitive ones show as (sensitive), never their value. */
function buildOutputs(analysis, kit) {
    const outputs = analysis.outputs.filter(output => output.kind !== 'no-op');
    if (outputs.length === 0)
        return undefined;
    const rows = outputs.map(output => {
        const before = output.sensitive ? '_(sensitive)_' : kit.value(output.before);
        const after = output.sensitive ? '_(sensitive)_' : kit.value(output.after);
        return `| ${kit.code(output.name)} | ${output.kind} | ${before} | ${after} |`;
    });
    return {
        title: 'Output changes',
        essential: false,
        head: [
            `### Output changes (${outputs.length})`,
            '',
            '| Output | Action | Before | After |',
            '| --- | --- | --- | --- |'
        ],
        items: rows,
        tail: [],
        more: n => `| … | ${n} more | | |`
    };
}
/** An http(s) URL percent-encoded so it cannot leave the link target; anything else is dropped. */
function safeUrl(url) {
    if (!url || !/^https?:\/\/[^\s]+$/i.test(url))
        return undefined;
    try {
        return encodeURI(url).replace(/[()<>'"`\\]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
    }
    catch {
        return undefined;
    }
}
/** Where everything else is: run, commit, plan artifact, plan source and versions. */
function buildFooter(analysis, context, kit) {
    const facts = [];
    const url = safeUrl(context.runUrl);
    if (url)
        facts.push(`[Workflow run](${url})`);
    if (context.commitSha)
        facts.push(`commit ${kit.code(context.commitSha.slice(0, 40))}`);
    if (context.artifactName)
        facts.push(`plan artifact ${kit.code(context.artifactName)}`);
    if (analysis?.terraformVersion)
        facts.push(`terraform ${kit.code(analysis.terraformVersion)}`);
    if (analysis)
        facts.push(`plan format ${kit.code(analysis.formatVersion)}`);
    const head = ['---', '', facts.join(' · ')];
    if (context.policyNote)
        head.push('', `_${kit.text(context.policyNote)}_`);
    return { title: 'Footer', essential: true, head, items: [], tail: [] };
}

;// CONCATENATED MODULE: ./src/render/sections-overview.ts
const RISK_ICON = {
    none: '⚪',
    low: '🟢',
    medium: '🟡',
    high: '🟠',
    critical: '🔴'
};
const SEVERITY_ICON = { deny: '❌', warn: '⚠️', pass: '✅' };
/** "Plan: 1 to add, 2 to change, 3 to destroy." exactly as Terraform words it. */
function describePlanLine(counts) {
    return `Plan: ${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy.`;
}
/** One line for the gate's decision, honest about dry runs. */
function describeVerdict(verdict, dryRun, preview = false) {
    if (preview)
        return verdict.allowed ? '✅ **Gate preview: would allow**' : '❌ **Gate preview: would deny**';
    if (verdict.allowed)
        return '✅ **Gate: allowed**';
    const suffix = dryRun
        ? ' (dry run: the step does not fail; apply must be skipped on `allowed == false`)'
        : '';
    return `❌ **Gate: denied**${suffix}`;
}
/** Title plus the one-line verdict: risk, Terraform's plan line, gate decision. */
function buildHeader(kind, analysis, context, kit) {
    const head = [
        `## infra-guard ${kind}: ${kit.code(context.workingDirectory)} → ${kit.code(context.environment)}`,
        ''
    ];
    const facts = [];
    if (analysis) {
        const level = analysis.risk.level;
        facts.push(`${RISK_ICON[level]} **Risk: ${level.toUpperCase()}**`, `**${describePlanLine(analysis.counts)}**`);
    }
    else {
        // No analysis: the plan, the policy or an input stopped the gate before it could decide.
        facts.push('🛑 **The gate could not evaluate this plan**');
    }
    if (context.verdict)
        facts.push(describeVerdict(context.verdict, context.dryRun, context.gatePreview));
    head.push(facts.join(' · '));
    // Run notes say when a check was relaxed on purpose (allow_stale_plan, overrides): reviewers must see it.
    for (const note of context.notes ?? [])
        head.push('', `> [!NOTE]\n> ${kit.text(note)}`);
    return { title: 'Header', essential: true, head, items: [], tail: [] };
}
/** Anything that makes the plan itself doubtful; the gate fails closed on all of it. */
function buildIntegrity(analysis, kit) {
    const lines = [];
    if (analysis.errored)
        lines.push('> [!CAUTION]\n> Terraform reports that planning **errored**; this plan must not be applied.');
    else if (!analysis.complete)
        lines.push('> [!WARNING]\n> Terraform reports this plan as **incomplete** (not every change is known).');
    if (lines.length === 0 && analysis.unreadable.length === 0)
        return undefined;
    const items = analysis.unreadable.map(entry => `- ${kit.code(entry.address)}: ${kit.text(entry.problem)}`);
    const head = [...lines];
    if (items.length > 0) {
        head.push('', `**${items.length} entr${items.length === 1 ? 'y' : 'ies'} could not be understood** (the gate refuses the plan):`);
    }
    return { title: 'Plan integrity', essential: true, head, items, tail: [] };
}
/** Risk level first, then every reason with the addresses that caused it. */
function buildRisk(analysis, kit) {
    const { level, reasons } = analysis.risk;
    const head = [`### ${RISK_ICON[level]} Risk: ${level}`];
    if (reasons.length === 0)
        head.push('', 'No risk rule matched.');
    else
        head.push('');
    const items = reasons.map(reason => {
        const omitted = reason.omittedAddresses ?? 0;
        const where = reason.addresses.length + omitted > 0
            ? `: ${kit.addresses(reason.addresses, kit.profile.addressesPerReason, omitted)}`
            : '';
        return `- ${RISK_ICON[reason.level]} **${reason.level}** ${kit.text(reason.description)} (${kit.code(reason.rule)})${where}`;
    });
    return {
        title: 'Risk reasons',
        essential: true,
        head,
        items,
        tail: [],
        more: n => `- … ${n} more reason(s)`
    };
}
/** The counts table: Terraform's three numbers, then what makes them up, and data reads apart. */
function buildCounts(counts) {
    return {
        title: 'Counts',
        essential: true,
        head: [
            '| To add | To change | To destroy | Replace | Import | Move | Forget | No-op | Data reads |',
            '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
            `| ${counts.add} | ${counts.change} | ${counts.destroy} | ${counts.replace} | ${counts.import} | ${counts.move} | ${counts.forget} | ${counts.noop} | ${counts.read} |`,
            '',
            '_To add_ counts creates and replacements, _to destroy_ deletes and replacements, as Terraform does; data-source reads are never changes.'
        ],
        items: [],
        tail: []
    };
}
/** The non-empty lines of a finding's message; never an empty list. */
function messageLines(message) {
    const lines = message.split(/\r?\n/).filter(line => line.trim() !== '');
    return lines.length > 0 ? lines : [message];
}
function renderFinding(finding, kit) {
    const [first, ...more] = messageLines(finding.message);
    const lines = [
        `- ${SEVERITY_ICON[finding.severity]} **${finding.severity}** ${kit.code(finding.rule)}: ${kit.text(first)}`,
        ...more.map(line => `  - ${kit.text(line.trim().replace(/^[-*]\s+/, ''))}`)
    ];
    if (finding.addresses.length > 0) {
        lines.push(`  - Addresses: ${kit.addresses(finding.addresses, kit.profile.addressesPerFinding)}`);
    }
    if (finding.remedy)
        lines.push(`  - How to proceed: ${kit.text(finding.remedy)}`);
    return lines.join('\n');
}
/** The gate's decision with denials first, then warnings, then passes. */
function buildGate(verdict, context, kit) {
    const order = ['deny', 'warn', 'pass'];
    const findings = [...verdict.findings].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
    const protection = verdict.protectedEnvironment ? 'protected' : 'not protected';
    const head = [
        context.gatePreview
            ? `### Safety gate preview: ${verdict.allowed ? '✅ would allow' : '❌ would deny'} in this environment`
            : `### Safety gate: ${verdict.allowed ? '✅ allowed' : '❌ denied'}`,
        '',
        `Environment ${kit.code(verdict.environment)} (${protection}).`
    ];
    if (!verdict.allowed && context.dryRun) {
        head.push('', '**Dry run**: the verdict is _denied_ but this step does not fail. The workflow must skip apply when `allowed` is `false`.');
    }
    if (findings.length > 0)
        head.push('');
    // Passed checks that found nothing need no paragraph each: one line lists them, so denials and
    // warnings stay what a reviewer reads.
    const quiet = findings.filter(finding => finding.severity === 'pass' && finding.addresses.length === 0);
    const items = findings
        .filter(finding => !quiet.includes(finding))
        .map(finding => renderFinding(finding, kit));
    if (quiet.length > 0) {
        items.push(`- ${SEVERITY_ICON.pass} Passed: ${quiet.map(finding => kit.code(finding.rule)).join(', ')}`);
    }
    return {
        title: 'Safety gate findings',
        essential: true,
        head,
        items,
        tail: [],
        more: n => `- … ${n} more finding(s); see the job summary`
    };
}

;// CONCATENATED MODULE: ./src/render/plan-report.ts
/**
 * The plan report in its two forms: the job summary (up to GitHub's 1 MiB step-summary limit) and
 * the PR comment (up to 65,536 characters, found again by its hidden marker). Both carry the most
 * important facts first; when a form does not fit, essential sections are kept and the rest is cut
 * with a visible note pointing to where the whole report is.
 */








/** The analysis' own rollback plan when it has one, otherwise the renderer's minimal derivation. */
function selectRollbackPlan(analysis, context) {
    const provided = analysis.rollback;
    return provided ?? (0,rollback.deriveRollbackPlan)(analysis, context.commitSha);
}
/** Every section of a plan report, in reading order. */
function buildPlanSections(analysis, context, kit, kind = 'plan') {
    const sections = [
        buildHeader(kind, analysis, context, kit),
        buildIntegrity(analysis, kit),
        buildRisk(analysis, kit),
        buildCounts(analysis.counts),
        context.verdict ? buildGate(context.verdict, context, kit) : undefined,
        buildDestructive(analysis, kit),
        buildApprovals(context, kit),
        buildCost(context),
        buildOtherChanges(analysis, kit),
        buildAttributes(analysis, kit),
        buildRollback(selectRollbackPlan(analysis, context), kit),
        buildDrift(analysis, kit),
        buildOutputs(analysis, kit),
        buildFooter(analysis, context, kit)
    ];
    return sections.filter((section) => section !== undefined);
}
/** The visible note for a cut report: what was cut and where the whole report is. */
function describeCut(context, place, kit) {
    return cut => {
        const where = [];
        const url = safeUrl(context.runUrl);
        if (place === 'comment')
            where.push(url ? `the [job summary](${url})` : 'the job summary of this run');
        where.push(context.artifactName ? `the plan artifact ${kit.code(context.artifactName)}` : 'the plan artifact');
        const limit = place === 'comment' ? "GitHub's 65,536-character comment limit" : "GitHub's 1 MiB job summary limit";
        return [
            '> [!NOTE]',
            `> This report was shortened to fit ${limit}. Cut or left out: ${cut.map(title => kit.text(title)).join(', ')}.`,
            `> The full report is in ${where.join(' and ')}.`
        ].join('\n');
    };
}
/**
 * Fits, scrubs, and checks the result. Scrubbing can lengthen text (a short secret becomes
 * "(sensitive)"), so an overflow after scrubbing refits with a smaller budget.
 */
function fitAndScrub(sections, budget, measure, note, sensitive, prefix = '') {
    let target = budget - measure(prefix);
    for (let attempt = 0; attempt < 4; attempt++) {
        // The prefix (the comment marker) is the action's own text and must stay byte-exact to be found again.
        const text = prefix + (0,scrub/* scrubSensitive */.IH)(fitSections(sections, { budget: target, measure, note }), sensitive);
        const overflow = measure(text) - budget;
        if (overflow <= 0)
            return text.endsWith('\n') ? text : `${text}\n`;
        target -= overflow + 256;
    }
    // Unreachable in practice; still never exceed the limit: cut at a line boundary and say so.
    const text = prefix + (0,scrub/* scrubSensitive */.IH)(fitSections(sections, { budget: target, measure, note }), sensitive);
    const lines = [];
    let size = 0;
    for (const line of text.split('\n')) {
        size += measure(line) + 1;
        if (size > budget - 200)
            break;
        lines.push(line);
    }
    return `${lines.join('\n')}\n\n_… report cut at the size limit._\n`;
}
function render(analysis, context, profile) {
    const kit = createKit(analysis.sensitiveValues, profile);
    return { kit, sections: buildPlanSections(analysis, context, kit) };
}
/** The job summary for `plan` mode: Markdown, at most LIMIT.summaryBytes bytes of UTF-8. */
function renderPlanReport(analysis, context) {
    const { kit, sections } = render(analysis, context, SUMMARY_PROFILE);
    return fitAndScrub(sections, constants/* LIMIT */.uK.summaryBytes, utf8Bytes, describeCut(context, 'summary', kit), analysis.sensitiveValues);
}
/**
 * The PR comment: the hidden `marker` on the first line, then the report, never longer than
 * LIMIT.commentChars - LIMIT.commentReserve characters.
 */
function renderPlanComment(analysis, context, marker) {
    const { kit, sections } = render(analysis, context, COMMENT_PROFILE);
    const budget = constants/* LIMIT */.uK.commentChars - constants/* LIMIT */.uK.commentReserve;
    return fitAndScrub(sections, budget, charLength, describeCut(context, 'comment', kit), analysis.sensitiveValues, `${marker}\n`);
}

;// CONCATENATED MODULE: ./src/render/gate-report.ts
/**
 * The safety gate's outputs for humans: the job summary (verdict first, then the plan report) and
 * the plain log lines (deny message first, then the addresses, then how to proceed).
 */








/**
 * The safety-gate job summary. `analysis` is undefined when the plan could not be read: the report
 * then shows the verdict and its findings (which say why) and nothing that would need the plan.
 */
function renderGateReport(verdict, analysis, context) {
    const withVerdict = { ...context, verdict };
    const sensitive = analysis?.sensitiveValues ?? new Set();
    const kit = createKit(sensitive, SUMMARY_PROFILE);
    const sections = analysis
        ? buildPlanSections(analysis, withVerdict, kit, 'safety gate')
        : [
            buildHeader('safety gate', undefined, withVerdict, kit),
            buildGate(verdict, withVerdict, kit),
            buildFooter(undefined, withVerdict, kit)
        ];
    return fitAndScrub(sections, constants/* LIMIT */.uK.summaryBytes, utf8Bytes, describeCut(withVerdict, 'summary', kit), sensitive);
}
/** Log lines for one finding: its message, its addresses one per line, and the remedy. */
function describeFinding(finding, label) {
    // A message may carry several lines (a policy file with several problems): each becomes its own
    // log line, so escaping cannot fold them into one line full of literal "\n".
    const lines = messageLines(finding.message);
    if (finding.addresses.length > 0) {
        const shown = finding.addresses.slice(0, constants/* LIMIT */.uK.destructiveAddresses);
        lines.push(`${label} (${finding.addresses.length}):`, ...shown.map(address => `  - ${address}`));
        if (finding.addresses.length > shown.length)
            lines.push(`  - … ${finding.addresses.length - shown.length} more`);
    }
    if (finding.remedy)
        lines.push(`How to proceed: ${finding.remedy}`);
    return lines;
}
/**
 * Plain lines for the step log. When denied the first line is the first denial's message (for the
 * destroy guard it starts with PROD_DESTROY_MESSAGE, so `::error::` + line 1 is the familiar error),
 * followed by its addresses and how to proceed, then any further denials and warnings. Every line
 * is inert for the runner (no line breaks, no workflow commands) and scrubbed of sensitive values.
 */
function renderGateLog(verdict, sensitiveValues = []) {
    const denials = verdict.findings.filter(finding => finding.severity === 'deny');
    const warnings = verdict.findings.filter(finding => finding.severity === 'warn');
    const lines = [];
    if (denials.length === 0 && !verdict.allowed) {
        // A denied verdict without a deny finding would be a bug upstream; say it rather than print nothing.
        lines.push(`Safety gate denied the plan for '${verdict.environment}' without a stated reason; treating it as a denial.`);
    }
    denials.forEach((finding, index) => {
        lines.push(...describeFinding(finding, 'Addresses'));
        if (index < denials.length - 1 || warnings.length > 0)
            lines.push('');
    });
    if (verdict.allowed) {
        const protection = verdict.protectedEnvironment ? 'protected' : 'not protected';
        lines.push(`Safety gate: allowed for environment '${verdict.environment}' (${protection}).`);
    }
    for (const finding of warnings) {
        const [message, ...rest] = describeFinding(finding, 'Addresses');
        lines.push(`Warning: ${message}`, ...rest);
    }
    return (0,scrub/* scrubLines */.dv)(lines.map(render_escape/* escapeLogLine */._P), sensitiveValues);
}

;// CONCATENATED MODULE: ./src/render/index.ts







/***/ }),

/***/ 118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deriveRollbackPlan: () => (/* binding */ rollback_deriveRollbackPlan)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
;// CONCATENATED MODULE: ./src/analysis/rollback.ts
/**
 * A rollback plan derived from the plan alone: what to revert, which deletions and replacements lose
 * data that only a backup can bring back, and the exact terraform commands where one exists. The
 * wording is deliberately conservative: it advises, it never promises that a rollback is safe.
 */

/** Commands listed per step; beyond this the addresses are listed without one command each. */
const COMMANDS_PER_STEP = 20;
/** Derives the rollback plan for an analysed plan. Pure: reads only the analysis. */
function deriveRollbackPlan(analysis) {
    const notes = [];
    if (analysis.unreadable.length > 0) {
        notes.push('The plan holds entries infra-guard could not read; this rollback plan may be incomplete.');
    }
    if (analysis.omittedChanges > 0) {
        notes.push(`Only ${analysis.changes.length} of the plan's changes are listed here; check the full plan for the rest.`);
    }
    if (!analysis.hasChanges) {
        return {
            needed: false,
            dataLoss: false,
            steps: [],
            notes: ['Nothing to undo: the plan changes no resource.', ...notes]
        };
    }
    const dataReason = analysis.risk.reasons.find(reason => reason.rule === 'data-bearing-destroy');
    const dataBearing = new Set(dataReason?.addresses ?? []);
    const steps = [
        {
            kind: 'revert-commit',
            description: 'Revert the commit that introduced this change and run the pipeline again (plan, review, apply). Terraform then plans the way back; review that plan as carefully as this one.',
            addresses: [],
            commands: [
                'git revert <COMMIT_SHA>',
                'terraform plan -out=rollback.tfplan',
                'terraform apply rollback.tfplan'
            ]
        }
    ];
    const byKind = (kinds, predicate = () => true) => analysis.changes.filter(change => kinds.includes(change.kind) && predicate(change));
    if (dataReason) {
        steps.push(step('restore-data', 'These data-bearing resources are deleted or replaced. Once applied, their data is gone: reverting the code recreates them empty. Take a backup or snapshot before applying, and restore from it if you roll back. Record their current settings first:', dataReason.addresses, address => `terraform state show ${quote(address)}`, dataReason.omittedAddresses));
    }
    const deleted = byKind(['delete'], change => !dataBearing.has(change.address));
    if (deleted.length > 0) {
        steps.push(step('recreate', 'These resources are deleted. Reverting recreates them as new objects with new IDs; anything that referred to the old IDs outside this configuration must be updated.', deleted.map(change => change.address)));
    }
    const replaced = byKind(['replace'], change => !dataBearing.has(change.address));
    if (replaced.length > 0) {
        steps.push(step('recreate', 'These resources are replaced (destroyed and created again). The old objects cannot be brought back; reverting replaces them once more. If a new object comes up unhealthy, replace it again:', replaced.map(change => change.address), address => `terraform apply -replace=${quote(address)}`));
    }
    const forgotten = byKind(['forget', 'create-forget']);
    if (forgotten.length > 0) {
        steps.push(step('re-import', 'Terraform stops managing these resources but does not destroy them. To manage them again, restore their configuration and import them (note their IDs before applying):', forgotten.map(change => change.address), address => `terraform import ${quote(address)} <ID>`));
    }
    const imported = analysis.changes.filter(change => change.importing && change.kind !== 'create');
    if (imported.length > 0) {
        steps.push(step('state-rm', 'These existing objects are imported. To undo an import without destroying the object, remove the import block and drop it from state:', imported.map(change => change.address), address => `terraform state rm ${quote(address)}`));
    }
    const moved = analysis.changes.filter(change => change.previousAddress !== undefined);
    if (moved.length > 0) {
        steps.push({
            kind: 'move-back',
            description: 'These resources move to a new address. Reverting the moved blocks moves them back; without a revert, add a reverse moved block or move the state entry back:',
            ...bounded(moved.map(change => change.address)),
            commands: moved
                .slice(0, COMMANDS_PER_STEP)
                .map(change => `terraform state mv ${quote(change.address)} ${quote(change.previousAddress ?? '')}`)
        });
    }
    const updated = byKind(['update']);
    if (updated.length > 0) {
        steps.push(step('review', 'These resources are updated in place; reverting restores the earlier values. Values shown as (sensitive) or (known after apply) cannot be checked here: compare them by hand.', updated.map(change => change.address)));
    }
    return { needed: true, dataLoss: dataReason !== undefined, steps, notes };
}
function step(kind, description, addresses, command, alreadyOmitted = 0) {
    const list = bounded(addresses);
    if (alreadyOmitted > 0)
        list.omittedAddresses = (list.omittedAddresses ?? 0) + alreadyOmitted;
    return {
        kind,
        description,
        ...list,
        commands: command ? list.addresses.slice(0, COMMANDS_PER_STEP).map(command) : []
    };
}
function bounded(addresses) {
    const kept = addresses.slice(0, constants/* LIMIT */.uK.reasonAddresses);
    return addresses.length > kept.length
        ? { addresses: kept, omittedAddresses: addresses.length - kept.length }
        : { addresses: kept };
}
/** Single-quotes an address for POSIX shells (addresses hold `"` and `[]`, e.g. `aws_s3_bucket.b["logs"]`). */
function quote(address) {
    return `'${address.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/render/rollback.ts

/** Commit SHAs are hex; anything else stays a placeholder rather than being pasted into a command. */
const COMMIT_SHA = /^[0-9a-f]{7,64}$/i;
/** Derives the rollback plan and, when `commitSha` is a real SHA, puts it into the revert command. */
function rollback_deriveRollbackPlan(analysis, commitSha) {
    const plan = deriveRollbackPlan(analysis);
    if (!commitSha || !COMMIT_SHA.test(commitSha))
        return plan;
    return {
        ...plan,
        steps: plan.steps.map(step => ({
            ...step,
            commands: step.commands.map(command => command.replace('<COMMIT_SHA>', commitSha))
        }))
    };
}


/***/ })
,

/***/ 31158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSafetyGate: () => (/* binding */ runSafetyGate)
/* harmony export */ });
/* harmony import */ var _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41745);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _policy_environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97935);
/* harmony import */ var _render_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83440);
/* harmony import */ var _terraform_obtain_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1231);
/* harmony import */ var _run_setup_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(79144);
/* harmony import */ var _plan_outputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(80542);
/* harmony import */ var _job_summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(32298);
/**
 * `safety-gate` mode: reads the plan (plan_json, plan_file or the plan artifact), applies the
 * environment's policy and fails the job when the verdict is deny. It fails closed: anything that
 * goes wrong before a verdict is reached is itself a denial with allowed=false.
 */










/** Runs the gate. Sets `allowed` on every path, including failures. */
async function runSafetyGate(inputs) {
    let setup;
    let analysis;
    let verdict;
    let evaluated;
    const notes = [];
    try {
        setup = await (0,_run_setup_js__WEBPACK_IMPORTED_MODULE_7__/* .prepareRun */ .Z0)(inputs);
        const planJson = await _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('Obtain plan', () => locatePlan(inputs, setup, notes));
        evaluated = await _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('Analyse plan and apply policy', () => (0,_run_setup_js__WEBPACK_IMPORTED_MODULE_7__/* .analyseWithPolicy */ .CK)(inputs, setup, planJson, { enforceApprovals: true }));
        analysis = evaluated.analysis;
        verdict = evaluated.verdict;
        (0,_plan_outputs_js__WEBPACK_IMPORTED_MODULE_8__/* .registerSensitiveValues */ .Sn)(analysis);
        (0,_plan_outputs_js__WEBPACK_IMPORTED_MODULE_8__/* .setPlanOutputs */ .AS)(analysis, planJson);
        evaluated.setPolicyOutputs();
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_plan_outputs_js__WEBPACK_IMPORTED_MODULE_8__/* .describeCounts */ .wv)(analysis));
    }
    catch (error) {
        verdict = failClosedVerdict(error, setup?.environment ?? (0,_policy_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveEnvironment */ .g9)(inputs.environmentRequest));
    }
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.allowed, String(verdict.allowed));
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.gateReasons, JSON.stringify(verdict.findings.map(publicFinding)));
    if (!setup)
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.environment, verdict.environment);
    const context = setup
        ? (0,_run_setup_js__WEBPACK_IMPORTED_MODULE_7__/* .reportContextFor */ .Tr)(inputs, setup, evaluated ?? { verdict })
        : {
            environment: verdict.environment,
            workingDirectory: inputs.workingDirectory,
            dryRun: inputs.dryRun,
            verdict
        };
    await (0,_job_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .writeJobSummary */ .j)((0,_render_index_js__WEBPACK_IMPORTED_MODULE_5__/* .renderGateReport */ .C_)(verdict, analysis, { ...context, notes, verdict, dryRun: inputs.dryRun }));
    for (const finding of verdict.findings.filter(f => f.severity === 'warn')) {
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${finding.rule}: ${finding.message}`);
    }
    if (verdict.allowed) {
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Gate: allowed in '${verdict.environment}'.`);
        return;
    }
    const lines = (0,_render_index_js__WEBPACK_IMPORTED_MODULE_5__/* .renderGateLog */ .Et)(verdict, analysis?.sensitiveValues);
    if (inputs.dryRun) {
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`dry_run: the gate denied this plan, but the step does not fail. Skip apply when allowed == 'false'.\n${lines.join('\n')}`);
        return;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateDeniedError */ .nN(lines.join('\n'));
}
/** plan_json or plan_file when given; otherwise the plan artifact of this run, verified. */
async function locatePlan(inputs, setup, notes) {
    if (inputs.planJson || inputs.planFile) {
        const plan = await (0,_terraform_obtain_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .obtainPlan */ .J)({ ...inputs, outputDir: setup.outputDir });
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Plan JSON from ${plan.origin}${plan.binary ? ` (${plan.binary})` : ''}: ${plan.planJson}`);
        return plan.planJson;
    }
    if (!inputs.context.hasActionsRuntime) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz("safety-gate needs a plan: set 'plan_json' or 'plan_file', or run it in GitHub Actions after a plan step that uploaded the artifact '" +
            inputs.artifactName +
            "'");
    }
    const { downloadPlanArtifact } = await __webpack_require__.e(/* import() */ 634).then(__webpack_require__.bind(__webpack_require__, 85634));
    const { verifyManifest } = await __webpack_require__.e(/* import() */ 304).then(__webpack_require__.bind(__webpack_require__, 57304));
    const downloaded = await downloadPlanArtifact({
        name: inputs.artifactName,
        destination: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(setup.outputDir, 'artifact')
    });
    const verification = await verifyManifest(downloaded.manifest, downloaded.dir, {
        commitSha: inputs.context.sha,
        workingDirectory: (0,_run_setup_js__WEBPACK_IMPORTED_MODULE_7__/* .workspaceRelative */ .Uc)(inputs),
        environment: setup.environment.name
    }, { allowStalePlan: inputs.allowStalePlan });
    if (verification.staleRelaxed) {
        const note = `allow_stale_plan: the commit check was relaxed. The plan artifact was made for commit ${downloaded.manifest.commitSha}, this run is ${inputs.context.sha}; every other integrity check still applied.`;
        notes.push(note);
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(note);
    }
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Plan artifact '${inputs.artifactName}' verified (sha256 of every file, commit, directory, environment)`);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(downloaded.dir, 'plan.json');
}
/** Any error before a verdict is a denial that says what went wrong. */
function failClosedVerdict(error, environment) {
    const finding = {
        rule: 'fail-closed',
        severity: 'deny',
        addresses: [],
        message: `The gate could not evaluate the plan, so it denies it: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error)}`,
        remedy: 'Fix the problem above and re-run; the gate never allows a plan it could not fully read.'
    };
    // When the policy itself failed to load, the environment comes from the built-in rules: for the report only.
    return {
        allowed: false,
        environment: environment.name,
        protectedEnvironment: environment.protected,
        findings: [finding]
    };
}
function publicFinding(finding) {
    return {
        rule: finding.rule,
        severity: finding.severity,
        addresses: finding.addresses,
        message: finding.message,
        remedy: finding.remedy
    };
}


/***/ })

};

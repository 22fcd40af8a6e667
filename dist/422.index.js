export const id = 422;
export const ids = [422];
export const modules = {

/***/ 66422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(58592);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(85555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/action/adapters/github/api-error.ts
/**
 * Turns a failed GitHub call into one sentence a workflow author can act on: which call, what GitHub said,
 * and what to change (usually the job's `permissions:`).
 */
/** The permission each kind of call needs, for calls that do not name one. */
const PERMISSIONS = [
    {
        pattern: /\/issues\/(comments\/|\{issue_number\}\/comments|\d+\/comments)/,
        read: 'pull-requests: read',
        write: 'pull-requests: write'
    },
    { pattern: /\/issues(\/|$|\?)/, read: 'issues: read', write: 'issues: write' },
    { pattern: /\/(pulls|commits)(\/|$|\?)/, read: 'pull-requests: read', write: 'pull-requests: write' },
    { pattern: /.*/, read: 'contents: read', write: 'contents: write' }
];
/** Names the permission a call needs. */
function permissionFor(call) {
    if (typeof call.request?.permission === 'string')
        return call.request.permission;
    const rule = PERMISSIONS.find(entry => entry.pattern.test(call.url)) ?? PERMISSIONS[PERMISSIONS.length - 1];
    return call.method.toUpperCase() === 'GET' ? rule.read : rule.write;
}
/** `POST /repos/{owner}/{repo}/issues` with the call's parameters filled in. */
function describeCall(call, apiUrl = '') {
    // Later pages of a paginated list arrive as full URLs; show them relative to the API root too.
    const relative = apiUrl && call.url.startsWith(apiUrl) ? call.url.slice(apiUrl.length) : call.url;
    const path = relative.replace(/\{(\w+)\}/g, (whole, name) => {
        const value = call[name];
        return typeof value === 'string' || typeof value === 'number' ? encodeURIComponent(String(value)) : whole;
    });
    return `${call.method.toUpperCase()} ${path}`;
}
/** The full message for a call that failed; `note` says why retrying stopped, when that is the story. */
function describeFailure(failure, call, settings, note) {
    const status = failure.response?.status;
    const said = gitHubMessage(failure);
    const head = `GitHub API call ${describeCall(call, settings.apiUrl)} failed`;
    if (status === undefined) {
        return `${head}: ${said}${note ? ` (${note})` : ''}. Could not get an answer from ${settings.apiUrl}; check GITHUB_API_URL and the runner's network, then re-run the job`;
    }
    const permission = permissionFor(call);
    const headers = failure.response?.headers ?? {};
    const rateLimited = status === 429 || /rate limit/i.test(said) || (status === 403 && headers['x-ratelimit-remaining'] === '0');
    let fix;
    if (rateLimited) {
        fix = `GitHub's rate limit was hit and its wait${headers['retry-after'] ? ` (Retry-After ${headers['retry-after']} s)` : ''} was longer than this call may wait; re-run the job later`;
    }
    else if (status === 401) {
        fix =
            'the token was rejected; pass a valid token in the `github_token` input (default `${{ github.token }}`)';
    }
    else if (status === 403) {
        fix = `the token lacks ${permission}; add \`permissions: ${permission}\` to the job (or the workflow)`;
    }
    else if (status === 404) {
        fix = `it does not exist or the token cannot see it; check the repository and number, and that the token has ${permission}`;
    }
    else if (status === 422) {
        fix = 'GitHub rejected the request as invalid';
    }
    else if (status >= 500) {
        fix = `GitHub kept failing after ${settings.maxRetries} retries; re-run the job later`;
    }
    else {
        fix = 'see the message from GitHub';
    }
    return `${head} with ${status}: ${said}${note ? ` (${note})` : ''}. ${capitalize(fix)}`;
}
function gitHubMessage(failure) {
    const data = failure.response?.data;
    if (data && typeof data === 'object') {
        const body = data;
        const details = Array.isArray(body.errors)
            ? body.errors
                .map(error => (typeof error === 'string' ? error : JSON.stringify(error)))
                .join('; ')
                .slice(0, 500)
            : '';
        if (typeof body.message === 'string')
            return details ? `${body.message} (${details})` : body.message;
    }
    return failure.message || 'unknown error';
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/action/adapters/github/request-guard.ts


/** Methods that can safely be sent twice; a POST whose answer was lost might have created something. */
const REPEATABLE = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']);
/** Deadline of each call, keyed by the options object that every attempt of the call shares. */
const deadlines = new WeakMap();
const settingsByClient = new WeakMap();
function inner(octokit) {
    octokit.hook.wrap('request', async (request, options) => {
        const settings = settingsByClient.get(octokit);
        if (!settings)
            return request(options);
        return attempt(settings, request, options);
    });
}
async function attempt(settings, request, options) {
    const deadline = deadlines.get(options) ?? Number.POSITIVE_INFINITY;
    for (let plain429Retries = 0;; plain429Retries++) {
        try {
            const response = await request(options);
            if (response.status !== 204 && (typeof response.data !== 'object' || response.data === null)) {
                // No `response` on purpose: nothing usable came back, so this counts as an unanswered request.
                throw Object.assign(new Error(`the answer (HTTP ${response.status}) was cut off or is not JSON`), {
                    status: 502,
                    request: options
                });
            }
            return response;
        }
        catch (error) {
            const failure = error;
            const status = failure.status ?? 500;
            if (status >= 500) {
                const unanswered = failure.response === undefined;
                if (Date.now() >= deadline) {
                    throw new errors/* GitHubApiError */.OS(describeFailure(failure, options, settings, `gave up after ${settings.totalTimeoutMs} ms`), failure.response?.status);
                }
                if (unanswered && !REPEATABLE.has(options.method.toUpperCase())) {
                    throw new errors/* GitHubApiError */.OS(describeFailure(failure, options, settings, 'not repeated, because GitHub may already have acted on it'), failure.response?.status);
                }
                throw error;
            }
            const waitMs = status === 429 && !isGitHubRateLimit(failure)
                ? plain429Wait(settings, failure, plain429Retries)
                : undefined;
            if (waitMs === undefined || plain429Retries >= settings.maxRetries || Date.now() + waitMs >= deadline)
                throw error;
            settings.log.warn(`GitHub API answered 429 to ${options.method} ${options.url}; retrying in ${Math.round(waitMs / 1000)} s`);
            await new Promise(resolve => setTimeout(resolve, waitMs));
        }
    }
}
/** GitHub's own rate-limit answers, which the throttling plugin handles. */
function isGitHubRateLimit(failure) {
    return (/\bsecondary rate\b/i.test(failure.message) || failure.response?.headers['x-ratelimit-remaining'] === '0');
}
/** Milliseconds to wait before repeating a plain 429: its Retry-After, or the usual backoff. */
function plain429Wait(settings, failure, retries) {
    const header = failure.response?.headers['retry-after'];
    if (header === undefined)
        return (retries + 1) ** 2 * settings.retryBaseMs;
    const seconds = /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
    if (!Number.isFinite(seconds) || seconds > settings.maxRetryAfterSeconds)
        return undefined;
    return Math.max(0, seconds) * 1000;
}
function outer(octokit) {
    octokit.hook.wrap('request', async (request, options) => {
        const settings = settingsByClient.get(octokit);
        if (!settings)
            return request(options);
        deadlines.set(options, Date.now() + settings.totalTimeoutMs);
        const budget = AbortSignal.timeout(settings.totalTimeoutMs);
        const callerSignal = options.request?.signal;
        options.request = {
            ...options.request,
            signal: callerSignal ? AbortSignal.any([callerSignal, budget]) : budget
        };
        try {
            return await request(options);
        }
        catch (error) {
            if (error instanceof errors/* GitHubApiError */.OS)
                throw error;
            const failure = error;
            throw new errors/* GitHubApiError */.OS(describeFailure(failure, options, settings), failure.response?.status);
        }
    });
}
/** Milliseconds left in the budget of the call these options belong to (Infinity outside a guarded call). */
function remainingBudgetMs(options) {
    return (deadlines.get(options) ?? Number.POSITIVE_INFINITY) - Date.now();
}
/** The plugins, plus the hook that hands a client its settings. */
const guardRequests = {
    inner,
    outer,
    configure(client, settings) {
        settingsByClient.set(client, settings);
    }
};

;// CONCATENATED MODULE: ./src/action/adapters/github/client.ts
/**
 * The one place that builds an Octokit. Every GitHub call the action makes goes through the client made
 * here, which adds retries with backoff (@octokit/plugin-retry), rate-limit handling
 * (@octokit/plugin-throttling), a per-request timeout, a total time budget per call, and turns failures
 * into GitHubApiError messages that say how to fix them.
 */






/** Octokit with REST methods, pagination, retry and throttling. */
const GuardedOctokit = utils/* GitHub */.gq.plugin(guardRequests.inner, throttling, dist_bundle/* retry */.L, guardRequests.outer);
const DEFAULTS = {
    requestTimeoutMs: 30_000,
    totalTimeoutMs: 120_000,
    maxRetries: 3,
    retryBaseMs: 1000,
    maxRetryAfterSeconds: 60
};
/**
 * Builds the client. Throws GitHubApiError when the token or API URL is unusable, before any request.
 * Statuses 400, 401, 403 (other than rate limits), 404, 410, 422 and 451 are never retried: repeating
 * them cannot help and only delays the clear error.
 */
function createGitHubClient(options) {
    if (!options.token) {
        throw new errors/* GitHubApiError */.OS('No GitHub token: set the `github_token` input (default `${{ github.token }}`) to call the GitHub API');
    }
    const baseUrl = normalizeApiUrl(options.apiUrl);
    const settings = {
        ...DEFAULTS,
        ...definedOnly(options),
        apiUrl: baseUrl,
        log: { warn: message => log/* warning */.$e(message), debug: message => log/* debug */.Yz(message) }
    };
    const baseFetch = (utils/* defaults */.NT.request?.fetch ?? globalThis.fetch);
    const octokitOptions = (0,utils/* getOctokitOptions */.EG)(options.token, {
        baseUrl,
        userAgent: options.userAgent ?? 'infra-guard',
        request: { fetch: fetchWithTimeout(baseFetch, settings.requestTimeoutMs) },
        log: {
            debug: (message) => log/* debug */.Yz(message),
            info: (message) => log/* debug */.Yz(message),
            warn: (message) => log/* debug */.Yz(message),
            error: (message) => log/* debug */.Yz(message)
        },
        retry: {
            retries: settings.maxRetries,
            retryAfterBaseValue: settings.retryBaseMs,
            // 429 is left to the throttling plugin and the guard, which honour Retry-After.
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
        },
        throttle: {
            id: options.throttleId ?? 'infra-guard',
            onRateLimit: (retryAfter, request, _o, count) => shouldWaitForRateLimit(settings, 'rate limit', retryAfter, request, count),
            onSecondaryRateLimit: (retryAfter, request, _o, count) => shouldWaitForRateLimit(settings, 'secondary rate limit', retryAfter, request, count)
        }
    });
    const client = new GuardedOctokit(octokitOptions);
    guardRequests.configure(client, settings);
    return client;
}
/** Accepts `https://ghe.example.com/api/v3/` as well as `.../api/v3`; rejects anything that is not http(s). */
function normalizeApiUrl(apiUrl) {
    let url;
    try {
        url = new URL(apiUrl);
    }
    catch {
        throw new errors/* GitHubApiError */.OS(`GitHub API URL '${apiUrl}' is not a URL; GITHUB_API_URL should look like https://api.github.com or https://HOST/api/v3`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* GitHubApiError */.OS(`GitHub API URL '${apiUrl}' must use https (or http for a local server)`);
    }
    return url.toString().replace(/\/+$/, '');
}
function definedOnly(options) {
    const picked = {};
    for (const key of Object.keys(DEFAULTS)) {
        const value = options[key];
        if (value !== undefined) {
            if (!Number.isFinite(value) || value < 0)
                throw new errors/* GitHubApiError */.OS(`GitHub client option ${key} must be ≥ 0`);
            picked[key] = value;
        }
    }
    return picked;
}
/** Rate limits: wait when GitHub's Retry-After fits in the call's budget, otherwise fail now with the reason. */
function shouldWaitForRateLimit(settings, kind, retryAfterSeconds, request, retryCount) {
    const wait = retryAfterSeconds <= settings.maxRetryAfterSeconds &&
        retryCount < settings.maxRetries &&
        retryAfterSeconds * 1000 < remainingBudgetMs(request);
    settings.log.warn(wait
        ? `GitHub API ${kind} hit on ${request.method} ${request.url}; retrying in ${retryAfterSeconds} s (retry ${retryCount + 1} of ${settings.maxRetries})`
        : `GitHub API ${kind} hit on ${request.method} ${request.url}; not waiting ${retryAfterSeconds} s (limit ${settings.maxRetryAfterSeconds} s, ${retryCount} retries done)`);
    return wait;
}
/**
 * Each HTTP attempt gets its own timeout, so a server that accepts the connection and then says nothing
 * cannot hang the job. The timeout also covers reading the body.
 */
function fetchWithTimeout(baseFetch, timeoutMs) {
    return async (input, init) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        try {
            return await baseFetch(input, { ...init, signal });
        }
        catch (error) {
            if (timeout.aborted) {
                // A plain Error (not an AbortError) so that Octokit reports it as a failed request.
                throw new Error(`no response within ${timeoutMs} ms`, { cause: error });
            }
            throw error;
        }
    };
}


/***/ })

};

/**
 * The one way the UI talks to the API, with the browser session: JSON in and out, problem+json
 * errors as ApiProblem, the proposal's ETag sent back as If-Match, and the session's CSRF token
 * (every API answer carries it in X-CSRF-Token; every write sends it back).
 */
let csrfToken = null;

/** An API answer that is not a success: status, title, detail, fields and any extension members. */
export class ApiProblem extends Error {
    constructor(status, problem = {}) {
        super(problem.detail || problem.title || `HTTP ${status}`);
        this.status = status;
        this.title = problem.title;
        this.detail = problem.detail;
        this.fields = problem.fields ?? [];
        this.problem = problem;
    }

    /** The server's sentence for one field (e.g. "sources", "sources[0].url"), if any. */
    fieldMessage(field) {
        return this.fields.find((entry) => entry.field === field)?.message;
    }
}

/**
 * One request. Returns {data, etag, status}. `etag` is sent as If-Match. Network failures are
 * an ApiProblem with status 0.
 */
export async function request(method, path, { body, etag } = {}) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    if (method !== 'GET') {
        if (!csrfToken) {
            await refreshToken();
        }
        headers['X-CSRF-Token'] = csrfToken;
    }
    if (etag) {
        headers['If-Match'] = etag;
    }
    let response;
    try {
        response = await fetch(`/api/${path}`, {
            method, headers, credentials: 'same-origin',
            body: body === undefined ? undefined : JSON.stringify(body),
        });
    } catch (offline) {
        throw new ApiProblem(0, { title: 'network', detail: offline.message });
    }
    csrfToken = response.headers.get('X-CSRF-Token') || csrfToken;
    const type = response.headers.get('Content-Type') || '';
    const data = response.status === 204 || !type.includes('json') ? null : await response.json().catch(() => null);
    if (!response.ok) {
        throw new ApiProblem(response.status, data ?? {});
    }
    return { data, etag: response.headers.get('ETag'), status: response.status };
}

async function refreshToken() {
    const response = await fetch('/api/me', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    csrfToken = response.headers.get('X-CSRF-Token');
}

/** Reads JSON; the data only. */
export async function getJson(path) {
    return (await request('GET', path)).data;
}

export const get = (path) => request('GET', path);
export const post = (path, body = {}, etag) => request('POST', path, { body, etag });
export const put = (path, body, etag) => request('PUT', path, { body, etag });
export const patch = (path, body, etag) => request('PATCH', path, { body, etag });
export const remove = (path, etag) => request('DELETE', path, { etag });

/**
 * Sends a file as the request body (its bytes, with the browser's type for it) and reads the JSON answer,
 * as request() does.
 */
export async function upload(path, file) {
    if (!csrfToken) {
        await refreshToken();
    }
    let response;
    try {
        response = await fetch(`/api/${path}`, {
            method: 'POST', credentials: 'same-origin', body: file,
            headers: { Accept: 'application/json', 'Content-Type': file.type || 'application/octet-stream', 'X-CSRF-Token': csrfToken },
        });
    } catch (offline) {
        throw new ApiProblem(0, { title: 'network', detail: offline.message });
    }
    csrfToken = response.headers.get('X-CSRF-Token') || csrfToken;
    const data = (response.headers.get('Content-Type') || '').includes('json') ? await response.json().catch(() => null) : null;
    if (!response.ok) {
        throw new ApiProblem(response.status, data ?? {});
    }
    return { data, etag: response.headers.get('ETag'), status: response.status };
}

/** Path segments are codes and numbers from the API or the address bar: always encoded. */
export const segment = (value) => encodeURIComponent(String(value));

/** The API with the browser session. Errors throw the problem+json detail. */
let csrfToken = null;

async function call(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    if (method !== 'GET' && csrfToken) {
        headers['X-CSRF-Token'] = csrfToken;
    }
    const response = await fetch(`/api/${path}`, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    });
    csrfToken = response.headers.get('X-CSRF-Token') || csrfToken;
    if (!response.ok) {
        let detail = `${response.status} ${response.statusText}`;
        try {
            const problem = await response.json();
            detail = problem.detail || problem.title || detail;
        } catch (ignored) {
            // not a problem document: keep the status line
        }
        throw new Error(detail);
    }
    return response.status === 204 ? null : response.json();
}

export const getJson = (path) => call('GET', path);
export const postJson = (path, body) => call('POST', path, body ?? {});

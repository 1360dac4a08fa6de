/** Calls the API with the browser session; throws the problem+json detail on failure. */
export async function getJson(path) {
    const response = await fetch(`/api/${path}`, { headers: { Accept: 'application/json' } });
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
    return response.json();
}

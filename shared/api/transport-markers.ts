/**
 * How a newsroom server started with `--insecure-http` tells its clients, so every desk can show
 * it in red: a header on every response, and a meta tag in the app's HTML for the page itself.
 */
export const INSECURE_HTTP_HEADER = 'X-Banxin-Insecure-Http';
export const INSECURE_HTTP_META = 'banxin-insecure-http';

// Every page is prerendered to static HTML.
export const prerender = true;
export const trailingSlash = 'always';

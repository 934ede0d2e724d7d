import type { ClientInit } from '@sveltejs/kit';

/**
 * SvelteKit awaits this between evaluating the bundle and hydrating the page. Waiting one
 * task there splits the start-up in two, so that the browser can paint, scroll or answer a
 * tap between them: on a slow phone each half is a short block where both together were a
 * long one.
 */
export const init: ClientInit = () => new Promise((resume) => setTimeout(resume));

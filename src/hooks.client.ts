import type { ClientInit } from '@sveltejs/kit';

/**
 * SvelteKit awaits this between evaluating the bundle and starting. Waiting one task there
 * cuts the start-up, so that the browser can paint, scroll or answer a tap in between: on a
 * slow phone each part is a short block where together they were a long one. Kit has no hook
 * for its later cuts, before hydrating and before starting its router: the build makes them
 * (scripts/vite/kit-start-tasks.ts).
 */
export const init: ClientInit = () => new Promise((resume) => setTimeout(resume));

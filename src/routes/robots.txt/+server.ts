import { resolve } from '$app/paths';
import { robotsTxt } from '$lib/server/sitemap';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = ({ url }) =>
	new Response(robotsTxt(new URL(resolve('/sitemap.xml'), url)), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});

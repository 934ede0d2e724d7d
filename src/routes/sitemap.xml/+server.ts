import { sitemapXml } from '$lib/server/sitemap';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = ({ url }) =>
	new Response(sitemapXml(url), { headers: { 'content-type': 'application/xml; charset=utf-8' } });

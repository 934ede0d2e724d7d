/**
 * What a host can ask of any embed in its URL: `theme=light|dark|auto` (the colour scheme;
 * auto follows the reader's system), `plain` (no title, note or source line, for a host
 * that sets its own) and `transparent` (no page background). app.html's inline script reads
 * them before the first paint, by these names; anything else, or another value, is ignored.
 */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface EmbedOptions {
	theme: Theme;
	plain: boolean;
	transparent: boolean;
}

export const DEFAULT_OPTIONS: EmbedOptions = { theme: 'auto', plain: false, transparent: false };

/** `url` with the options that differ from the defaults in its query (`plain=1`, …). */
export function withOptions(url: string, options: EmbedOptions): string {
	const result = new URL(url);
	if (options.theme !== DEFAULT_OPTIONS.theme) result.searchParams.set('theme', options.theme);
	if (options.plain) result.searchParams.set('plain', '1');
	if (options.transparent) result.searchParams.set('transparent', '1');
	return result.href;
}

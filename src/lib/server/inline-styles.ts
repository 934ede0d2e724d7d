/**
 * A page's stylesheets written into it: the first paint waits for no request but the page's
 * own. The app's CSS is one small file (under 5 KB gzip), cheaper inline than a round trip
 * on a slow connection, where the first paint otherwise waits for it.
 */

const STYLESHEET =
	/<link href="([^"]*\/_app\/immutable\/assets\/([\w.-]+\.css))" rel="stylesheet">/g;

/**
 * `html` with each of the app's stylesheet links replaced by a `<style>` holding the file,
 * read by `read` (its name under _app/immutable/assets). A stylesheet that refers to another
 * file (`url(…)`, `@import`) would point elsewhere once inline, so it is refused.
 */
export function inlineStyles(html: string, read: (file: string) => string): string {
	return html.replace(STYLESHEET, (_, href: string, file: string) => {
		const css = read(file);
		if (/url\(\s*(?!['"]?data:)|@import/i.test(css)) {
			throw new Error(
				`inline styles: ${href} refers to another file (url() or @import); it cannot be inlined`
			);
		}
		if (/<\/style/i.test(css)) {
			throw new Error(
				`inline styles: ${href} contains "</style", which would end the inline style`
			);
		}
		return `<style>${css}</style>`;
	});
}

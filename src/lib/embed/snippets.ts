/**
 * The code a news site pastes to embed the story or a chart: the embed panel shows it, and
 * each page's oEmbed answer carries the iframe.
 */

/** The value of an HTML attribute, escaped. */
const attribute = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** pym.js's auto-init: sizes itself, and tells a scrolling story the reader's viewport. */
export const pymSnippet = (url: string) =>
	`<div data-pym-src="${attribute(url)}" data-pym-trackscroll></div>\n<script src="https://pym.nprapps.org/pym.v1.min.js"></` +
	`script>`;

/** A frame's height before the embed sizes it (in a host that listens). */
export const FRAME_HEIGHT = 720;

/** A plain iframe, `height` pixels tall until the embed's own messages size it. */
export const iframeSnippet = (url: string, title: string, height: number) =>
	`<iframe src="${attribute(url)}" title="${attribute(title)}" width="100%" height="${height}" style="border:0" loading="lazy" allow="clipboard-write; web-share"></iframe>`;

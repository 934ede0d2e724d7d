// WordPress's two sides of an oEmbed from a provider it does not list, written after its own
// code (wp-includes/embed.php's wp_filter_oembed_result and wp-includes/js/wp-embed.js):
//
// 1. window.embedOEmbed(html): what WordPress makes of an oEmbed answer's html. It keeps only
//    the iframe, with only the attributes it allows (src, width, height, frameborder,
//    marginwidth, marginheight, scrolling, title), adds a secret of ten letters and digits to
//    its URL (#?secret=) and as data-secret, and sandboxes it: allow-scripts and nothing else.
// 2. wp-embed.js, the receiving side: it sizes a frame from {message: 'height', value, secret}
//    (clamped to 200–1000 px), follows {message: 'link', value, secret} in the top window when
//    the link is on the frame's host and the frame has focus, ignores a secret that is not
//    letters and digits or a message from another window, and tells each frame it is ready
//    ({message: 'ready', secret}) when the page has loaded.
//
// window.wpMessages records every message the page receives, as [from the frame?, data].

/** @type {[boolean, unknown][]} */
const messages = [];
Object.assign(window, { wpMessages: messages });

const ALLOWED = [
	'src',
	'width',
	'height',
	'frameborder',
	'marginwidth',
	'marginheight',
	'scrolling',
	'title'
];

/** @param {string} html */
function embedOEmbed(html) {
	const parsed = new DOMParser().parseFromString(html, 'text/html');
	const source = parsed.querySelector('iframe');
	if (!source) throw new Error('wordpress: the oEmbed html has no iframe');
	const iframe = document.createElement('iframe');
	for (const name of ALLOWED) {
		const value = source.getAttribute(name);
		if (value !== null) iframe.setAttribute(name, value);
	}
	const secret = Array.from(crypto.getRandomValues(new Uint8Array(10)), (n) =>
		'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.charAt(n % 62)
	).join('');
	iframe.setAttribute('src', `${iframe.getAttribute('src')}#?secret=${secret}`);
	iframe.setAttribute('data-secret', secret);
	iframe.className = 'wp-embedded-content';
	iframe.setAttribute('sandbox', 'allow-scripts');
	iframe.setAttribute('security', 'restricted');
	/** @type {HTMLElement} */ (document.getElementById('post-content')).append(iframe);
	// wp-embed.js's onLoad runs at the page's load: a frame added since hears "ready" on its own.
	iframe.addEventListener('load', () => ready(iframe));
	return secret;
}

/** @param {HTMLIFrameElement} iframe */
function ready(iframe) {
	iframe.contentWindow?.postMessage({ message: 'ready', secret: iframe.dataset.secret }, '*');
}

/** @param {MessageEvent} e */
function receiveEmbedMessage(e) {
	const frame = document.querySelector('iframe.wp-embedded-content');
	messages.push([
		!!frame && e.source === /** @type {HTMLIFrameElement} */ (frame).contentWindow,
		e.data
	]);
	const data = e.data;
	if (!data || !(data.secret || data.message || data.value)) return;
	if (/[^a-zA-Z0-9]/.test(data.secret)) return;
	const iframes = document.querySelectorAll(`iframe[data-secret="${data.secret}"]`);
	for (const source of /** @type {NodeListOf<HTMLIFrameElement>} */ (iframes)) {
		if (e.source !== source.contentWindow) continue;
		source.removeAttribute('style');
		if (data.message === 'height') {
			let height = parseInt(data.value, 10);
			if (height > 1000) height = 1000;
			else if (~~height < 200) height = 200;
			source.height = String(height);
		}
		if (data.message === 'link') {
			const sourceURL = new URL(/** @type {string} */ (source.getAttribute('src')), location.href);
			const targetURL = new URL(data.value, location.href);
			if (targetURL.host === sourceURL.host && document.activeElement === source) {
				/** @type {Window} */ (window.top).location.href = data.value;
			}
		}
	}
}

addEventListener('message', receiveEmbedMessage);
Object.assign(window, { embedOEmbed });

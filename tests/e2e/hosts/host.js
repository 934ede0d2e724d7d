// A host page: a news site that embeds the story from another origin with one parent
// library, as its own documentation shows. ?src= is the embed's URL; ?parent= picks the
// library (pym, frames or sidechain), loaded from /lib/ as a news site would load it;
// ?scheme=dark makes the page dark.
// window.embedFrame() returns the story's iframe once the parent has made it.
const query = new URLSearchParams(location.search);
const src = query.get('src') ?? '';
if (!/^https?:\/\//.test(src)) throw new Error('host: give ?src=http(s)://…');
// ?scheme=dark: a dark page, which says so (color-scheme), as a news site's dark theme does.
if (query.get('scheme') === 'dark') document.documentElement.dataset.scheme = 'dark';
const container = /** @type {HTMLElement} */ (document.getElementById('story-embed'));
/** The libraries' globals, which their scripts define. */
const globals = /** @type {any} */ (window);

/**
 * Each parent library: its name, its script, and how the host starts it, which returns how
 * to find the frame it makes.
 * @type {Record<string, { name: string, library: string, start(): () => HTMLIFrameElement | null }>}
 */
const parents = {
	pym: {
		name: 'pym.js',
		library: '/lib/pym/pym.v1.min.js',
		// new pym.Parent(containerId, url, config). With ?trackscroll=1 it sends the child
		// the viewport on every scroll.
		start() {
			new globals.pym.Parent('story-embed', src, {
				title: 'The embedded story',
				trackscroll: query.has('trackscroll')
			});
			return () => container.querySelector('iframe');
		}
	},
	frames: {
		name: '@newswire/frames',
		library: '/lib/frames/frames.umd.js',
		// new Framer(container, { src, attributes }), from the UMD build's global.
		start() {
			new globals.newswireFrames.Framer(container, {
				src,
				attributes: { title: 'The embedded story' }
			});
			return () => container.querySelector('iframe');
		}
	},
	sidechain: {
		name: '@nprapps/sidechain',
		library: '/lib/sidechain/sidechain.js',
		// A <side-chain src> custom element, defined by the library; its iframe is in the
		// element's shadow root.
		start() {
			const element = document.createElement('side-chain');
			element.id = container.id;
			element.className = container.className;
			container.replaceWith(element);
			element.setAttribute('src', src);
			return () => element.shadowRoot?.querySelector('iframe') ?? null;
		}
	}
};

const host = parents[query.get('parent') ?? ''];
if (!host) throw new Error(`host: give ?parent=${Object.keys(parents).join('|')}`);
document.title = `Host page: ${host.name}`;
/** @type {HTMLElement} */ (document.getElementById('library')).textContent = host.name;
const library = document.createElement('script');
library.src = host.library;
library.onload = () => Object.assign(window, { embedFrame: host.start() });
document.body.append(library);

/**
 * A laid-out part of a page as one SVG file, for print desks: what the browser drew, with
 * its text as text (selectable, editable in Illustrator), its boxes as rectangles and its
 * charts' own SVG as it is, every style written onto the element (no CSS, no classes).
 *
 * `drawnAsSvg` runs in the page (`page.evaluate`): it may use only what it defines itself.
 * Under tsx its inner functions are wrapped in a helper, `__name`, that the page lacks:
 * `IN_PAGE_HELPERS` defines it there first.
 */

/** Evaluate in the page before `drawnAsSvg`. */
export const IN_PAGE_HELPERS = 'self.__name = (f) => f';

/** The SVG presentation properties a chart's elements may take from CSS. */
export const SVG_PROPERTIES = [
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'vector-effect'
];

/**
 * `root` as an SVG document at its size, titled `title`, its charts' elements taking
 * `properties` (`SVG_PROPERTIES`, passed in: the page has only what it is given). Its
 * pseudo-elements' words (an arrow between steps) become real elements first, since a
 * range cannot measure them; the caller's page is changed so, and reloaded for anything else.
 */
export function drawnAsSvg(
	root: HTMLElement,
	{ title, properties }: { title: string; properties: readonly string[] }
): string {
	const round = (n: number) => String(Math.round(n * 100) / 100);
	const escape = (s: string) =>
		s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
	const visible = (color: string) =>
		color !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(color) && color !== '';

	// Pseudo-elements with words or a box become spans, styled as they were.
	for (const el of root.querySelectorAll<HTMLElement>('*')) {
		if (el instanceof SVGElement) continue;
		for (const pseudo of ['::before', '::after'] as const) {
			const style = getComputedStyle(el, pseudo);
			const content = style.content;
			if (!content || content === 'none' || content === 'normal') continue;
			const words = /^"(.*)"$/s.exec(content)?.[1];
			if (words === undefined) continue;
			const span = document.createElement('span');
			for (const property of style) {
				if (property !== 'content')
					span.style.setProperty(property, style.getPropertyValue(property));
			}
			span.textContent = words.replace(/\\"/g, '"');
			if (pseudo === '::before') el.prepend(span);
			else el.append(span);
			el.setAttribute(`data-svg-${pseudo.slice(2)}`, '');
		}
	}
	const off = document.createElement('style');
	off.textContent =
		'[data-svg-before]::before, [data-svg-after]::after { content: none !important; }';
	document.head.append(off);

	const origin = root.getBoundingClientRect();
	const x = (n: number) => round(n - origin.left);
	const y = (n: number) => round(n - origin.top);
	const out: string[] = [];
	const used = new Set<string>();
	const emitted = new Set<string>();

	/** Where a font's baseline is below the top of its text's box, measured once a font. */
	const baselines = new Map<string, number>();
	const baseline = (parent: Element, font: string) => {
		if (!baselines.has(font)) {
			const probe = document.createElement('span');
			probe.style.cssText = 'font: inherit; white-space: nowrap;';
			probe.textContent = 'x';
			const mark = document.createElement('span');
			mark.style.cssText = 'display: inline-block; width: 0; height: 0; vertical-align: baseline;';
			probe.append(mark);
			parent.append(probe);
			const text = document.createRange();
			text.selectNodeContents(probe.firstChild!);
			baselines.set(font, mark.getBoundingClientRect().bottom - text.getClientRects()[0]!.top);
			probe.remove();
		}
		return baselines.get(font)!;
	};

	const box = (el: Element, style: CSSStyleDeclaration) => {
		const r = el.getBoundingClientRect();
		if (r.width === 0 || r.height === 0) return;
		const radius = parseFloat(style.borderTopLeftRadius) || 0;
		const sides = (['top', 'right', 'bottom', 'left'] as const).map((side) => ({
			side,
			width: parseFloat(style.getPropertyValue(`border-${side}-width`)) || 0,
			style: style.getPropertyValue(`border-${side}-style`),
			color: style.getPropertyValue(`border-${side}-color`)
		}));
		const drawn = sides.filter((s) => s.width > 0 && s.style !== 'none' && visible(s.color));
		const dash = (s: (typeof sides)[number]) =>
			s.style === 'dashed'
				? ` stroke-dasharray="${s.width * 3} ${s.width * 3}"`
				: s.style === 'dotted'
					? ` stroke-dasharray="${s.width} ${s.width}"`
					: '';
		const fill = visible(style.backgroundColor) ? style.backgroundColor : 'none';
		const same =
			drawn.length === 4 &&
			drawn.every(
				(s) =>
					s.width === drawn[0]!.width && s.style === drawn[0]!.style && s.color === drawn[0]!.color
			);
		if (fill !== 'none' || same) {
			const w = same ? drawn[0]!.width : 0;
			out.push(
				`<rect x="${x(r.left + w / 2)}" y="${y(r.top + w / 2)}" width="${round(r.width - w)}" height="${round(r.height - w)}"${radius ? ` rx="${round(radius)}"` : ''} fill="${fill}"${same ? ` stroke="${drawn[0]!.color}" stroke-width="${w}"${dash(drawn[0]!)}` : ''}/>`
			);
		}
		if (same) return;
		for (const s of drawn) {
			const h = s.width / 2;
			const [x1, y1, x2, y2] =
				s.side === 'top'
					? [r.left, r.top + h, r.right, r.top + h]
					: s.side === 'bottom'
						? [r.left, r.bottom - h, r.right, r.bottom - h]
						: s.side === 'left'
							? [r.left + h, r.top, r.left + h, r.bottom]
							: [r.right - h, r.top, r.right - h, r.bottom];
			out.push(
				`<line x1="${x(x1)}" y1="${y(y1)}" x2="${x(x2)}" y2="${y(y2)}" stroke="${s.color}" stroke-width="${s.width}"${dash(s)}/>`
			);
		}
	};

	/** A text node, a line at a time: each line where the browser broke it. */
	const text = (node: Text, style: CSSStyleDeclaration) => {
		if (!node.data.trim()) return;
		const range = document.createRange();
		const lines: { top: number; left: number; chars: string }[] = [];
		for (let i = 0; i < node.data.length; i++) {
			range.setStart(node, i);
			range.setEnd(node, i + 1);
			const rect = range.getClientRects()[0];
			if (!rect || rect.width === 0) continue;
			const line = lines.at(-1);
			if (line && Math.abs(rect.top - line.top) < rect.height / 2) line.chars += node.data[i];
			else lines.push({ top: rect.top, left: rect.left, chars: node.data[i]! });
		}
		// (The computed `font` shorthand is '' where the longhands cannot be one: no key.)
		const font = [style.fontStyle, style.fontWeight, style.fontSize, style.fontFamily].join(' ');
		const drop = baseline(node.parentElement!, font);
		const spacing =
			style.letterSpacing === 'normal' ? '' : ` letter-spacing="${style.letterSpacing}"`;
		for (const line of lines) {
			const words = line.chars.replace(/\s+/g, ' ').trim();
			if (!words) continue;
			out.push(
				`<text x="${x(line.left)}" y="${y(line.top + drop)}" font-family="${escape(style.fontFamily)}" font-size="${style.fontSize}" font-weight="${style.fontWeight}"${style.fontStyle === 'normal' ? '' : ` font-style="${style.fontStyle}"`} fill="${style.color}"${spacing}>${escape(words)}</text>`
			);
		}
	};

	/** A chart's own SVG, its styles written onto its elements. */
	const svg = (el: SVGSVGElement) => {
		const r = el.getBoundingClientRect();
		const copy = el.cloneNode(true) as SVGSVGElement;
		const originals = [el, ...el.querySelectorAll('*')];
		const copies = [copy, ...copy.querySelectorAll('*')];
		originals.forEach((original, i) => {
			const target = copies[i]!;
			const style = getComputedStyle(original);
			if (style.display === 'none' || style.visibility === 'hidden') {
				target.remove();
				return;
			}
			// Only what it does not inherit: the file stays small, and a <use>'s shapes inherit as on the page.
			const parent = getComputedStyle(original.parentElement!);
			for (const property of properties) {
				const value = style.getPropertyValue(property);
				const inherited =
					property === 'opacity' ? value === '1' : value === parent.getPropertyValue(property);
				if (value && (!inherited || original === el)) target.setAttribute(property, value);
			}
			if (style.transform !== 'none' && original !== el && !original.hasAttribute('transform'))
				target.setAttribute('transform', style.transform);
			target.removeAttribute('class');
			target.removeAttribute('style');
			if (target.id) emitted.add(target.id);
			for (const name of ['href', 'xlink:href']) {
				const ref = target.getAttribute(name);
				if (ref?.startsWith('#')) used.add(ref.slice(1));
			}
		});
		copy.setAttribute('x', x(r.left));
		copy.setAttribute('y', y(r.top));
		copy.setAttribute('width', round(r.width));
		copy.setAttribute('height', round(r.height));
		if (getComputedStyle(el).overflow === 'visible') copy.setAttribute('overflow', 'visible');
		copy.removeAttribute('aria-hidden');
		copy.removeAttribute('role');
		out.push(new XMLSerializer().serializeToString(copy));
	};

	const visit = (el: Element) => {
		const style = getComputedStyle(el);
		if (style.display === 'none' || style.opacity === '0') return;
		// Visually hidden (for screen readers only), or not shown at all.
		if (style.clipPath === 'inset(50%)') return;
		if (el instanceof SVGSVGElement) {
			// A map's store of shapes draws nothing itself: what its <use>s take is copied as it is.
			if (style.visibility !== 'hidden' && !el.hasAttribute('data-map-shapes')) svg(el);
			return;
		}
		if (style.visibility !== 'hidden') box(el, style);
		for (const child of el.childNodes) {
			if (child instanceof Text && style.visibility !== 'hidden') text(child, style);
			else if (child instanceof Element) visit(child);
		}
	};
	visit(root);

	// What a <use> draws from outside what was drawn (a map's store of shapes): its shapes
	// inherit their fill from the <use>, so only what they set themselves is written on them.
	const defs = [...used]
		.filter((id) => !emitted.has(id))
		.map((id) => {
			const el = document.getElementById(id);
			if (!el) throw new Error(`svg: nothing on the page has the id ${id}, which a <use> draws`);
			const copy = el.cloneNode(true) as Element;
			const originals = [el, ...el.querySelectorAll('*')];
			[copy, ...copy.querySelectorAll('*')].forEach((target, i) => {
				const effect = getComputedStyle(originals[i]!).getPropertyValue('vector-effect');
				if (effect && effect !== 'none') target.setAttribute('vector-effect', effect);
				target.removeAttribute('class');
			});
			return new XMLSerializer().serializeToString(copy);
		});
	const paper = getComputedStyle(document.body).backgroundColor;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${round(origin.width)}" height="${round(origin.height)}" viewBox="0 0 ${round(origin.width)} ${round(origin.height)}">
<title>${escape(title)}</title>
${defs.length ? `<defs>${defs.join('')}</defs>\n` : ''}<rect width="100%" height="100%" fill="${paper}"/>
${out.join('\n')}
</svg>
`;
}

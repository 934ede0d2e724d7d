import QRCode from 'qrcode';

/**
 * A QR code of `text` as a standalone SVG document: one path of dark modules on a white
 * square with the quiet zone the standard asks for (4 modules). Made at build time.
 */
export function qrSvg(text: string, title: string): string {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const quiet = 4;
	const size = modules.size + quiet * 2;
	let d = '';
	for (let y = 0; y < modules.size; y++) {
		for (let x = 0; x < modules.size; x++) {
			if (modules.get(y, x)) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
		}
	}
	const escaped = title.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" role="img"><title>${escaped}</title><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>\n`;
}

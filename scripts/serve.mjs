// A small static file server for a built site, without dependencies:
//
//   node scripts/serve.mjs --dir build-base --port 4174 --host localhost --base /interactive/fenxi-2020
//   node scripts/serve.mjs --port 4175 --host 127.0.0.1 --mount /=tests/e2e/hosts --mount /lib/pym/=node_modules/pym.js/dist
//
// `--dir` and `--base` serve a folder below a base path (404 anywhere else); each
// `--mount <urlPrefix>=<dir>` serves a folder at a URL prefix (the longest prefix wins).
// A directory serves its index.html; a directory asked for without its trailing slash
// redirects to it. GET and HEAD only. As a static host does: a folder's `_headers` file
// (scripts/deploy-files.ts makes the build's) gives its responses' headers, and is not
// served; a file's `.br` or `.gz` beside it is sent to a client that accepts it. `--host
// localhost` listens on both loopback addresses (127.0.0.1 and ::1), as browsers may use either.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { basename, extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { headersFor, parseHeaders } from './deploy/headers-file.mjs';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.woff2': 'font/woff2'
};

/** Each encoding a file may have beside it, by its name in Accept-Encoding, best first. */
const PRECOMPRESSED = { br: '.br', gzip: '.gz' };

/**
 * A URL prefix and the folder it serves, with its `_headers` rules. The prefix starts and
 * ends with '/'.
 * @typedef {{ prefix: string, dir: string, rules: import('./deploy/headers-file.mjs').HeaderRule[] }} Mount
 */

/**
 * Checks and normalises mounts: prefixes start and end with '/', folders are absolute; reads
 * each folder's `_headers`.
 * @param {readonly { prefix: string, dir: string }[]} mounts
 * @returns {Mount[]}
 */
export function normaliseMounts(mounts) {
	return mounts
		.map(({ prefix, dir }) => {
			if (!prefix.startsWith('/'))
				throw new Error(`serve: a URL prefix starts with '/': ${prefix}`);
			const headers = join(resolve(dir), '_headers');
			return {
				prefix: prefix.endsWith('/') ? prefix : `${prefix}/`,
				dir: resolve(dir),
				rules: existsSync(headers) ? parseHeaders(readFileSync(headers, 'utf8')) : []
			};
		})
		.sort((a, b) => b.prefix.length - a.prefix.length);
}

/**
 * The request handler for a set of mounts.
 * @param {readonly Mount[]} mounts normalised, longest prefix first
 * @returns {import('node:http').RequestListener}
 */
export function handler(mounts) {
	return async (req, res) => {
		const send = (/** @type {number} */ status, /** @type {string} */ text) => {
			res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
			res.end(req.method === 'HEAD' ? undefined : `${text}\n`);
		};
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.setHeader('allow', 'GET, HEAD');
			return send(405, 'Method Not Allowed');
		}
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			return send(400, 'Bad Request');
		}
		if (path.includes('\0')) return send(400, 'Bad Request');

		// The base itself without its slash (`/interactive/fenxi-2020`) goes to the base.
		const mount = mounts.find((m) => path.startsWith(m.prefix) || `${path}/` === m.prefix);
		if (!mount) return send(404, 'Not Found');
		if (`${path}/` === mount.prefix) return redirect(res, `${url.pathname}/${url.search}`);

		const file = resolve(mount.dir, `.${sep}${path.slice(mount.prefix.length)}`);
		if (file !== mount.dir && !file.startsWith(mount.dir + sep)) return send(404, 'Not Found');

		let info = await stat(file).catch(() => null);
		let target = file;
		if (info?.isDirectory()) {
			if (!url.pathname.endsWith('/')) return redirect(res, `${url.pathname}/${url.search}`);
			target = join(file, 'index.html');
			info = await stat(target).catch(() => null);
		} else if (url.pathname.endsWith('/')) {
			// `/file.html/` is not a directory.
			info = null;
		}
		if (!info?.isFile() || basename(target) === '_headers') return send(404, 'Not Found');

		const type =
			TYPES[/** @type {keyof typeof TYPES} */ (extname(target).toLowerCase())] ??
			'application/octet-stream';
		// The precompressed file the client takes, brotli first; else the file itself.
		const accepted = String(req.headers['accept-encoding'] ?? '');
		const encoding = Object.entries(PRECOMPRESSED).find(
			([name, suffix]) =>
				new RegExp(`\\b${name}\\b`).test(accepted) && existsSync(`${target}${suffix}`)
		);
		const sent = encoding ? `${target}${encoding[1]}` : target;
		const size = encoding ? (await stat(sent)).size : info.size;
		res.writeHead(200, {
			...Object.fromEntries(headersFor(mount.rules, url.pathname)),
			'content-type': type,
			'content-length': size,
			...(encoding ? { 'content-encoding': encoding[0], vary: 'accept-encoding' } : {})
		});
		if (req.method === 'HEAD') return res.end();
		createReadStream(sent)
			.on('error', () => res.destroy())
			.pipe(res);
	};
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {string} location
 */
function redirect(res, location) {
	res.writeHead(301, { location, 'content-type': 'text/plain; charset=utf-8' });
	res.end(`Moved to ${location}\n`);
}

/**
 * Serves the mounts (or answers with `listener`) on a port. Resolves once it listens on
 * every address of `host`: 'localhost' is both 127.0.0.1 and ::1 (where the machine has
 * IPv6); no host is every interface.
 * @param {{ mounts?: readonly { prefix: string, dir: string }[], listener?: import('node:http').RequestListener, port: number, host?: string }} options
 * @returns {Promise<import('node:http').Server[]>}
 */
export async function serve({
	mounts = [],
	listener = handler(normaliseMounts(mounts)),
	port,
	host
}) {
	const hosts = host === 'localhost' ? ['127.0.0.1', '::1'] : [host];
	/** @type {import('node:http').Server[]} */
	const servers = [];
	for (const address of hosts) {
		const server = createServer(listener);
		try {
			await new Promise((done, fail) => {
				server.once('error', fail);
				server.listen(port, address, () => done(undefined));
			});
			servers.push(server);
		} catch (error) {
			const code = /** @type {NodeJS.ErrnoException} */ (error).code;
			// A machine without IPv6 still serves localhost on 127.0.0.1.
			if (address === '::1' && (code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT')) continue;
			for (const s of servers) s.close();
			throw new Error(
				`serve: cannot listen on ${address ?? '*'}:${port}: ${code ?? error}` +
					(code === 'EADDRINUSE' ? ' (is another server running there?)' : ''),
				{ cause: error }
			);
		}
	}
	return servers;
}

/**
 * Reads the command line: --dir, --base, --mount (repeatable), --port, --host.
 * @param {readonly string[]} args
 */
export function parseArgs(args) {
	/** @type {{ prefix: string, dir: string }[]} */
	const mounts = [];
	let dir = null;
	let base = '';
	let port = 4173;
	/** @type {string | undefined} */
	let host;
	for (let i = 0; i < args.length; i++) {
		const flag = args[i];
		const value = args[i + 1];
		if (value === undefined || value.startsWith('--'))
			throw new Error(`serve: ${flag} needs a value`);
		i++;
		switch (flag) {
			case '--dir':
				dir = value;
				break;
			case '--base':
				if (value && (!value.startsWith('/') || value.endsWith('/')))
					throw new Error(`serve: --base starts with '/' and does not end with '/': ${value}`);
				base = value;
				break;
			case '--mount': {
				const at = value.indexOf('=');
				if (at < 1) throw new Error(`serve: --mount <urlPrefix>=<dir>, got ${value}`);
				mounts.push({ prefix: value.slice(0, at), dir: value.slice(at + 1) });
				break;
			}
			case '--port':
				port = Number(value);
				if (!Number.isInteger(port) || port < 0 || port > 65535)
					throw new Error(`serve: --port is a port number, got ${value}`);
				break;
			case '--host':
				host = value;
				break;
			default:
				throw new Error(`serve: unknown option ${flag}`);
		}
	}
	if (dir !== null) mounts.push({ prefix: `${base}/`, dir });
	else if (base) throw new Error('serve: --base goes with --dir');
	if (mounts.length === 0) throw new Error('serve: nothing to serve: give --dir or --mount');
	return { mounts, port, host };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	try {
		const options = parseArgs(process.argv.slice(2));
		await serve(options);
		for (const m of normaliseMounts(options.mounts))
			console.log(
				`serve: http://${options.host ?? 'localhost'}:${options.port}${m.prefix} → ${m.dir}`
			);
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}

/**
 * Keeps the URL's hash on the current chapter while the reader scrolls, without adding
 * history entries. Calls are throttled (browsers limit them: Safari throws after 100
 * in 30 s); a refused call is tried again, later, with the chapter the reader is in then,
 * and the page goes on working meanwhile.
 */
export function createHashFollower(
	replace: (hash: string) => void,
	wait = 400
): { follow: (id: string | null) => void; cancel: () => void } {
	let current: string | null | undefined;
	let pending: string | null | undefined;
	let timer: ReturnType<typeof setTimeout> | null = null;

	const flush = () => {
		timer = null;
		if (pending === undefined || pending === current) return;
		let refused = false;
		try {
			replace(pending === null ? '' : `#${pending}`);
			current = pending;
			pending = undefined;
		} catch {
			// The browser refused (too many calls): keep the chapter, back off, try again.
			refused = true;
		}
		timer = setTimeout(flush, refused ? wait * 10 : wait);
	};

	return {
		follow(id) {
			pending = id;
			if (timer === null) flush();
		},
		cancel() {
			if (timer !== null) clearTimeout(timer);
			timer = null;
		}
	};
}

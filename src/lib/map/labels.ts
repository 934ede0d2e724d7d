import { LABEL_SIZE, SIZE, type Label } from './views';

/** A box in map units: left, top, right, bottom. */
export type Box = [number, number, number, number];

/** A label's estimated width in ems: a CJK character is as wide as it is tall, Latin about half. */
export function labelEms(text: string): number {
	return [...text].reduce((w, ch) => w + (/\p{Script=Han}/u.test(ch) ? 1 : 0.56), 0);
}

/** The box a label's words take, estimated from their script, with a little room around. */
export function labelBox(label: Label): Box {
	const size = label.emphasis ? LABEL_SIZE.emphasis : LABEL_SIZE.normal;
	const w = labelEms(label.text) * size + 6;
	const h = size * 1.3;
	const left = label.anchor === 'start' ? label.x - 3 : label.x - w / 2;
	return [left, label.y - h / 2, left + w, label.y + h / 2];
}

const apart = (a: Box, b: Box) => a[2] < b[0] || a[0] > b[2] || a[3] < b[1] || a[1] > b[3];

/**
 * Labels that fit: by priority, each kept only where its box overlaps no kept box and no
 * mark already drawn (`taken`), and stays inside the map.
 */
export function placeLabels(candidates: readonly Label[], taken: readonly Box[] = []): Label[] {
	const kept: Box[] = [...taken];
	return candidates.filter((label) => {
		const box = labelBox(label);
		const inside = box[0] >= 0 && box[1] >= 0 && box[2] <= SIZE && box[3] <= SIZE;
		if (!inside || !kept.every((b) => apart(box, b))) return false;
		kept.push(box);
		return true;
	});
}

import type { EditionId } from '$lib/editions';
import type { ChartId } from './ids';

/** Each chart's image comes in the page's two palettes (`scripts/images/charts.ts`). */
export const IMAGE_THEMES = ['light', 'dark'] as const;
export type ImageTheme = (typeof IMAGE_THEMES)[number];

/** A picture for a page or a message, and a drawing for print. */
export const IMAGE_FORMATS = ['png', 'svg'] as const;

/** A chart's image below the site's root, without its extension (.png and .svg). */
export const chartImageFile = (edition: EditionId, chart: ChartId, theme: ImageTheme) =>
	`charts/${edition}/${chart}-${theme}`;

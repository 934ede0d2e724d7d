/**
 * The components the story's islands wake with, imported by the page only as it starts its
 * islands: a chunk of their own (scripts/vite/island-chunk.ts), with everything only they
 * use (the chapters' scrollers and graphics, the charts, LayerCake, d3, the masthead and the
 * credits), so that the app's own script is the shell's and a slow phone runs the two in
 * separate tasks.
 */
export { default as ChapterBody } from './ChapterBody.svelte';
export { default as Masthead } from './Masthead.svelte';
export { default as StoryCredits } from './StoryCredits.svelte';
export { default as StillGraphic } from './StillGraphic.svelte';
export { default as EmbedPanel } from '$lib/share/EmbedPanel.svelte';

import json from '$data/story.json';
import { parseStory, type Story } from '$lib/extract/schema';

/**
 * The story extract, validated once when the site is built. Server-only: pages take
 * what they need from it at prerender time, so the validator never ships to readers.
 */
export const story: Story = parseStory(json, 'static/data/story.json');

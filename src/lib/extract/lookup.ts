import type { Story, StoryFigure } from './schema';

/**
 * A figure of the story by its id; a missing one is an error that says who asked (`where`).
 * A module of its own: the schema's validator, beside which it could stand, would come with it.
 */
export function figureById(story: Story, id: string, where: string): StoryFigure {
	const figure = story.figures.find((f) => f.id === id);
	if (!figure) throw new Error(`${where}: no figure "${id}" in story.json`);
	return figure;
}

import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { islandChunk } from './scripts/vite/island-chunk.ts';
import { kitStartTasks } from './scripts/vite/kit-start-tasks.ts';

export default defineConfig({
	plugins: [sveltekit(), islandChunk(), kitStartTasks()],
	build: {
		rollupOptions: {
			output: {
				// The page runs nearly all of its one bundle while it starts (it hydrates every
				// island), so Chromium's compile hint has it compile the functions while the file
				// streams in, off the main thread, instead of one by one on first call. After
				// minifying: the minifier would drop a comment.
				postBanner: (chunk) =>
					chunk.fileName.startsWith('_app/immutable/') ? '//# allFunctionsCalledOnLoad' : ''
			}
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});

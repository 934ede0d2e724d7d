/** How one chapter is shared: made on the server, with absolute URLs. */
export interface ChapterShare {
	/** The chapter's share page: the link readers share (it has its own card). */
	url: string;
	/** Its QR code (an SVG made at build time), below the base path. */
	qr: string;
	/** The card image, 1200x630. */
	image: string;
	weibo: string;
}

/** What the embed panel offers: the story or one chart, its absolute URL and its frame's title. */
export interface EmbedLink {
	url: string;
	label: string;
	frameTitle: string;
}

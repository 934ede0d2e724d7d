// A share page's redirect to the story at its chapter: replace(), so that the back button
// skips the share page. A static file, so a strict Content Security Policy allows it.
const to = document.currentScript?.dataset.to;
if (to) location.replace(to);

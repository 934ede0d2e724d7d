/**
 * Text as it may stand in markup (HTML or XML, in an element or a quoted attribute): the
 * characters that would end or begin markup written as entities.
 */
export const escapeMarkup = (s: string) =>
	s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

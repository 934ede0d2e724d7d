// The article page needs no JavaScript: it is plain prerendered HTML.
export const csr = false;

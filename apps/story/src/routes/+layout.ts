// Every page and file is prerendered: the story is static HTML, readable without JavaScript.
export const prerender = true;
export const trailingSlash = 'never';

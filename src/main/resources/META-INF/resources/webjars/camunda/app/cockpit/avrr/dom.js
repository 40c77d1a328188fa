// Shared by the office's Cockpit pages (case-history.js, reports.js) and Tasklist's Documents tab
// (tasklist/avrr/documents.js): building the page's elements
// from text nodes only, so no value of a case is ever read as HTML.

/** An element with attributes and children (text or elements). */
export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach(child =>
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child));
  return node;
}

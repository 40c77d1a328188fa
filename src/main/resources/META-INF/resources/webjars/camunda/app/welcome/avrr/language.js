// The user's own language (and, in Tasklist, the language menu): see cockpit/avrr/language.js.
export { default } from '../../cockpit/avrr/language.js';

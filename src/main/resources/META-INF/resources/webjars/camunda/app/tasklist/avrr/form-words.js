// The few words form-js (the Camunda Forms renderer inside Tasklist) writes itself, in English
// whatever the form says: a list's "Select" and "Search", "No results". For a user who works in
// Russian they are put in Russian as they appear; the forms' own words come translated from the
// server (forms/i18n), and dates follow the browser's own date format.

import { language } from '../../cockpit/avrr/language.js';

const RUSSIAN = {
  Select: 'Выберите',
  Search: 'Поиск',
  'No results': 'Ничего не найдено',
  'All values selected': 'Выбраны все значения'
};

const WORDS = { ru: RUSSIAN }[language];

function translate(root) {
  root.querySelectorAll('.fjs-container input[placeholder]').forEach(input => {
    const words = WORDS[input.getAttribute('placeholder')];
    if (words) {
      input.setAttribute('placeholder', words);
    }
  });
  root.querySelectorAll('.fjs-container .fjs-select-display, .fjs-container .fjs-dropdownlist-empty')
    .forEach(shown => {
      // The text node itself changes, not replaced: form-js keeps it and writes the choice in it.
      shown.childNodes.forEach(text => {
        const words = text.nodeType === Node.TEXT_NODE && WORDS[text.data.trim()];
        if (words) {
          text.data = words;
        }
      });
    });
}

if (WORDS) {
  let pending = false;
  new MutationObserver(() => {
    // Once per burst of changes: form-js redraws a field on every key.
    if (!pending) {
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        translate(document);
      });
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}

export default [];

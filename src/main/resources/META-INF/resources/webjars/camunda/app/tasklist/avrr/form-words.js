// The few words form-js (the Camunda Forms renderer inside Tasklist) writes itself, in English
// whatever the form says: a list's "Select" and "Search", "No results", the messages it shows under
// a field before the form is sent ("Field is required."), and its date fields' calendar (flatpickr, given no language: English month and weekday names, Sunday first). For a
// user who works in Russian they are put in Russian as they appear, and a date is written and typed
// as Russians write it (05.12.2026) whatever the browser's own format; the forms' own words come
// translated from the server (forms/i18n). For an English user dates follow the browser's format.

import { language } from '../../cockpit/avrr/language.js';

const RUSSIAN = {
  Select: 'Выберите',
  Search: 'Поиск',
  'No results': 'Ничего не найдено',
  'All values selected': 'Выбраны все значения'
};

const WORDS = { ru: RUSSIAN }[language];

// What form-js says under a field it checks itself, before the server's own checks; its English,
// one sentence each, as form-js writes it (the numbers are the form's).
const RUSSIAN_FIELD_ERRORS = [
  [/^Field is required\.$/, () => 'Обязательное поле.'],
  [/^Field must have minimum length of (\d+)\.$/, n => `Не менее ${n} знаков.`],
  [/^Field must have maximum length of (\d+)\.$/, n => `Не более ${n} знаков.`],
  [/^Field must have minimum value of (-?[\d.]+)\.$/, n => `Значение не меньше ${n}.`],
  [/^Field must have maximum value of (-?[\d.]+)\.$/, n => `Значение не больше ${n}.`],
  [/^Field must match pattern .*\.$/s, () => 'Значение не в ожидаемом формате.'],
  [/^Field must be a valid email\.$/, () => 'Укажите действительный адрес электронной почты.'],
  [/^Field must be a valid\s+international phone number\..*$/s,
    () => 'Укажите номер телефона в международном формате (например, +375291234567).'],
  [/^Value is not a number\.$/, () => 'Значение должно быть числом.']
];

const FIELD_ERRORS = { ru: RUSSIAN_FIELD_ERRORS }[language];

/** A field's error as form-js wrote it, in the user's words; null if it is not one of form-js's. */
function fieldError(english) {
  for (const [sentence, words] of FIELD_ERRORS) {
    const found = sentence.exec(english);
    if (found) {
      return words(found[1]);
    }
  }
  return null;
}

// flatpickr's words (its locale object), and the date as typed and shown: d.m.Y is 05.12.2026.
const RUSSIAN_CALENDAR = {
  locale: {
    weekdays: {
      shorthand: ['Вс', 'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб'],
      longhand: ['Воскресенье', 'Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница',
        'Суббота']
    },
    months: {
      shorthand: ['Янв', 'Фев', 'Март', 'Апр', 'Май', 'Июнь', 'Июль', 'Авг', 'Сен', 'Окт', 'Ноя',
        'Дек'],
      longhand: ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август',
        'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь']
    },
    firstDayOfWeek: 1,
    ordinal: () => '',
    rangeSeparator: ' — ',
    weekAbbreviation: 'Нед.',
    scrollTitle: 'Прокрутите для увеличения',
    toggleTitle: 'Нажмите для переключения',
    amPM: ['ДП', 'ПП'],
    yearAriaLabel: 'Год',
    monthAriaLabel: 'Месяц',
    hourAriaLabel: 'Час',
    minuteAriaLabel: 'Минута',
    time_24hr: true
  },
  dateFormat: 'd.m.Y',
  placeholder: 'дд.мм.гггг'
};

const CALENDAR = { ru: RUSSIAN_CALENDAR }[language];

/**
 * Each date field's calendar in the user's language, once: flatpickr keeps its instance on the
 * input, and form-js hands it dates as Date objects, so only the words and the typed format change.
 */
function calendars(root) {
  root.querySelectorAll('.fjs-container .fjs-datepicker input').forEach(input => {
    const picker = input._flatpickr;
    if (!picker || picker.avrrLanguage === language) {
      return;
    }
    picker.avrrLanguage = language;
    picker.set({ locale: CALENDAR.locale, dateFormat: CALENDAR.dateFormat });
    input.setAttribute('placeholder', CALENDAR.placeholder);
  });
}

function translate(root) {
  root.querySelectorAll('.fjs-container input[placeholder]').forEach(input => {
    const words = WORDS[input.getAttribute('placeholder')];
    if (words) {
      input.setAttribute('placeholder', words);
    }
  });
  // The text node itself, as below: form-js writes a changed error into it again.
  root.querySelectorAll('.fjs-container .fjs-form-field-error li').forEach(error => {
    error.childNodes.forEach(text => {
      const words = text.nodeType === Node.TEXT_NODE && fieldError(text.data.trim());
      if (words) {
        text.data = words;
      }
    });
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
        if (CALENDAR) {
          calendars(document);
        }
      });
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}

export default [];

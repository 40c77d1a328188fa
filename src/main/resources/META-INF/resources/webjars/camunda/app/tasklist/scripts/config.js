// avrr-workflow's Tasklist configuration: replaces the one in Camunda's webjar (this file comes
// first on the classpath), keeping its keyboard shortcuts. It adds one plugin, "Documents"
// (avrr/documents.js): a tab beside the task's form where the user attaches the case's papers
// (a consent scan, a ticket, an instalment's receipt) and sees those already in the case file —
// form-js has no file field, and a document is kept apart from the case's variables anyway.
// Languages: Russian for the office's staff (locales/ru.json, ours: Camunda ships English and
// German), English for the missions; the user's own choice (the header's language menu, kept in
// their profile: avrr/language.js) or else the browser's first language chooses, English otherwise;
// form-js's own few words follow (avrr/form-words.js).
export default {
  customScripts: ['avrr/language', 'avrr/documents', 'avrr/form-words'],
  locales: {
    availableLocales: ['en', 'ru'],
    fallbackLocale: 'en'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};

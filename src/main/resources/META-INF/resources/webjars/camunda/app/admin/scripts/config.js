// avrr-workflow's Admin configuration: replaces the one in Camunda's webjar (this file comes first
// on the classpath; Camunda's sets nothing). Languages: Russian (locales/ru.json, ours) and
// English, as in Tasklist: the user's own choice (avrr/language.js, kept in their profile) or else
// the browser's first language.
export default {
  customScripts: ['avrr/language'],
  locales: {
    availableLocales: ['en', 'ru'],
    fallbackLocale: 'en'
  }
};

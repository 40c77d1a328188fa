// avrr-workflow's Cockpit configuration: replaces the one in Camunda's webjar (this file comes
// first on the classpath). It adds two plugins: "Case history" (avrr/case-history.js) — Cockpit
// Community Edition shows running instances only, and a manager must be able to read a closed
// case too (its outcome, survey scores, instalments paid and steps) — and "Reports"
// (avrr/reports.js), the office's figures with charts and downloads.
// Languages: Russian (locales/ru.json, ours) and English, as in Tasklist: the user's own choice
// (avrr/language.js, kept in their profile; both pages import it, so it runs before Cockpit
// starts) or else the browser's first language.
export default {
  customScripts: ['avrr/case-history', 'avrr/reports'],
  locales: {
    availableLocales: ['en', 'ru'],
    fallbackLocale: 'en'
  }
};

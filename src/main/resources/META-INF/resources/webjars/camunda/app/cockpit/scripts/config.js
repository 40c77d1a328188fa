// avrr-workflow's Cockpit configuration: replaces the one in Camunda's webjar (this file comes
// first on the classpath). It adds two plugins: "Case history" (avrr/case-history.js) — Cockpit
// Community Edition shows running instances only, and a manager must be able to read a closed
// case too (its outcome, survey scores, instalments paid and steps) — and "Reports"
// (avrr/reports.js), the office's figures with charts and downloads.
export default {
  customScripts: ['avrr/case-history', 'avrr/reports']
};

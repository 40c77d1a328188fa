// avrr-workflow's Tasklist configuration: replaces the one in Camunda's webjar (this file comes
// first on the classpath), keeping its keyboard shortcuts. It adds one plugin, "Documents"
// (avrr/documents.js): a tab beside the task's form where the user attaches the case's papers
// (a consent scan, a ticket, an instalment's receipt) and sees those already in the case file —
// form-js has no file field, and a document is kept apart from the case's variables anyway.
export default {
  customScripts: ['avrr/documents'],
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

// "Documents": a tab of every task in Tasklist, and "Attach documents" in the task's header (a
// panel over the form, which stays as typed). The user attaches a file to the case at this task
// (what it is, chosen from the kinds this task expects first, and the file) and sees every
// document of the case with who added it, when and at which step, each downloadable. It calls
// avrr-workflow's documents API (docs/api/avrr-documents.openapi.yaml) with the user's own
// Tasklist session; an upload carries the session's CSRF token as Tasklist's own calls do. The
// server decides everything: what a file is (by its bytes), its size, the malware scan, who may
// add or read.

import { el } from '../../cockpit/avrr/dom.js';

function when(iso) {
  return iso ? new Date(iso).toLocaleString() : '';
}

async function answerOf(response) {
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.message || ('HTTP ' + response.status));
  }
  return body;
}

function documentRow(document) {
  const file = document.erasedAt
    ? el('span', { class: 'text-muted' }, 'Erased with the case\'s personal data on '
      + when(document.erasedAt))
    : el('a', { href: '/api/documents/' + encodeURIComponent(document.id), download: '',
      class: 'avrr-document-download' }, document.fileName);
  return el('tr', {},
    el('td', {}, document.kindLabel || document.kind),
    el('td', {}, file),
    el('td', {}, document.taskName || document.taskKey || ''),
    el('td', {}, document.addedBy),
    el('td', {}, when(document.addedAt)),
    el('td', {}, document.scannedBy));
}

function kindSelect(kinds) {
  const expected = kinds.filter(k => k.expectedHere);
  const others = kinds.filter(k => !k.expectedHere);
  const option = k => el('option', { value: k.kind }, k.label);
  const select = el('select', { class: 'form-control', id: 'avrr-document-kind', name: 'kind' });
  if (expected.length) {
    select.appendChild(el('optgroup', { label: 'Expected at this task' }, expected.map(option)));
    select.appendChild(el('optgroup', { label: 'Other documents' }, others.map(option)));
  } else {
    others.forEach(k => select.appendChild(option(k)));
  }
  return select;
}

async function show(node, api, taskId) {
  const view = await answerOf(await fetch('/api/tasks/' + encodeURIComponent(taskId)
    + '/documents', { headers: { Accept: 'application/json' }, credentials: 'same-origin' }));
  node.innerHTML = '';
  const kind = kindSelect(view.kinds);
  const file = el('input', { type: 'file', id: 'avrr-document-file', name: 'file',
    accept: 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png' });
  const attach = el('button', { type: 'submit', class: 'btn btn-primary',
    id: 'avrr-document-attach' }, 'Attach');
  const message = el('p', { id: 'avrr-document-message', role: 'status' });
  const form = el('form', { class: 'avrr-document-form' },
    el('div', { class: 'form-group' }, el('label', { for: 'avrr-document-kind' }, 'What it is'),
      kind),
    el('div', { class: 'form-group' }, el('label', { for: 'avrr-document-file' }, 'File'), file,
      el('p', { class: 'help-block' }, 'A scan or a photo: PDF, JPEG or PNG, at most '
        + view.maxSizeMegabytes + ' MB. It is checked for malware before it is kept.')),
    attach, message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (!file.files.length) {
      message.className = 'text-danger';
      message.textContent = 'Choose a file first.';
      return;
    }
    const body = new FormData();
    body.append('kind', kind.value);
    body.append('file', file.files[0]);
    attach.disabled = true;
    message.className = '';
    message.textContent = 'Attaching…';
    try {
      const added = await answerOf(await fetch('/api/tasks/' + encodeURIComponent(taskId)
        + '/documents', { method: 'POST', body, credentials: 'same-origin',
        headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken } }));
      await show(node, api, taskId);
      const shown = node.querySelector('#avrr-document-message');
      shown.className = 'text-success';
      shown.textContent = 'Attached to case ' + added.caseNumber + ': ' + added.fileName + '.';
    } catch (error) {
      attach.disabled = false;
      message.className = 'text-danger';
      message.textContent = String(error.message || error);
    }
  });
  node.appendChild(el('section', { class: 'avrr-documents', style: 'padding: 15px' },
    el('h4', {}, 'Documents of case ' + view.caseNumber),
    form,
    view.documents.length
      ? el('table', { class: 'table table-condensed', id: 'avrr-documents' },
        el('thead', {}, el('tr', {}, ['What it is', 'File', 'Added at', 'By', 'On', 'Malware scan']
          .map(h => el('th', {}, h)))),
        el('tbody', {}, view.documents.map(documentRow)))
      : el('p', { id: 'avrr-documents-none' }, 'No documents in this case yet.')));
}

/** The task open in Tasklist now: its id is in the page's address (…#/?task=<id>&…). */
function openTaskId() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('task');
}

/**
 * A panel over the task, so that a user half-way through a form attaches a document without
 * leaving the form (Tasklist draws a tab anew when it is shown again: what was typed would go).
 */
function openPanel(api) {
  const taskId = openTaskId();
  if (!taskId) {
    return;
  }
  document.querySelectorAll('.avrr-documents-panel').forEach(panel => panel.remove());
  const content = el('div', {});
  const close = el('button', { type: 'button', class: 'btn btn-default',
    id: 'avrr-documents-close' }, 'Close and go back to the form');
  const panel = el('div', { class: 'avrr-documents-panel', role: 'dialog',
    style: 'position: fixed; top: 70px; right: 20px; width: 720px; max-width: 95vw;'
      + ' max-height: 85vh; overflow: auto; z-index: 1050; background: #fff;'
      + ' border: 1px solid #999; box-shadow: 0 4px 16px rgba(0,0,0,.3); padding: 10px' },
  content, el('div', { style: 'padding: 0 15px 10px' }, close));
  close.addEventListener('click', () => panel.remove());
  document.body.appendChild(panel);
  show(content, api, taskId).catch(error => {
    content.innerHTML = '';
    content.appendChild(el('p', { class: 'text-danger', style: 'padding: 15px' },
      'Documents: ' + String(error.message || error)));
  });
}

export default [
  {
    id: 'avrr.task.documents',
    pluginPoint: 'tasklist.task.detail',
    priority: 900,
    properties: { label: 'Documents' },
    label: 'Documents',
    render: (node, { api, taskId }) => {
      show(node, api, taskId).catch(error => {
        node.innerHTML = '';
        node.appendChild(el('p', { class: 'text-danger', style: 'padding: 15px' },
          'Documents: ' + String(error.message || error)));
      });
    }
  },
  {
    // Beside "Add Comment" in the task's header: the documents over the form, which stays as typed.
    id: 'avrr.task.attachDocuments',
    pluginPoint: 'tasklist.task.action',
    priority: 90,
    render: (node, { api }) => {
      const link = el('a', { href: '', class: 'avrr-attach-documents', id: 'avrr-attach-documents',
        style: 'margin-right: 15px' },
        'Attach documents ', el('span', { class: 'glyphicon glyphicon-paperclip' }));
      link.addEventListener('click', event => {
        event.preventDefault();
        openPanel(api);
      });
      node.appendChild(link);
    }
  }
];

// "Documents": a tab of every task in Tasklist, and "Attach documents" in the task's header (a
// panel over the form, which stays as typed). The user attaches a file to the case at this task
// (what it is, chosen from the kinds this task expects first, and the file) and sees every
// document of the case with who added it, when and at which step, each downloadable. It calls
// avrr-workflow's documents API (docs/api/avrr-documents.openapi.yaml) with the user's own
// Tasklist session; an upload carries the session's CSRF token as Tasklist's own calls do. The
// server decides everything: what a file is (by its bytes), its size, the malware scan, who may
// add or read.

import { el } from '../../cockpit/avrr/dom.js';
import { language } from '../../cockpit/avrr/language.js';

// The panel's own words in the language Tasklist works in (the user's, avrr/language.js).
// Messages from the server stay English for now.
const RUSSIAN = language === 'ru';
const WORDS = RUSSIAN ? {
  documents: 'Документы',
  attachDocuments: 'Прикрепить документы',
  documentsOfCase: 'Документы дела ',
  whatItIs: 'Что это',
  file: 'Файл',
  addedAt: 'Где добавлен',
  by: 'Кто',
  on: 'Когда',
  scan: 'Проверка на вирусы',
  attach: 'Прикрепить',
  attaching: 'Прикрепляется…',
  attachedTo: 'Прикреплено к делу ',
  chooseFirst: 'Сначала выберите файл.',
  help: 'Скан или фото: PDF, JPEG или PNG, не больше {mb} МБ. Перед сохранением файл проверяется'
    + ' на вирусы.',
  expected: 'Нужны на этом шаге',
  others: 'Другие документы',
  none: 'В деле пока нет документов.',
  erasedOn: 'Удалён вместе с персональными данными дела ',
  close: 'Закрыть и вернуться к форме'
} : {
  documents: 'Documents',
  attachDocuments: 'Attach documents',
  documentsOfCase: 'Documents of case ',
  whatItIs: 'What it is',
  file: 'File',
  addedAt: 'Added at',
  by: 'By',
  on: 'On',
  scan: 'Malware scan',
  attach: 'Attach',
  attaching: 'Attaching…',
  attachedTo: 'Attached to case ',
  chooseFirst: 'Choose a file first.',
  help: 'A scan or a photo: PDF, JPEG or PNG, at most {mb} MB. It is checked for malware before'
    + ' it is kept.',
  expected: 'Expected at this task',
  others: 'Other documents',
  none: 'No documents in this case yet.',
  erasedOn: 'Erased with the case\'s personal data on ',
  close: 'Close and go back to the form'
};
/** What each kind of document is called, in Russian (the server names them in English). */
const KINDS_RU = {
  CONSENT: 'Подписанное согласие',
  RETURN_DECLARATION: 'Подписанное заявление о возвращении',
  PASSPORT: 'Копия паспорта',
  EMERGENCY_TRAVEL_DOCUMENT: 'Документ для возвращения (ETD)',
  EXIT_CLEARANCE_LETTER: 'Письмо о разрешении на выезд',
  TICKET: 'Билет или маршрут',
  FITNESS_TO_TRAVEL: 'Медицинское заключение о возможности поездки',
  GUARDIAN_CONSENT: 'Согласие законного представителя',
  INVOICE: 'Счёт',
  RECEIPT: 'Расписка или чек',
  HANDOVER_CERTIFICATE: 'Акт передачи',
  MONITORING_REPORT: 'Отчёт о мониторинге',
  PHOTO: 'Фото',
  OTHER: 'Другое'
};

function kindName(kind, label) {
  return (RUSSIAN && KINDS_RU[kind]) || label || kind;
}

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
    ? el('span', { class: 'text-muted' }, WORDS.erasedOn + when(document.erasedAt))
    : el('a', { href: '/api/documents/' + encodeURIComponent(document.id), download: '',
      class: 'avrr-document-download' }, document.fileName);
  return el('tr', {},
    el('td', {}, kindName(document.kind, document.kindLabel)),
    el('td', {}, file),
    el('td', {}, document.taskName || document.taskKey || ''),
    el('td', {}, document.addedBy),
    el('td', {}, when(document.addedAt)),
    el('td', {}, document.scannedBy));
}

function kindSelect(kinds) {
  const expected = kinds.filter(k => k.expectedHere);
  const others = kinds.filter(k => !k.expectedHere);
  const option = k => el('option', { value: k.kind }, kindName(k.kind, k.label));
  const select = el('select', { class: 'form-control', id: 'avrr-document-kind', name: 'kind' });
  if (expected.length) {
    select.appendChild(el('optgroup', { label: WORDS.expected }, expected.map(option)));
    select.appendChild(el('optgroup', { label: WORDS.others }, others.map(option)));
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
    id: 'avrr-document-attach' }, WORDS.attach);
  const message = el('p', { id: 'avrr-document-message', role: 'status' });
  const form = el('form', { class: 'avrr-document-form' },
    el('div', { class: 'form-group' }, el('label', { for: 'avrr-document-kind' }, WORDS.whatItIs),
      kind),
    el('div', { class: 'form-group' }, el('label', { for: 'avrr-document-file' }, WORDS.file), file,
      el('p', { class: 'help-block' },
        WORDS.help.replace('{mb}', String(view.maxSizeMegabytes)))),
    attach, message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (!file.files.length) {
      message.className = 'text-danger';
      message.textContent = WORDS.chooseFirst;
      return;
    }
    const body = new FormData();
    body.append('kind', kind.value);
    body.append('file', file.files[0]);
    attach.disabled = true;
    message.className = '';
    message.textContent = WORDS.attaching;
    try {
      const added = await answerOf(await fetch('/api/tasks/' + encodeURIComponent(taskId)
        + '/documents', { method: 'POST', body, credentials: 'same-origin',
        headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken } }));
      await show(node, api, taskId);
      const shown = node.querySelector('#avrr-document-message');
      shown.className = 'text-success';
      shown.textContent = WORDS.attachedTo + added.caseNumber + ': ' + added.fileName + '.';
    } catch (error) {
      attach.disabled = false;
      message.className = 'text-danger';
      message.textContent = String(error.message || error);
    }
  });
  node.appendChild(el('section', { class: 'avrr-documents', style: 'padding: 15px' },
    el('h4', {}, WORDS.documentsOfCase + view.caseNumber),
    form,
    view.documents.length
      ? el('table', { class: 'table table-condensed', id: 'avrr-documents' },
        el('thead', {}, el('tr', {}, [WORDS.whatItIs, WORDS.file, WORDS.addedAt, WORDS.by, WORDS.on, WORDS.scan]
          .map(h => el('th', {}, h)))),
        el('tbody', {}, view.documents.map(documentRow)))
      : el('p', { id: 'avrr-documents-none' }, WORDS.none)));
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
    id: 'avrr-documents-close' }, WORDS.close);
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
      WORDS.documents + ': ' + String(error.message || error)));
  });
}

export default [
  {
    id: 'avrr.task.documents',
    pluginPoint: 'tasklist.task.detail',
    priority: 900,
    properties: { label: WORDS.documents },
    label: WORDS.documents,
    render: (node, { api, taskId }) => {
      show(node, api, taskId).catch(error => {
        node.innerHTML = '';
        node.appendChild(el('p', { class: 'text-danger', style: 'padding: 15px' },
          WORDS.documents + ': ' + String(error.message || error)));
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
        WORDS.attachDocuments + ' ', el('span', { class: 'glyphicon glyphicon-paperclip' }));
      link.addEventListener('click', event => {
        event.preventDefault();
        openPanel(api);
      });
      node.appendChild(link);
    }
  }
];

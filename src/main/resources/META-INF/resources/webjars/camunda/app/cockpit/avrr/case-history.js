// "Case history": a Cockpit page that shows a case, running or closed, by its case number: every
// instance of the case (the case and its stages), its outcome, the Reintegration Sustainability
// Survey scores as each survey recorded them, the plan, the instalments paid with their evidence,
// the documents attached (downloadable) and the steps taken; for a running case, where it stands
// now: the open tasks, the steps waiting in the background, and incidents, each linked to
// Cockpit's own page of that instance, where a manager retries a failed step. Read-only; it uses
// the engine's history REST API and avrr-workflow's documents API with the manager's own session,
// so Camunda's authorizations (and ADR 0005 for documents) decide what it may show.

import { el } from './dom.js';
import { language } from './language.js';

// The page's own words in the language the user works in (avrr/language.js). The names of
// processes and steps come in that language from the server (processes/i18n), the case's codes
// from its catalogues (/api/me/words); what people typed, and incidents' messages, as they are.
const WORDS = language === 'ru' ? {
  caseHistory: 'История дела',
  intro: 'Дело, текущее или закрытое, по номеру дела: экземпляры процессов, текущее состояние '
    + '(открытые задачи, инциденты), результат, опросы, транши, документы и шаги.',
  caseNumber: 'Номер дела, например BY-2026-000001',
  show: 'Показать',
  noCase: caseNumber => 'Дело ' + caseNumber + ' не найдено (или нет права на его просмотр).',
  caseTitle: caseNumber => 'Дело ' + caseNumber,
  httpError: (status, path) => 'Ошибка HTTP ' + status + ' при запросе ' + path,
  process: 'Процесс',
  state: 'Состояние',
  started: 'Начало',
  ended: 'Окончание',
  whereItStands: 'Текущее состояние',
  step: 'Шаг',
  status: 'Статус',
  taskOpen: 'Задача открыта в Tasklist',
  background: 'Выполняется в фоновом режиме',
  waiting: 'Ожидание',
  incident: messages => 'Инцидент: ' + messages + ' (чтобы повторить, откройте процесс)',
  outcome: 'Результат',
  plan: 'План',
  personalDataErased: 'Персональные данные удалены',
  latestSurvey: 'Последний опрос',
  variable: 'Переменная',
  value: 'Значение',
  surveys: 'Опросы об устойчивости реинтеграции (сначала исходный)',
  scored: 'Дата оценки',
  economic: 'Экономический',
  social: 'Социальный',
  psychosocial: 'Психосоциальный',
  composite: 'Сводный',
  instalmentsPaid: 'Выплаченные транши',
  number: '№',
  instalment: 'Транш',
  paid: 'Выплачено',
  on: 'Дата',
  evidence: 'Подтверждающий документ',
  reference: 'Номер документа',
  notes: 'Примечания',
  documents: 'Документы',
  documentsRefused: status => 'Не удалось прочитать документы (HTTP ' + status + ').',
  noDocuments: 'Документы не прикреплялись.',
  erasedOn: at => 'удалён ' + at,
  whatItIs: 'Что это',
  file: 'Файл',
  addedAt: 'Где добавлен',
  addedBy: 'Кто',
  addedOn: 'Когда',
  scan: 'Проверка на вирусы',
  steps: 'Шаги',
  doneBy: 'Исполнитель'
} : {
  caseHistory: 'Case history',
  intro: 'A case, running or closed, by its case number: its instances, where it '
    + 'stands (open tasks, incidents), outcome, surveys, instalments, documents and steps.',
  caseNumber: 'Case number, e.g. BY-2026-000001',
  show: 'Show',
  noCase: caseNumber => 'No case ' + caseNumber + ' (or you may not read it).',
  caseTitle: caseNumber => 'Case ' + caseNumber,
  httpError: (status, path) => 'HTTP ' + status + ' for ' + path,
  process: 'Process',
  state: 'State',
  started: 'Started',
  ended: 'Ended',
  whereItStands: 'Where it stands',
  step: 'Step',
  status: 'Status',
  taskOpen: 'Task open in Tasklist',
  background: 'Running in the background',
  waiting: 'Waiting',
  incident: messages => 'Incident: ' + messages + ' (open the process to retry)',
  outcome: 'Outcome',
  plan: 'Plan',
  personalDataErased: 'Personal data erased',
  latestSurvey: 'Latest survey',
  variable: 'Variable',
  value: 'Value',
  surveys: 'Reintegration Sustainability Surveys (baseline first)',
  scored: 'Scored',
  economic: 'Economic',
  social: 'Social',
  psychosocial: 'Psychosocial',
  composite: 'Composite',
  instalmentsPaid: 'Instalments paid',
  number: '#',
  instalment: 'Instalment',
  paid: 'Paid',
  on: 'On',
  evidence: 'Evidence',
  reference: 'Reference',
  notes: 'Notes',
  documents: 'Documents',
  documentsRefused: status => 'The documents could not be read (HTTP ' + status + ').',
  noDocuments: 'No documents were attached.',
  erasedOn: at => 'erased on ' + at,
  whatItIs: 'What it is',
  file: 'File',
  addedAt: 'Added at',
  addedBy: 'By',
  addedOn: 'On',
  scan: 'Malware scan',
  steps: 'Steps',
  doneBy: 'Done by'
};

// The case's variables this page shows, in words; their coded values come in words from the
// server's catalogues (GET /api/me/words), the rest as stored.
const LABELS = language === 'ru' ? {
  caseOutcome: 'Итог дела', reintegrationOutcome: 'Итог реинтеграции',
  closureReason: 'Причина закрытия', closureNotes: 'Примечания к закрытию',
  reintegrationClosedOn: 'Реинтеграция завершена', arrivalOutcome: 'Прибытие',
  travelOutcome: 'Итог поездки', eligibilityOutcome: 'Право на участие',
  reintegrationProgramme: 'Программа реинтеграции', grantCeiling: 'Предельная сумма помощи',
  grantCurrency: 'Валюта', planTotal: 'Сумма по плану', approvalLevel: 'Уровень утверждения',
  planApprovedBy: 'План утвердил(а)', planRevision: 'Версия плана', planSummary: 'План',
  amountDelivered: 'Выплачено всего', personalDataErasedOn: 'Дата удаления',
  erasureReason: 'Основание удаления', erasureAuthorisedBy: 'Удаление разрешил(а)',
  erasureRequestedBy: 'Удаление запросил(а)', erasureDetails: 'Подробности удаления',
  rssEconomicScore: 'Экономический балл', rssEconomicBand: 'Экономический уровень',
  rssSocialScore: 'Социальный балл', rssSocialBand: 'Социальный уровень',
  rssPsychosocialScore: 'Психосоциальный балл', rssPsychosocialBand: 'Психосоциальный уровень',
  rssCompositeScore: 'Сводный балл', rssCompositeBand: 'Сводный уровень'
} : {
  caseOutcome: 'Case outcome', reintegrationOutcome: 'Reintegration outcome',
  closureReason: 'Reason for closure', closureNotes: 'Notes on the closure',
  reintegrationClosedOn: 'Reintegration closed on', arrivalOutcome: 'Arrival',
  travelOutcome: 'Travel outcome', eligibilityOutcome: 'Eligibility',
  reintegrationProgramme: 'Reintegration programme', grantCeiling: 'Grant ceiling',
  grantCurrency: 'Currency', planTotal: 'Plan total', approvalLevel: 'Approval level',
  planApprovedBy: 'Plan approved by', planRevision: 'Plan version', planSummary: 'Plan',
  amountDelivered: 'Delivered in all', personalDataErasedOn: 'Erased on',
  erasureReason: 'Reason for erasure', erasureAuthorisedBy: 'Erasure authorised by',
  erasureRequestedBy: 'Erasure requested by', erasureDetails: 'Details of the erasure',
  rssEconomicScore: 'Economic score', rssEconomicBand: 'Economic band',
  rssSocialScore: 'Social score', rssSocialBand: 'Social band',
  rssPsychosocialScore: 'Psychosocial score', rssPsychosocialBand: 'Psychosocial band',
  rssCompositeScore: 'Composite score', rssCompositeBand: 'Composite band'
};

// An instance's state as history names it.
const STATES = language === 'ru' ? {
  ACTIVE: 'выполняется', COMPLETED: 'завершён', SUSPENDED: 'приостановлен',
  EXTERNALLY_TERMINATED: 'прерван', INTERNALLY_TERMINATED: 'прерван моделью'
} : {
  ACTIVE: 'running', COMPLETED: 'completed', SUSPENDED: 'suspended',
  EXTERNALLY_TERMINATED: 'cancelled', INTERNALLY_TERMINATED: 'ended by the model'
};

/** The codes' words in the user's language; none (values as stored) if the server cannot say. */
let codeWords = null;
async function codes() {
  if (!codeWords) {
    try {
      const answer = await fetch('/api/me/words', { credentials: 'same-origin',
        headers: { Accept: 'application/json' } });
      if (answer.ok) {
        codeWords = (await answer.json()).codes || {};
      }
    } catch (e) {
      // asked again at the next case shown
    }
  }
  return codeWords || {};
}

const KEY_VARIABLES = [
  [WORDS.outcome, ['caseOutcome', 'reintegrationOutcome', 'closureReason', 'closureNotes',
    'reintegrationClosedOn', 'arrivalOutcome', 'travelOutcome', 'eligibilityOutcome']],
  [WORDS.plan, ['reintegrationProgramme', 'grantCeiling', 'grantCurrency', 'planTotal',
    'approvalLevel', 'planApprovedBy', 'planRevision', 'planSummary', 'amountDelivered']],
  [WORDS.personalDataErased, ['personalDataErasedOn', 'erasureReason', 'erasureAuthorisedBy',
    'erasureRequestedBy', 'erasureDetails']],
  [WORDS.latestSurvey, ['rssEconomicScore', 'rssEconomicBand', 'rssSocialScore', 'rssSocialBand',
    'rssPsychosocialScore', 'rssPsychosocialBand', 'rssCompositeScore', 'rssCompositeBand']]
];
const SURVEY_SCORES = ['rssEconomicScore', 'rssSocialScore', 'rssPsychosocialScore', 'rssCompositeScore'];


function table(headers, rows) {
  return el('table', { class: 'table table-condensed cam-table' },
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(row => el('tr', {}, row.map(cell =>
      el('td', {}, cell instanceof Node ? cell : String(cell ?? '')))))));
}

/** Cockpit's runtime page of a running instance; its incidents tab when it has incidents. */
function instanceLink(instance, label, incidents) {
  return el('a', { href: '#/process-instance/' + instance.id + '/runtime'
    + (incidents ? '?tab=incidents-tab' : '') }, label);
}

/** The leaves of an activity-instance tree: what the instance waits in, with its incidents. */
function openSteps(tree) {
  const steps = [];
  const visit = node => {
    (node.childTransitionInstances || []).forEach(t => steps.push({ name: t.activityName
      || t.activityId, type: t.activityType, background: true, incidentIds: t.incidentIds || [] }));
    (node.childActivityInstances || []).forEach(child => {
      const nested = (child.childActivityInstances || []).length
        + (child.childTransitionInstances || []).length;
      if (nested) {
        visit(child);
      } else if (child.activityType !== 'callActivity') {
        steps.push({ name: child.activityName || child.activityId, type: child.activityType,
          background: false, incidentIds: child.incidentIds || [] });
      }
    });
  };
  visit(tree);
  return steps;
}

async function whereItStands(api, instances, out) {
  const rows = [];
  for (const instance of instances.filter(i => i.state === 'ACTIVE')) {
    const tree = await get(api, '/process-instance/' + instance.id + '/activity-instances');
    const incidents = await get(api, '/incident?processInstanceId=' + instance.id
      + '&maxResults=50');
    const messages = {};
    incidents.forEach(i => { messages[i.id] = i.incidentMessage; });
    const name = instance.processDefinitionName || instance.processDefinitionKey;
    openSteps(tree).forEach(step => {
      let status = step.type === 'userTask' ? WORDS.taskOpen
        : step.background ? WORDS.background : WORDS.waiting;
      if (step.incidentIds.length) {
        status = WORDS.incident(step.incidentIds.map(id => messages[id] || id).join('; '));
      }
      rows.push([instanceLink(instance, name, step.incidentIds.length > 0), step.name, status]);
    });
  }
  if (rows.length) {
    out.appendChild(el('h4', {}, WORDS.whereItStands));
    out.appendChild(table([WORDS.process, WORDS.step, WORDS.status], rows));
  }
}

function when(iso) {
  return iso ? iso.replace('T', ' ').substring(0, 16) : '';
}

async function get(api, path) {
  const answer = await fetch(api.engineApi + path, { headers: { Accept: 'application/json' } });
  if (!answer.ok) {
    throw new Error(WORDS.httpError(answer.status, path));
  }
  return answer.json();
}

function valueOf(variable) {
  if (variable.value === null || variable.value === undefined) {
    return '';
  }
  return typeof variable.value === 'object' ? JSON.stringify(variable.value) : String(variable.value);
}

/** A stored code in the user's words (closureReason COMPLETED: "plan delivered ..."). */
function inWords(words, name, value) {
  const coded = words[name];
  return coded && Object.prototype.hasOwnProperty.call(coded, value) ? coded[value] : value;
}

function parsedJson(variable) {
  try {
    return typeof variable.value === 'string' ? JSON.parse(variable.value) : variable.value;
  } catch (e) {
    return null;
  }
}

/**
 * The case's documents (avrr-workflow's documents API, read with the manager's session): who added
 * each, when and at which step, a download link, or when it was erased with the case's data.
 */
async function documents(caseNumber, out) {
  const answer = await fetch('/api/cases/' + encodeURIComponent(caseNumber) + '/documents',
    { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  out.appendChild(el('h4', {}, WORDS.documents));
  if (!answer.ok) {
    const refusal = await answer.json().catch(() => ({}));
    out.appendChild(el('p', { class: 'text-warning', id: 'avrr-case-documents-refused' },
      refusal.message || WORDS.documentsRefused(answer.status)));
    return;
  }
  const list = await answer.json();
  if (!list.length) {
    out.appendChild(el('p', { id: 'avrr-case-documents-none' }, WORDS.noDocuments));
    return;
  }
  const rows = list.map(d => [d.kindLabel || d.kind,
    d.erasedAt
      ? el('span', { class: 'avrr-document-erased' }, WORDS.erasedOn(when(d.erasedAt)))
      : el('a', { href: '/api/documents/' + encodeURIComponent(d.id), download: '',
        class: 'avrr-document-download' }, d.fileName),
    d.taskName || d.taskKey || '', d.addedBy, when(d.addedAt), d.scannedBy]);
  const shown = table([WORDS.whatItIs, WORDS.file, WORDS.addedAt, WORDS.addedBy, WORDS.addedOn,
    WORDS.scan], rows);
  shown.setAttribute('id', 'avrr-case-documents');
  out.appendChild(shown);
}

async function show(api, caseNumber, out) {
  out.innerHTML = '';
  const instances = await get(api, '/history/process-instance?processInstanceBusinessKey='
    + encodeURIComponent(caseNumber) + '&sortBy=startTime&sortOrder=asc&maxResults=100');
  if (!instances.length) {
    out.appendChild(el('p', {}, WORDS.noCase(caseNumber)));
    return;
  }
  const words = await codes();
  const processNames = {};
  instances.forEach(i => {
    processNames[i.processDefinitionKey] = i.processDefinitionName || i.processDefinitionKey;
  });
  out.appendChild(el('h3', {}, WORDS.caseTitle(caseNumber)));
  out.appendChild(table([WORDS.process, WORDS.state, WORDS.started, WORDS.ended],
    instances.map(i => {
      const name = i.processDefinitionName || i.processDefinitionKey;
      return [i.state === 'ACTIVE' ? instanceLink(i, name, false) : name,
        STATES[i.state] || i.state, when(i.startTime), when(i.endTime)];
    })));
  await whereItStands(api, instances, out);

  const ids = instances.map(i => i.id).join(',');
  const variables = await get(api, '/history/variable-instance?processInstanceIdIn=' + ids
    + '&deserializeValues=false&maxResults=2000');
  const byName = {};
  variables.forEach(v => { byName[v.name] = v; });

  KEY_VARIABLES.forEach(([title, names]) => {
    const rows = names.filter(n => byName[n]).map(n => [LABELS[n] || n,
      inWords(words, n, valueOf(byName[n]))]);
    if (rows.length) {
      out.appendChild(el('h4', {}, title));
      out.appendChild(table([WORDS.variable, WORDS.value], rows));
    }
  });

  const updates = await get(api, '/history/detail?variableUpdates=true&processInstanceIdIn=' + ids
    + '&sortBy=time&sortOrder=asc&maxResults=2000&deserializeValues=false');
  const surveys = [];
  // Scored in the reintegration instance; the calling case only receives copies at its end.
  updates.filter(u => u.variableName === 'rssCompositeScore'
      && u.processDefinitionKey === 'reintegration').forEach(composite => {
    const at = composite.time;
    const scoreAt = name => {
      const same = updates.filter(u => u.variableName === name && u.time <= at
        && u.processDefinitionKey === 'reintegration');
      return same.length ? same[same.length - 1].value : '';
    };
    surveys.push([when(at), ...SURVEY_SCORES.map(scoreAt)]);
  });
  if (surveys.length) {
    out.appendChild(el('h4', {}, WORDS.surveys));
    out.appendChild(table([WORDS.scored, WORDS.economic, WORDS.social, WORDS.psychosocial,
      WORDS.composite], surveys));
  }

  const payments = byName.reintegrationPayments ? parsedJson(byName.reintegrationPayments) : null;
  if (Array.isArray(payments) && payments.length) {
    out.appendChild(el('h4', {}, WORDS.instalmentsPaid));
    out.appendChild(table([WORDS.number, WORDS.instalment, WORDS.paid, WORDS.on, WORDS.evidence,
      WORDS.reference, WORDS.notes],
      payments.map(p => [p.number, p['title_' + language] || p.title, p.amountPaid, p.paidOn,
        inWords(words, 'evidenceType', p.evidenceType),
        p.evidenceReference, p.notes])));
  }

  await documents(caseNumber, out);

  const steps = [];
  for (const instance of instances) {
    const activities = await get(api, '/history/activity-instance?processInstanceId=' + instance.id
      + '&sortBy=startTime&sortOrder=asc&maxResults=500');
    activities
      .filter(a => ['userTask', 'serviceTask', 'businessRuleTask', 'callActivity', 'noneEndEvent',
        'boundaryTimer', 'boundaryError', 'boundaryMessage', 'intermediateTimer'].includes(a.activityType))
      .forEach(a => steps.push([when(a.startTime), processNames[instance.processDefinitionKey],
        a.activityName || a.activityId, a.assignee, when(a.endTime)]));
  }
  steps.sort((a, b) => a[0].localeCompare(b[0]));
  out.appendChild(el('h4', {}, WORDS.steps));
  out.appendChild(table([WORDS.started, WORDS.process, WORDS.step, WORDS.doneBy, WORDS.ended],
    steps));
}

export default [
  {
    id: 'avrr.caseHistory.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: {
      pagePath: '#/avrr/case-history',
      label: WORDS.caseHistory,
      checkActive: path => path.indexOf('#/avrr/case-history') > -1
    },
    label: WORDS.caseHistory,
    pagePath: '#/avrr/case-history',
    checkActive: path => path.indexOf('#/avrr/case-history') > -1
  },
  {
    id: 'avrr.caseHistory.route',
    pluginPoint: 'cockpit.route',
    properties: { path: '/avrr/case-history' },
    render: (node, { api }) => {
      const input = el('input', { type: 'text', class: 'form-control', id: 'avrr-case-number',
        placeholder: WORDS.caseNumber });
      const button = el('button', { type: 'submit', class: 'btn btn-primary' }, WORDS.show);
      const out = el('div', { id: 'avrr-case-history' });
      const form = el('form', { class: 'form-inline' }, input, ' ', button);
      form.addEventListener('submit', event => {
        event.preventDefault();
        show(api, input.value.trim(), out).catch(error => {
          out.innerHTML = '';
          out.appendChild(el('p', { class: 'text-danger' }, String(error.message || error)));
        });
      });
      node.appendChild(el('section', { style: 'padding: 20px' },
        el('h2', {}, WORDS.caseHistory),
        el('p', {}, WORDS.intro),
        form, out));
    }
  }
];

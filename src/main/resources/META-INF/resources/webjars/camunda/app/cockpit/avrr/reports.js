// "Reports": a Cockpit page with the office's figures for its managers and case managers — returns
// per month and category, time per stage and the service levels, reintegration, the authorities'
// answers and outages, and the work waiting now — drawn from /api/reports (the statistics
// records, which erasure leaves) with the manager's own Cockpit session: the server decides who may read them. Filters by period, flow,
// country, programme and mission; every table downloads as CSV, every report as a spreadsheet.
// The charts are Chart.js, served by the application itself (its webjar; no CDN).

import { el } from './dom.js';
import { language } from './language.js';

// The page's own words in the language the user works in (avrr/language.js). What the reports
// hold comes worded by the server in the same language (each code with its name beside it:
// countries, programmes, stages, rules, reasons, authorities, groups, steps), and so do its
// refusals.
const WORDS = language === 'ru' ? {
  reports: 'Отчёты',
  intro: 'Показатели офиса: возвращения, время по этапам и нормативные сроки, реинтеграция '
    + 'и ожидающая работа. По умолчанию — последние двенадцать месяцев, если не выбран '
    + 'другой период.',
  chartDidNotLoad: 'Библиотека Chart.js не загрузилась',
  chartCouldNotLoad: address => 'Не удалось загрузить Chart.js с адреса ' + address,
  reportFailed: (status, name) => 'Ошибка HTTP ' + status + ' при получении отчёта ' + name,
  none: 'За этот период данных нет.',
  loading: 'Загрузка…',
  period: (from, to, parts) => 'Месяцы с ' + from + ' по ' + to
    + parts.map(([name, value]) => ', ' + name + ': ' + value).join('') + '.',
  periodNames: { flow: 'направление', country: 'страна', programme: 'программа',
    mission: 'миссия' },
  flows: { '': 'оба направления', outbound: 'выезд из Беларуси',
    inbound: 'возвращение в Беларусь' },
  from: 'С',
  to: 'По',
  flow: 'Направление',
  country: 'Страна',
  programme: 'Программа',
  mission: 'Миссия',
  monthPlaceholder: 'ГГГГ-ММ',
  example: value => 'например ' + value,
  show: 'Показать',
  spreadsheet: 'Таблица (XLSX)',
  opened: 'Открыто',
  departed: 'Выехали',
  arrived: 'Прибыли',
  closed: 'Закрыто',
  withdrawn: 'Отказ от участия',
  notEligible: 'Не соответствуют условиям',
  referredToUnhcr: 'Направлены в УВКБ ООН',
  returns: 'Возвращения',
  returnsInPeriod: total => `За период: открыто ${total.opened}, выехали ${total.departed}, `
    + `прибыли ${total.arrived}, закрыто ${total.closed} (отказ от участия: ${total.withdrawn}, `
    + `не соответствуют условиям: ${total.notEligible}, направлены в УВКБ ООН: `
    + `${total.referredToUnhcr}).`,
  month: 'Месяц',
  perMonth: 'По месяцам',
  byCountry: 'По стране возвращения или происхождения',
  byProgramme: 'По программам',
  sex: 'Пол',
  bySex: 'По полу',
  ageBand: 'Возрастная группа',
  byAgeBand: 'По возрастным группам',
  vulnerability: 'Уязвимость',
  byVulnerability: 'По уязвимости',
  timePerStage: 'Время по этапам',
  medianDays: 'Медиана, дней',
  p90Days: '90-й процентиль, дней',
  daysPerStage: 'Дней на этап (дела, завершившие этап в этом периоде)',
  stage: 'Этап',
  cases: 'Число дел',
  serviceLevels: 'Нормативные сроки',
  rule: 'Норматив',
  met: 'Соблюдён',
  shareMet: 'Доля соблюдения',
  noPlanApproved: 'За этот период планы не одобрялись.',
  committedIn: currency => `Утверждено (${currency})`,
  paidIn: currency => `Выплачено (${currency})`,
  reintegration: 'Реинтеграция',
  reintegrationFigures: figures => `Одобрено планов: ${figures.plansApproved}; дел с выплаченным `
    + `первым траншем: ${figures.casesWithFirstInstalment}; просроченных траншей сейчас: `
    + `${figures.instalmentsOverdueNow}; направлений за психосоциальной поддержкой: `
    + `${figures.psychosocialReferrals}; дел с утраченной связью: ${figures.lostToFollowUp}.`,
  baselineAverage: 'Исходный опрос (средний балл)',
  latestAverage: 'Последний опрос (средний балл)',
  grants: 'Гранты по одобренным планам',
  currency: 'Валюта',
  plans: 'Число планов',
  committed: 'Утверждено',
  paid: 'Выплачено',
  grantsByComponent: 'Гранты по типам компонентов',
  component: 'Компонент',
  survey: 'Опрос об устойчивости реинтеграции, закрытые дела',
  dimension: 'Измерение',
  baseline: 'Исходный',
  latest: 'Последний',
  closuresByReason: 'Закрыто по основаниям',
  reason: 'Основание',
  authorities: 'Органы власти',
  authoritiesIntro: 'Запросы в Министерство внутренних дел и Государственный пограничный комитет: '
    + '«Сбой» означает, что пригодный ответ не получен '
    + '(запрос повторялся).',
  answered: 'Ответ получен',
  refused: 'Отказ',
  failed: 'Сбой',
  requestsPerTouchpoint: 'Запросы по точкам взаимодействия и месяцам',
  authority: 'Орган',
  touchpoint: 'Точка взаимодействия',
  requests: 'Число запросов',
  medianMs: 'Медиана, мс',
  p90Ms: '90-й процентиль, мс',
  outages: 'Сбои (попытки без ответа)',
  failedAttempts: 'Неудачных попыток',
  casesHeldUp: 'Задержано дел',
  first: 'Первая',
  last: 'Последняя',
  work: 'Ожидающая работа',
  asOf: at => 'По состоянию на ' + at + ' (независимо от периода), сначала самые давние.',
  queues: 'Открытые задачи по группам и шагам',
  group: 'Группа',
  step: 'Шаг',
  open: 'Открыто',
  overdue: 'Просрочено',
  oldestSince: 'Самая давняя с',
  incidentsPerStep: 'Инциденты по шагам (фоновые операции, исчерпавшие повторные попытки)',
  process: 'Процесс',
  incidents: 'Инциденты'
} : {
  reports: 'Reports',
  intro: 'The office\'s figures: returns, time per stage and service levels, '
    + 'reintegration and the work waiting. The last twelve months unless you choose others.',
  chartDidNotLoad: 'Chart.js did not load',
  chartCouldNotLoad: address => 'Chart.js could not be loaded from ' + address,
  reportFailed: (status, name) => 'HTTP ' + status + ' for the ' + name + ' report',
  none: 'None in this period.',
  loading: 'Loading…',
  period: (from, to, parts) => 'Months ' + from + ' to ' + to
    + parts.map(([name, value]) => ', ' + name + ' ' + value).join('') + '.',
  periodNames: { flow: 'flow', country: 'country', programme: 'programme', mission: 'mission' },
  flows: { '': 'both', outbound: 'outbound', inbound: 'inbound' },
  from: 'From',
  to: 'To',
  flow: 'Flow',
  country: 'Country',
  programme: 'Programme',
  mission: 'Mission',
  monthPlaceholder: 'YYYY-MM',
  example: value => 'e.g. ' + value,
  show: 'Show',
  spreadsheet: 'Spreadsheet (XLSX)',
  opened: 'Opened',
  departed: 'Departed',
  arrived: 'Arrived',
  closed: 'Closed',
  withdrawn: 'Withdrawn',
  notEligible: 'Not eligible',
  referredToUnhcr: 'Referred to UNHCR',
  returns: 'Returns',
  returnsInPeriod: total => `In the period: ${total.opened} opened, ${total.departed} departed, `
    + `${total.arrived} arrived, ${total.closed} closed (${total.withdrawn} withdrawn, `
    + `${total.notEligible} not eligible, ${total.referredToUnhcr} referred to UNHCR).`,
  month: 'Month',
  perMonth: 'Per month',
  byCountry: 'By country of return or origin',
  byProgramme: 'By programme',
  sex: 'Sex',
  bySex: 'By sex',
  ageBand: 'Age band',
  byAgeBand: 'By age band',
  vulnerability: 'Vulnerability',
  byVulnerability: 'By vulnerability',
  timePerStage: 'Time per stage',
  medianDays: 'Median days',
  p90Days: '90th percentile days',
  daysPerStage: 'Days per stage (cases that completed it in the period)',
  stage: 'Stage',
  cases: 'Cases',
  serviceLevels: 'Service levels',
  rule: 'Rule',
  met: 'Met',
  shareMet: 'Share met',
  noPlanApproved: 'No plan approved in this period.',
  committedIn: currency => `Committed (${currency})`,
  paidIn: currency => `Paid (${currency})`,
  reintegration: 'Reintegration',
  reintegrationFigures: figures => `Plans approved: ${figures.plansApproved}; cases paid a first `
    + `instalment: ${figures.casesWithFirstInstalment}; instalments overdue now: `
    + `${figures.instalmentsOverdueNow}; psychosocial referrals: ${figures.psychosocialReferrals}; `
    + `lost to follow-up: ${figures.lostToFollowUp}.`,
  baselineAverage: 'Baseline (average score)',
  latestAverage: 'Latest survey (average score)',
  grants: 'Grants of the plans approved',
  currency: 'Currency',
  plans: 'Plans',
  committed: 'Committed',
  paid: 'Paid',
  grantsByComponent: 'Grants per component type',
  component: 'Component',
  survey: 'Reintegration Sustainability Survey, cases closed',
  dimension: 'Dimension',
  baseline: 'Baseline',
  latest: 'Latest',
  closuresByReason: 'Closed per reason',
  reason: 'Reason',
  authorities: 'Authorities',
  authoritiesIntro: 'Requests to the Ministry of Internal Affairs and the State Border Committee: '
    + 'failed means no usable answer (retried).',
  answered: 'Answered',
  refused: 'Refused',
  failed: 'Failed',
  requestsPerTouchpoint: 'Requests per touchpoint and month',
  authority: 'Authority',
  touchpoint: 'Touchpoint',
  requests: 'Requests',
  medianMs: 'Median ms',
  p90Ms: '90th percentile ms',
  outages: 'Outages (attempts without an answer)',
  failedAttempts: 'Failed attempts',
  casesHeldUp: 'Cases held up',
  first: 'First',
  last: 'Last',
  work: 'Work waiting now',
  asOf: at => 'As of ' + at + ' (whatever the period), oldest first.',
  queues: 'Open tasks per group and step',
  group: 'Group',
  step: 'Step',
  open: 'Open',
  overdue: 'Overdue',
  oldestSince: 'Oldest since',
  incidentsPerStep: 'Incidents per step (background work out of retries)',
  process: 'Process',
  incidents: 'Incidents'
};

const CHART_JS = '/webjars/chart.js/4.4.1/dist/chart.umd.js';
const COLOURS = ['#1f77b4', '#2ca02c', '#ff7f0e', '#9467bd', '#d62728', '#8c564b', '#17becf'];


let chartLibrary = null;

/**
 * Chart.js's UMD bundle as a plain script: with an AMD loader or CommonJS globals on the page it
 * would register itself there instead of as window.Chart, so those are hidden while it loads.
 */
function loadChartJs() {
  if (!chartLibrary) {
    chartLibrary = new Promise((resolve, reject) => {
      if (window.Chart) {
        resolve(window.Chart);
        return;
      }
      const hidden = { define: window.define, module: window.module, exports: window.exports };
      window.define = undefined;
      window.module = undefined;
      window.exports = undefined;
      const restore = () => Object.entries(hidden).forEach(([name, value]) => {
        window[name] = value;
      });
      const script = el('script', { src: CHART_JS });
      script.onload = () => {
        restore();
        window.Chart ? resolve(window.Chart) : reject(new Error(WORDS.chartDidNotLoad));
      };
      script.onerror = () => {
        restore();
        chartLibrary = null;
        reject(new Error(WORDS.chartCouldNotLoad(CHART_JS)));
      };
      document.head.appendChild(script);
    });
  }
  return chartLibrary;
}

function query(filters, extra) {
  const parameters = new URLSearchParams();
  Object.entries(Object.assign({}, filters, extra || {})).forEach(([name, value]) => {
    if (value) {
      parameters.set(name, value);
    }
  });
  const text = parameters.toString();
  return text ? '?' + text : '';
}

async function report(name, filters) {
  const answer = await fetch('/api/reports/' + name + query(filters),
    { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  const body = await answer.json().catch(() => ({}));
  if (!answer.ok) {
    throw new Error(body.message || WORDS.reportFailed(answer.status, name));
  }
  return body;
}

function number(value, decimals) {
  if (value === null || value === undefined) {
    return '–';
  }
  return typeof value === 'number' && decimals !== undefined ? value.toFixed(decimals)
    : String(value);
}

/** An instant as the browser's local time (Cockpit shows its time zone at the bottom). */
function when(iso) {
  if (!iso) {
    return '';
  }
  const t = new Date(iso);
  const two = n => String(n).padStart(2, '0');
  return t.getFullYear() + '-' + two(t.getMonth() + 1) + '-' + two(t.getDate()) + ' '
    + two(t.getHours()) + ':' + two(t.getMinutes());
}

/** A table with its CSV download; {@code columns}: [heading, row => cell]. */
function table(id, title, columns, rows, csv) {
  const header = el('h4', {}, title);
  if (csv) {
    header.appendChild(document.createTextNode(' '));
    header.appendChild(el('a', { href: csv, class: 'btn btn-default btn-xs', download: '',
      'data-download': id }, 'CSV'));
  }
  const body = rows.length
    ? rows.map(row => el('tr', {}, columns.map(([, cell]) => el('td', {}, String(cell(row))))))
    : [el('tr', {}, el('td', { colspan: String(columns.length) }, WORDS.none))];
  return el('div', { class: 'avrr-report-table' }, header,
    el('table', { class: 'table table-condensed cam-table', id },
      el('thead', {}, el('tr', {}, columns.map(([heading]) => el('th', {}, heading)))),
      el('tbody', {}, body)));
}

function chart(Chart, id, type, labels, datasets, options) {
  const canvas = el('canvas', { id, 'aria-label': id, role: 'img' });
  const box = el('div', { style: 'position: relative; height: 280px; max-width: 900px' }, canvas);
  // Drawn once in the document: Chart.js measures its container.
  setTimeout(() => new Chart(canvas, {
    type,
    data: { labels, datasets: datasets.map((set, i) => Object.assign(
      { backgroundColor: COLOURS[i % COLOURS.length], borderColor: COLOURS[i % COLOURS.length] },
      set)) },
    options: Object.assign({ responsive: true, maintainAspectRatio: false, animation: false },
      options || {})
  }), 0);
  return box;
}

const COUNT_COLUMNS = [
  [WORDS.opened, c => c.opened], [WORDS.departed, c => c.departed],
  [WORDS.arrived, c => c.arrived], [WORDS.closed, c => c.closed],
  [WORDS.withdrawn, c => c.withdrawn], [WORDS.notEligible, c => c.notEligible],
  [WORDS.referredToUnhcr, c => c.referredToUnhcr]
];

function returnsSection(Chart, returns, filters) {
  const csv = name => '/api/reports/returns.csv' + query(filters, { table: name });
  const counts = (first, name, title, rows, label) => table('avrr-returns-' + name, title,
    [[first, label || (c => c.name)], ...COUNT_COLUMNS], rows, csv(name));
  // A country or programme also by its code: the code is what the filter above takes.
  // (A record that names none has no code to add.)
  const withCode = c => c.name === c.key || c.key === 'not recorded' ? c.name
    : c.name + ' (' + c.key + ')';
  const total = returns.total;
  return el('section', { id: 'avrr-report-returns' },
    el('h3', {}, WORDS.returns),
    el('p', {}, WORDS.returnsInPeriod(total)),
    chart(Chart, 'avrr-chart-returns', 'bar', returns.months.map(m => m.key), [
      { label: WORDS.opened, data: returns.months.map(m => m.opened) },
      { label: WORDS.departed, data: returns.months.map(m => m.departed) },
      { label: WORDS.arrived, data: returns.months.map(m => m.arrived) },
      { label: WORDS.closed, data: returns.months.map(m => m.closed) }
    ], { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }),
    counts(WORDS.month, 'months', WORDS.perMonth, returns.months),
    counts(WORDS.country, 'byCountry', WORDS.byCountry, returns.byCountry, withCode),
    counts(WORDS.programme, 'byProgramme', WORDS.byProgramme, returns.byProgramme, withCode),
    counts(WORDS.sex, 'bySex', WORDS.bySex, returns.bySex),
    counts(WORDS.ageBand, 'byAgeBand', WORDS.byAgeBand, returns.byAgeBand),
    counts(WORDS.vulnerability, 'byVulnerability', WORDS.byVulnerability, returns.byVulnerability));
}

function stagesSection(Chart, times, filters) {
  const csv = name => '/api/reports/stages.csv' + query(filters, { table: name });
  return el('section', { id: 'avrr-report-stages' },
    el('h3', {}, WORDS.timePerStage),
    chart(Chart, 'avrr-chart-stages', 'bar', times.stages.map(s => s.stage), [
      { label: WORDS.medianDays, data: times.stages.map(s => s.medianDays) },
      { label: WORDS.p90Days, data: times.stages.map(s => s.p90Days) }
    ], { indexAxis: 'y', scales: { x: { beginAtZero: true } } }),
    table('avrr-stages-stages', WORDS.daysPerStage, [
      [WORDS.stage, s => s.stage], [WORDS.cases, s => s.cases],
      [WORDS.medianDays, s => number(s.medianDays, 1)],
      [WORDS.p90Days, s => number(s.p90Days, 1)]
    ], times.stages, csv('stages')),
    table('avrr-stages-serviceLevels', WORDS.serviceLevels, [
      [WORDS.rule, l => l.rule], [WORDS.cases, l => l.cases], [WORDS.met, l => l.met],
      // No share where no case reached the level's end (the server leaves it out).
      [WORDS.shareMet, l => typeof l.share === 'number' ? Math.round(l.share * 100) + ' %' : '–']
    ], times.serviceLevels, csv('serviceLevels')));
}

/**
 * Committed and paid per component type, in one currency (amounts of two currencies are never
 * added): the currency most committed in, and the others listed in the table below the chart.
 */
function componentChart(Chart, rows) {
  if (!rows.length) {
    return el('p', { id: 'avrr-chart-grant-components' }, WORDS.noPlanApproved);
  }
  const committedIn = {};
  rows.forEach(r => { committedIn[r.currency] = (committedIn[r.currency] || 0) + r.committed; });
  const currency = Object.keys(committedIn).sort((a, b) => committedIn[b] - committedIn[a])[0];
  const ofCurrency = rows.filter(r => r.currency === currency);
  const components = [...new Set(ofCurrency.map(r => r.component))].sort();
  const sum = (component, field) => ofCurrency.filter(r => r.component === component)
    .reduce((total, r) => total + r[field], 0);
  return chart(Chart, 'avrr-chart-grant-components', 'bar', components, [
    { label: WORDS.committedIn(currency || '–'), data: components.map(c => sum(c, 'committed')) },
    { label: WORDS.paidIn(currency || '–'), data: components.map(c => sum(c, 'paid')) }
  ], { indexAxis: 'y', scales: { x: { beginAtZero: true } } });
}

function reintegrationSection(Chart, figures, filters) {
  const csv = name => '/api/reports/reintegration.csv' + query(filters, { table: name });
  return el('section', { id: 'avrr-report-reintegration' },
    el('h3', {}, WORDS.reintegration),
    el('p', {}, WORDS.reintegrationFigures(figures)),
    chart(Chart, 'avrr-chart-survey', 'bar', figures.survey.map(s => s.name), [
      { label: WORDS.baselineAverage, data: figures.survey.map(s => s.baselineAverage) },
      { label: WORDS.latestAverage, data: figures.survey.map(s => s.latestAverage) }
    ], { scales: { y: { beginAtZero: true, max: 1 } } }),
    table('avrr-reintegration-grants', WORDS.grants, [
      [WORDS.programme, g => g.programmeName], [WORDS.currency, g => g.currency],
      [WORDS.plans, g => g.plans],
      [WORDS.committed, g => number(g.committed)], [WORDS.paid, g => number(g.paid)]
    ], figures.grants, csv('grants')),
    table('avrr-reintegration-grantsByComponent', WORDS.grantsByComponent, [
      [WORDS.component, g => g.component], [WORDS.programme, g => g.programmeName],
      [WORDS.currency, g => g.currency], [WORDS.plans, g => g.plans],
      [WORDS.committed, g => number(g.committed)], [WORDS.paid, g => number(g.paid)]
    ], figures.grantsByComponent, csv('grantsByComponent')),
    componentChart(Chart, figures.grantsByComponent),
    table('avrr-reintegration-survey', WORDS.survey, [
      [WORDS.dimension, s => s.name], [WORDS.cases, s => s.cases],
      [WORDS.baseline, s => number(s.baselineAverage, 2)],
      [WORDS.latest, s => number(s.latestAverage, 2)]
    ], figures.survey, csv('survey')),
    table('avrr-reintegration-closuresByReason', WORDS.closuresByReason, [
      [WORDS.reason, c => c.name], [WORDS.cases, c => c.cases]
    ], figures.closuresByReason, csv('closuresByReason')));
}

function authoritiesSection(Chart, figures, filters) {
  const csv = name => '/api/reports/authorities.csv' + query(filters, { table: name });
  const months = [...new Set(figures.requests.map(r => r.month))].sort();
  const sum = (month, field) => figures.requests.filter(r => r.month === month)
    .reduce((total, r) => total + r[field], 0);
  return el('section', { id: 'avrr-report-authorities' },
    el('h3', {}, WORDS.authorities),
    el('p', {}, WORDS.authoritiesIntro),
    chart(Chart, 'avrr-chart-authorities', 'bar', months, [
      { label: WORDS.answered, data: months.map(m => sum(m, 'answered')) },
      { label: WORDS.refused, data: months.map(m => sum(m, 'refused')) },
      { label: WORDS.failed, data: months.map(m => sum(m, 'failed')) }
    ], { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true,
      ticks: { precision: 0 } } } }),
    table('avrr-authorities-requests', WORDS.requestsPerTouchpoint, [
      [WORDS.month, r => r.month], [WORDS.authority, r => r.authorityName],
      [WORDS.touchpoint, r => r.touchpointName],
      [WORDS.requests, r => r.requests], [WORDS.answered, r => r.answered],
      [WORDS.refused, r => r.refused],
      [WORDS.failed, r => r.failed], [WORDS.medianMs, r => number(r.medianMs, 0)],
      [WORDS.p90Ms, r => number(r.p90Ms, 0)]
    ], figures.requests, csv('requests')),
    table('avrr-authorities-outages', WORDS.outages, [
      [WORDS.month, o => o.month], [WORDS.authority, o => o.authorityName],
      [WORDS.failedAttempts, o => o.failedAttempts], [WORDS.casesHeldUp, o => o.casesAffected],
      [WORDS.first, o => when(o.firstFailure)], [WORDS.last, o => when(o.lastFailure)]
    ], figures.outages, csv('outages')));
}

function workSection(work) {
  const csv = name => '/api/reports/work.csv' + query({}, { table: name });
  return el('section', { id: 'avrr-report-work' },
    el('h3', {}, WORDS.work),
    el('p', {}, WORDS.asOf(when(work.asOf))),
    table('avrr-work-queues', WORDS.queues, [
      [WORDS.group, q => q.groupName], [WORDS.process, q => q.processName],
      [WORDS.step, q => q.task], [WORDS.open, q => q.open],
      [WORDS.overdue, q => q.overdue], [WORDS.oldestSince, q => when(q.oldestCreated)]
    ], work.queues, csv('queues')),
    table('avrr-work-incidents', WORDS.incidentsPerStep, [
      [WORDS.process, i => i.processName], [WORDS.step, i => i.step],
      [WORDS.incidents, i => i.incidents],
      [WORDS.oldestSince, i => when(i.oldest)]
    ], work.incidents, csv('incidents')));
}

async function show(filters, out, download) {
  out.innerHTML = '';
  out.appendChild(el('p', { class: 'text-muted' }, WORDS.loading));
  const [Chart, returns, stages, reintegration, authorities, work] = await Promise.all([
    loadChartJs(), report('returns', filters), report('stages', filters),
    report('reintegration', filters), report('authorities', filters), report('work', {})
  ]);
  out.innerHTML = '';
  download.setAttribute('href', '/api/reports/all.xlsx' + query(filters));
  const period = returns.period;
  out.appendChild(el('p', { id: 'avrr-report-period' }, WORDS.period(period.from, period.to,
    ['flow', 'country', 'programme', 'mission'].filter(name => period[name])
      .map(name => [WORDS.periodNames[name], name === 'flow'
        ? WORDS.flows[period[name]] || period[name] : period[name]]))));
  out.appendChild(returnsSection(Chart, returns, filters));
  out.appendChild(stagesSection(Chart, stages, filters));
  out.appendChild(reintegrationSection(Chart, reintegration, filters));
  out.appendChild(authoritiesSection(Chart, authorities, filters));
  out.appendChild(workSection(work));
}

function field(id, label, input) {
  return el('div', { class: 'form-group', style: 'margin-right: 12px' },
    el('label', { for: id, style: 'margin-right: 4px' }, label), input);
}

export default [
  {
    id: 'avrr.reports.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 4,
    properties: {
      pagePath: '#/avrr/reports',
      label: WORDS.reports,
      checkActive: path => path.indexOf('#/avrr/reports') > -1
    },
    label: WORDS.reports,
    pagePath: '#/avrr/reports',
    checkActive: path => path.indexOf('#/avrr/reports') > -1
  },
  {
    id: 'avrr.reports.route',
    pluginPoint: 'cockpit.route',
    properties: { path: '/avrr/reports' },
    render: node => {
      const input = (id, attributes) => el('input', Object.assign(
        { id, class: 'form-control', type: 'text' }, attributes));
      const month = WORDS.monthPlaceholder;
      const from = input('avrr-report-from', { type: 'month', placeholder: month });
      const to = input('avrr-report-to', { type: 'month', placeholder: month });
      const flow = el('select', { id: 'avrr-report-flow', class: 'form-control' },
        el('option', { value: '' }, WORDS.flows['']),
        el('option', { value: 'outbound' }, WORDS.flows.outbound),
        el('option', { value: 'inbound' }, WORDS.flows.inbound));
      const country = input('avrr-report-country',
        { placeholder: WORDS.example('IQ'), maxlength: '2', size: '4' });
      const programme = input('avrr-report-programme',
        { placeholder: WORDS.example('REAG_GARP'), size: '12' });
      const mission = input('avrr-report-mission',
        { placeholder: WORDS.example('mission-deu'), size: '12' });
      const button = el('button', { type: 'submit', class: 'btn btn-primary',
        id: 'avrr-report-show' }, WORDS.show);
      const download = el('a', { class: 'btn btn-default', id: 'avrr-report-xlsx', download: '',
        href: '/api/reports/all.xlsx' }, WORDS.spreadsheet);
      const out = el('div', { id: 'avrr-reports' });
      const form = el('form', { class: 'form-inline', style: 'margin-bottom: 16px' },
        field('avrr-report-from', WORDS.from, from), field('avrr-report-to', WORDS.to, to),
        field('avrr-report-flow', WORDS.flow, flow),
        field('avrr-report-country', WORDS.country, country),
        field('avrr-report-programme', WORDS.programme, programme),
        field('avrr-report-mission', WORDS.mission, mission), button, ' ', download);
      const run = () => show({
        from: from.value, to: to.value, flow: flow.value,
        country: country.value.trim().toUpperCase(), programme: programme.value.trim(),
        mission: mission.value.trim()
      }, out, download).catch(error => {
        out.innerHTML = '';
        out.appendChild(el('p', { class: 'text-danger', id: 'avrr-report-error' },
          String(error.message || error)));
      });
      form.addEventListener('submit', event => {
        event.preventDefault();
        run();
      });
      node.appendChild(el('section', { style: 'padding: 20px' },
        el('h2', {}, WORDS.reports),
        el('p', {}, WORDS.intro),
        form, out));
      run();
    }
  }
];

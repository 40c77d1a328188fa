// The user's own language in every webapp (Tasklist, Cockpit, Admin, Welcome). Camunda's webapps
// choose their catalogue (locales/<language>.json) by the browser's first language when they
// start; a user who chose a language for themselves (kept in their profile: GET/PUT
// /api/me/language) gets that one instead, on any computer. This module runs before the app
// starts (the apps import their custom scripts first): it asks the server which language the
// logged-in user works in and, if that is not the browser's, tells the app so by putting it first
// in navigator.languages. After a login (no page load) or a change of choice, the page is loaded
// again when the language differs. Each app's avrr/language.js re-exports this file.
//
// For Tasklist it also adds the language menu to the header (the choice holds in every app).

import { el } from './dom.js';

const browserLanguages = Array.from(navigator.languages || [navigator.language || 'en']);

/**
 * The language as the server chooses it ({user, language, chosen, offered}; user null before a
 * login, when the browser's language decides); null when the server does not answer.
 */
async function whatTheServerSays() {
  // The app waits for this as it starts: a server that does not answer soon is not waited for.
  const patience = new AbortController();
  const timer = setTimeout(() => patience.abort(), 3000);
  try {
    const answer = await fetch('/api/me/language', { credentials: 'same-origin',
      headers: { Accept: 'application/json' }, signal: patience.signal });
    return answer.ok ? await answer.json() : null;
  } catch (unreachable) {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

function first(languages) {
  return String(languages[0] || 'en').toLowerCase().split('-')[0];
}

const said = await whatTheServerSays();
const mine = said && said.user ? said : null;

/**
 * The language this page starts in: the user's (their choice, else their browser's first language
 * if it is offered, else English), as the server works it out.
 */
export const language = said ? said.language : first(browserLanguages);

if (mine && mine.language !== first(browserLanguages)) {
  Object.defineProperty(navigator, 'languages', {
    configurable: true,
    get: () => [mine.language, ...browserLanguages]
  });
}

// A login happens inside the page (the address moves on from #/login): ask again, and start anew
// in the user's language if it is not this page's. Other moves ask nothing.
window.addEventListener('hashchange', async event => {
  if (!/\/login/.test(new URL(event.oldURL).hash) || /\/login/.test(window.location.hash)) {
    return;
  }
  const now = await whatTheServerSays();
  if (now && now.user && now.language !== language) {
    window.location.reload();
  }
});

const NAMES = { en: 'English', ru: 'Русский' };
const LABEL = { en: 'Language', ru: 'Язык' };

async function choose(api, chosen) {
  const answer = await fetch('/api/me/language', {
    method: 'PUT',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json',
      'X-XSRF-TOKEN': api.CSRFToken },
    body: JSON.stringify({ language: chosen })
  });
  if (!answer.ok) {
    const refusal = await answer.json().catch(() => ({}));
    throw new Error(refusal.message || answer.statusText);
  }
  window.location.reload();
}

export default [
  {
    // In Tasklist's header, beside "Start process": the language the user works in.
    id: 'avrr.language',
    pluginPoint: 'tasklist.navbar.action',
    priority: 10,
    render: (node, { api }) => {
      const offered = (mine && mine.offered) || Object.keys(NAMES);
      const select = el('select', { id: 'avrr-language', class: 'form-control input-sm',
        title: LABEL[language] || LABEL.en, 'aria-label': LABEL[language] || LABEL.en,
        style: 'display: inline-block; width: auto; margin-top: 8px' },
        offered.map(code => el('option', { value: code }, NAMES[code] || code)));
      select.value = language;
      select.addEventListener('change', () =>
        choose(api, select.value).catch(error => window.alert(error.message)));
      node.appendChild(el('li', {}, select));
    }
  }
];

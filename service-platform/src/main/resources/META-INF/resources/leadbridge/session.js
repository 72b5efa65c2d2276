'use strict';

/*
 * What every LeadBridge screen does the same way: asks who is signed in (single sign-on: the session is a cookie the
 * page's own calls carry), shows the sign-in and sign-out links, and calls the service's own API, turning an RFC 9457
 * problem into an Error whose message is the problem's text.
 *
 * The page needs elements #signed-in, #sign-in and #sign-out; #signed-in's data-anonymous says what to do when no
 * one is signed in.
 */
const LeadBridge = (() => {
  /*
   * Marks the page's own calls: the service trusts the session cookie for them, and answers 499 instead of redirecting
   * to the sign-in page when the session is gone.
   */
  const OWN_PAGE_HEADERS = { Accept: 'application/json', 'X-Requested-With': 'JavaScript' };
  const SESSION_ENDED = 499;
  let person = null;

  function element(id) {
    return document.getElementById(id);
  }

  function showAccount() {
    const here = window.location.pathname + window.location.search;
    element('sign-in').href = '/ui/sign-in?return=' + encodeURIComponent(here);
    element('sign-in').hidden = Boolean(person);
    element('sign-out').hidden = !person;
    element('signed-in').textContent = person
      ? 'Signed in as ' + person.name + ' (' + person.roles.join(', ') + ')'
      : element('signed-in').dataset.anonymous || 'Sign in to continue.';
  }

  /** Asks the service who is signed in; resolves the person ({id, name, email, roles}) or null. */
  async function whoIsSignedIn() {
    try {
      const response = await fetch('/ui/me', { headers: OWN_PAGE_HEADERS, credentials: 'same-origin' });
      const me = response.ok ? await response.json() : null;
      person = me && me.signedIn ? me : null;
    } catch (unreachable) {
      person = null;
    }
    showAccount();
    return person;
  }

  /** The text a problem document gives: its detail, then the first field error, else its title. */
  function problemText(problem, fallback) {
    const fields = (problem.errors || []).map((e) => e.field + ': ' + e.message).join('; ');
    return [problem.detail || problem.title || fallback, fields].filter(Boolean).join(' — ');
  }

  /**
   * Calls the API as the person signed in. Resolves {status, body, etag}; rejects with an Error carrying the status
   * and the problem's text, so a screen can show what went wrong in the service's own words.
   */
  async function call(method, path, options = {}) {
    const headers = { ...OWN_PAGE_HEADERS };
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (options.etag) {
      headers['If-Match'] = options.etag;
    }
    const response = await fetch(path, {
      method, headers, credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    if (response.status === SESSION_ENDED) {
      person = null;
      showAccount();
    }
    if (!response.ok) {
      let text = response.status === SESSION_ENDED ? 'Your session has ended: sign in again.' : response.statusText;
      try {
        text = problemText(await response.json(), text);
      } catch (notAProblem) {
        // the status says enough
      }
      const error = new Error(text);
      error.status = response.status;
      throw error;
    }
    const body = response.status === 204 ? null : await response.json();
    return { status: response.status, body, etag: response.headers.get('ETag') };
  }

  function hasRole(...roles) {
    return person !== null && roles.some((role) => person.roles.includes(role));
  }

  /** "in 12m 05s", "overdue by 3m 10s": a countdown to {@code dueAt} at {@code now}. */
  function countdown(dueAt, now) {
    const seconds = Math.round((new Date(dueAt).getTime() - now) / 1000);
    const left = Math.abs(seconds);
    const parts = [];
    if (left >= 86400) parts.push(Math.floor(left / 86400) + 'd');
    if (left >= 3600) parts.push(Math.floor((left % 86400) / 3600) + 'h');
    parts.push(Math.floor((left % 3600) / 60) + 'm', String(left % 60).padStart(2, '0') + 's');
    return { overdue: seconds < 0, text: (seconds < 0 ? 'overdue by ' : 'in ') + parts.join(' ') };
  }

  /** Moves every countdown on the page (elements .due[data-due]) on: a paused one says so, a late one turns red. */
  function tickCountdowns(pausedText) {
    const now = Date.now();
    document.querySelectorAll('.due[data-due]').forEach((element) => {
      if (element.dataset.state === 'paused') {
        element.textContent = pausedText;
        element.className = 'due paused';
        return;
      }
      const left = countdown(element.dataset.due, now);
      element.textContent = left.text;
      element.className = 'due' + (left.overdue ? ' overdue' : '');
    });
  }

  return { whoIsSignedIn, call, hasRole, countdown, tickCountdowns, person: () => person, SESSION_ENDED };
})();

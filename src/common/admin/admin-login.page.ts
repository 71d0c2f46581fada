import { ADMIN_SESSION_ROUTE, ADMIN_SIGN_IN_ROUTES } from './admin-routes';

/**
 * The admin login page: a form and nothing from another host. Its script is a file of this origin
 * (the admin pages' CSP allows no inline script); the page answers the same to everyone. The form
 * says POST so that, should the script not run, a submit puts no password in a URL.
 */
export const ADMIN_LOGIN_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>tenfold admin: sign in</title>
  <script src="${ADMIN_SIGN_IN_ROUTES.loginScript}" defer></script>
  <style>
    body { font-family: system-ui, sans-serif; max-width: 24rem; margin: 4rem auto; padding: 0 1rem; }
    label, input, button { display: block; width: 100%; box-sizing: border-box; }
    input { margin: 0.25rem 0 1rem; padding: 0.5rem; }
    button { padding: 0.5rem; margin-bottom: 0.5rem; cursor: pointer; }
    #status { min-height: 1.5rem; }
  </style>
</head>
<body>
  <main>
    <h1>tenfold admin</h1>
    <p>Sign in as a platform admin to open the <a href="/docs">API documentation</a> and the
      <a href="/admin/queues">queue dashboard</a>.</p>
    <form id="sign-in" method="post">
      <label for="email">Email</label>
      <input id="email" name="email" type="email" autocomplete="username" required>
      <label for="password">Password</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required>
      <button type="submit">Sign in</button>
    </form>
    <button id="sign-out" type="button">Sign out</button>
    <p id="status" role="status"></p>
  </main>
</body>
</html>
`;

/**
 * Signs in through the API's own login (its throttling and its answers), then trades the session
 * token for the HttpOnly cookie; the token never reaches a URL or storage a script could read
 * later. A user who is no platform admin gets the refusal, and the API session just opened for
 * them is ended again. Plain ES2017, since it runs as written.
 */
export const ADMIN_LOGIN_SCRIPT = `'use strict';
(function () {
  var form = document.getElementById('sign-in');
  var status = document.getElementById('status');
  function say(text) { status.textContent = text; }
  async function reasonOf(response) {
    try {
      var problem = await response.json();
      return problem.detail || problem.title || 'HTTP ' + response.status;
    } catch (error) {
      return 'HTTP ' + response.status;
    }
  }
  function post(path, headers, body) {
    return fetch(path, { method: 'POST', credentials: path.indexOf('/v1/') === 0 ? 'omit' : 'same-origin',
      headers: headers, body: body, cache: 'no-store' });
  }
  async function signIn() {
    var login = await post('/v1/auth/login', { 'content-type': 'application/json' },
      JSON.stringify({ email: form.email.value, password: form.password.value }));
    if (!login.ok) return say(await reasonOf(login));
    var bearer = { authorization: 'Bearer ' + (await login.json()).session.token };
    var session = await post('${ADMIN_SESSION_ROUTE}', bearer);
    if (!session.ok) {
      say(await reasonOf(session));
      await post('/v1/auth/logout', bearer);
      return;
    }
    form.reset();
    location.assign('/docs');
  }
  async function signOut() {
    var answer = await post('${ADMIN_SIGN_IN_ROUTES.signOut}', {});
    say(answer.ok ? 'Signed out.' : await reasonOf(answer));
  }
  function failed() { say('The server could not be reached; try again.'); }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    say('Signing in…');
    signIn().catch(failed);
  });
  document.getElementById('sign-out').addEventListener('click', function () {
    signOut().catch(failed);
  });
})();
`;

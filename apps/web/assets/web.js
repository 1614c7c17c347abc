// Progressive enhancement only: every page works without this file.
import { initAll } from '/assets/govuk-frontend.min.js';

initAll();

// The idle timeout: two minutes before the session ends, say so plainly (the server ends it whatever this does).
const warning = document.getElementById('idle-warning');
if (warning) {
  const minutes = Number(warning.dataset.idleMinutes);
  if (minutes > 2) {
    setTimeout(
      () => {
        warning.textContent =
          'You will be signed out in 2 minutes because you have not used the service. Reload the page or go on working to stay signed in.';
        warning.classList.add('vcs-idle-warning--soon');
        warning.setAttribute('role', 'alert');
      },
      (minutes - 2) * 60000,
    );
  }
}

// Progressive enhancement only: every page works without this file.
import { initAll } from '/assets/govuk-frontend.min.js';

initAll();

// The idle timeout: shortly before the session ends, say so plainly (the server ends it whatever this does).
const warning = document.getElementById('idle-warning');
if (warning) {
  const idleSeconds = Number(warning.dataset.idleSeconds);
  const warningSeconds = Number(warning.dataset.warningSeconds);
  if (idleSeconds > warningSeconds && warningSeconds > 0) {
    setTimeout(
      () => {
        warning.textContent = `You will be signed out in ${warning.dataset.warningWords} because you have not used the service. Reload the page or go on working to stay signed in.`;
        warning.classList.add('vcs-idle-warning--soon');
        warning.setAttribute('role', 'alert');
      },
      (idleSeconds - warningSeconds) * 1000,
    );
  }
}

// ketnghia serve: the page's entry. Each step lives in its own module; this one loads them
// and fills the page from the server's state.
import { $, api, showAlert, state } from './lib.js';
import './files.js';
import './check.js';
import './figures.js';
import './register.js';
import { showConfig } from './report.js';

void (async () => {
  try {
    const server = await api('GET', '/api/state');
    showConfig(server);
    state.limits = { bytes: server.maxUploadBytes, text: server.maxUpload };
    $('pdf').disabled = !server.pdf;
    $('pdf-note').textContent = server.pdf ? '' : '(cần cài LibreOffice)';
  } catch (error) {
    showAlert(error.message);
  }
})();

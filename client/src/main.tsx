import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadPage } from './app/routes';
import { askWhoIAmEarly } from './features/auth/session';
import { setUpI18n } from './i18n/setup';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
// The page's code, who the reader is and the reader's catalogue come in side by side; the first
// render waits for the catalogue. Then the code of the page this one leads to (if any) comes in
// while this one works: after the catalogue, so as not to hold it back on a slow line.
preloadPage(window.location.pathname);
askWhoIAmEarly();
setUpI18n().then(
  () => {
    preloadPage(window.location.pathname, { andNext: true });
    createRoot(container).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  },
  () => {
    // Without its words the interface cannot speak: say so in both languages, with the way out.
    container.innerHTML = `<div class="page page--narrow status status--error" role="alert">
      <p lang="fr">Agora n’a pas pu se charger entièrement (connexion interrompue). <a href="">Recharger la page</a></p>
      <p lang="en">Agora could not load completely (the connection was cut). <a href="">Reload the page</a></p>
    </div>`;
  },
);

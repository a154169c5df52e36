// Renderer entry: fonts, styles, and the app on window.scholion.
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/source-serif-4/opsz.css';
import '@fontsource-variable/source-serif-4/opsz-italic.css';
import '@fontsource-variable/source-sans-3/wght.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/app.css';
import './styles/reader.css';
import './styles/card.css';
import './styles/tables.css';
import './styles/bibliography.css';
import './styles/claims.css';
import './styles/dialogs.css';
import './styles/userData.css';
import './styles/exchange.css';
import './styles/search.css';
import './styles/papers.css';
import './styles/works.css';
import './styles/duplicates.css';
import './styles/attachments.css';
import { Root } from './app/Root';
import { errorMessage, getScholionApi } from './api/scholion';

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  try {
    root.render(<Root api={getScholionApi()} />);
  } catch (error) {
    root.render(
      <main className="fatal" role="alert">
        <h1>Scholion cannot start</h1>
        <p>{errorMessage(error)}</p>
      </main>,
    );
  }
}

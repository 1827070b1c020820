import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createSchakelApp } from './app/create-app';
import './styles/tokens.css';
import './styles/base.css';
import './ui/ui.css';
import './app/layout.css';
import './styles/pages.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html lost its #root element');

createRoot(container).render(
  <StrictMode>
    <App app={createSchakelApp()} />
  </StrictMode>,
);

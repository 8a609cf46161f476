import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureLaunchToken } from './api/transport';
import { App } from './app/app';

// Take the launch token out of the address bar before anything else reads the URL.
if (/(?:^#|&)token=/.test(window.location.hash)) captureLaunchToken();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

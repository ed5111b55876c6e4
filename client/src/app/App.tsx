import { BrowserRouter, useRoutes } from 'react-router';
import { SessionProvider } from '../features/auth/session';
import { routes } from './routes';

function AppRoutes() {
  return useRoutes(routes);
}

export function App() {
  return (
    <SessionProvider>
      {/* Router updates outside a transition: the register's search box is bound to the address
          (?q=...), and a controlled input updated in a transition loses keystrokes and its caret. */}
      <BrowserRouter useTransitions={false}>
        <AppRoutes />
      </BrowserRouter>
    </SessionProvider>
  );
}

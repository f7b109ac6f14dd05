// The frame around every screen: the app bar, the storage warning when drafts are not
// persistent, and a progress bar while a lazily loaded screen arrives.

import { Link, NavLink, Outlet, useNavigation } from 'react-router';
import { useRepositoryState } from '../components/repository-context';
import { KeyboardHelp } from '../features/help/keyboard-help';

export function AppLayout() {
  const { persistent, problem } = useRepositoryState();
  const navigation = useNavigation();
  return (
    <div className="app">
      <header className="app-bar">
        <Link to="/" className="brand">
          Broadsheet
        </Link>
        <nav aria-label="Main" className="app-nav">
          <NavLink to="/" end>
            Drafts
          </NavLink>
          <NavLink to="/inbox">Inbox</NavLink>
          <NavLink to="/search">Search</NavLink>
        </nav>
        <KeyboardHelp />
        {navigation.state === 'loading' && (
          <span className="loading-bar" role="progressbar" aria-label="Loading screen" />
        )}
      </header>
      {!persistent && (
        <p className="banner banner-warning" role="alert">
          <strong>Drafts are kept in memory only.</strong> This browser would not open local storage
          {problem ? ` (${problem})` : ''}. Anything you do here is lost when this tab closes or
          reloads: download your issues as markdown to keep them.
        </p>
      )}
      {persistent && problem && (
        <p className="banner banner-warning" role="alert">
          {problem}
        </p>
      )}
      <Outlet />
    </div>
  );
}

import { Link } from 'react-router';

/** The way back to the page this one belongs to, above its title. */
export function BackLink({ to, label, className = 'back-link' }: { to: string; label: string; className?: string }) {
  return (
    <p className={className}>
      <Link to={to}>
        <span aria-hidden="true">←</span>
        {label}
      </Link>
    </p>
  );
}

import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useSession } from '../api/use-session';
import type { Role } from '../gql/graphql';
import { PageLoading } from '../shared/page-loading';
import { CURATORS } from '../shared/roles';
import { AppLayout } from './app-layout';

// Each page is its own chunk: a visitor loads the shell and the page they open, nothing more.
const SignInPage = lazy(() => import('../features/auth/sign-in-page'));
const SignUpPage = lazy(() => import('../features/auth/sign-up-page'));
const SearchPage = lazy(() => import('../features/search/search-page'));
const ListingPage = lazy(() => import('../features/listings/listing-page'));
const MyEnterprisePage = lazy(() => import('../features/enterprise/my-enterprise-page'));
const ListingFormPage = lazy(() => import('../features/listings/listing-form-page'));
const MatchesPage = lazy(() => import('../features/matches/matches-page'));
const MatchPage = lazy(() => import('../features/matches/match-page'));
const InterestPage = lazy(() => import('../features/interest/interest-page'));
const CurationQueuePage = lazy(() => import('../features/curation/curation-queue-page'));
const InsightPage = lazy(() => import('../features/insight/insight-page'));

/** Pages for signed-in users of some roles; others are sent to sign in and brought back afterwards. */
function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!roles.includes(session.user.role)) return <Navigate to="/search" replace />;
  return children;
}

const MEMBER: Role[] = ['ENTERPRISE_MEMBER'];
const ANYONE_SIGNED_IN: Role[] = ['ENTERPRISE_MEMBER', 'ALLIANCE_STAFF', 'ADMIN'];

export function AppRoutes() {
  const member = (page: ReactNode) => <RequireRole roles={MEMBER}>{page}</RequireRole>;
  return (
    <AppLayout>
      <Suspense fallback={<PageLoading />}>
        <Routes>
          <Route path="/" element={<Navigate to="/search" replace />} />
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="/sign-up" element={<SignUpPage />} />
          <Route path="/search" element={<SearchPage />} />
          <Route path="/listings/:id" element={<ListingPage />} />
          <Route path="/enterprise" element={member(<MyEnterprisePage />)} />
          <Route path="/enterprise/listings/new" element={member(<ListingFormPage />)} />
          <Route path="/enterprise/listings/:id/edit" element={member(<ListingFormPage />)} />
          <Route path="/matches" element={member(<MatchesPage />)} />
          <Route path="/matches/:id" element={<RequireRole roles={ANYONE_SIGNED_IN}><MatchPage /></RequireRole>} />
          <Route path="/interest" element={member(<InterestPage />)} />
          <Route path="/curation" element={<RequireRole roles={CURATORS}><CurationQueuePage /></RequireRole>} />
          <Route path="/insight/*" element={<InsightPage />} />
          <Route path="*" element={<Navigate to="/search" replace />} />
        </Routes>
      </Suspense>
    </AppLayout>
  );
}

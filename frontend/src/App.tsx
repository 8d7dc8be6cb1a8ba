import { lazy, Suspense, type ReactNode } from 'react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { BrowserRouter, Route, Routes } from 'react-router'
import { AuthProvider } from './auth/AuthContext'
import { ApiError } from './lib/problem'
import { Layout } from './components/Layout'
import { ErrorBoundary, Loading } from './components/Feedback'
import { PlacesPage } from './pages/PlacesPage'
import { PlacePage } from './pages/PlacePage'
import { GovernancePage } from './pages/GovernancePage'
import { MilestonesPage } from './pages/MilestonesPage'
import { AuthCallbackPage } from './pages/AuthPages'
import { AccessibilityPage, NotFoundPage } from './pages/StaticPages'

// Pages with charts load ECharts only when first opened.
const PlaceCountsPage = lazy(() => import('./pages/CountPages').then((m) => ({ default: m.PlaceCountsPage })))
const CountPage = lazy(() => import('./pages/CountPages').then((m) => ({ default: m.CountPage })))
const ImportPage = lazy(() => import('./pages/ImportPage').then((m) => ({ default: m.ImportPage })))
const ComparePage = lazy(() => import('./pages/ComparePage').then((m) => ({ default: m.ComparePage })))

function Page({ children }: { children: ReactNode }) {
  return <ErrorBoundary><Suspense fallback={<Loading what="Loading the page" />}>{children}</Suspense></ErrorBoundary>
}

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors will not get better by asking again; 429/503 and network failures might.
        retry: (count, error) =>
          count < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status === 429 || error.status === 503),
      },
    },
  })
}

const queryClient = makeQueryClient()

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/auth/callback" element={<AuthCallbackPage />} />
      <Route element={<Layout />}>
        <Route index element={<Page><PlacesPage /></Page>} />
        <Route path="places/:placeId" element={<Page><PlacePage /></Page>} />
        <Route path="places/:placeId/counts" element={<Page><PlaceCountsPage /></Page>} />
        <Route path="places/:placeId/governance" element={<Page><GovernancePage /></Page>} />
        <Route path="counts/:countId" element={<Page><CountPage /></Page>} />
        <Route path="counts/:countId/import" element={<Page><ImportPage /></Page>} />
        <Route path="milestones" element={<Page><MilestonesPage /></Page>} />
        <Route path="compare" element={<Page><ComparePage /></Page>} />
        <Route path="accessibility" element={<AccessibilityPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AuthProvider>
    </QueryClientProvider>
  )
}
